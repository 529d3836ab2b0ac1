package dev.flux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesObjectsInOrderWithNullsListsAndNumbers() {
        String json = Json.write(Json.object("b", 1, "a", null, "list", List.of(true, 2.5, "x"), "empty", List.of()));

        assertThat(json).isEqualTo("{\"b\":1,\"a\":null,\"list\":[true,2.5,\"x\"],\"empty\":[]}");
    }

    @Test
    void escapesWhatAJsonParserNeedsEscaped() throws Exception {
        String text = "quote \" back \\ line\nreturn\r tab\t bell\u0007 é";

        JsonNode parsed = new ObjectMapper().readTree(Json.write(Json.object("text", text, "list",
                Arrays.asList("a", null))));

        assertThat(parsed.get("text").asText()).isEqualTo(text);
        assertThat(parsed.get("list").get(1).isNull()).isTrue();
    }
}
