package dev.flux.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated configuration metadata, which IDEs complete flux.* from, describes every property. */
class ConfigurationMetadataTest {
    @Test
    void everyFluxPropertyHasADescriptionAndTheDefaultsAreThere() throws Exception {
        Map<String, JsonNode> properties = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            new ObjectMapper().readTree(in).get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        }

        assertThat(properties).containsKeys("flux.enabled", "flux.config", "flux.migration-directory",
                "flux.java-packages", "flux.target", "flux.repeatables", "flux.lock-timeout",
                "flux.validate-on-migrate", "flux.backend", "flux.url", "flux.user", "flux.password",
                "flux.backend-options");
        properties.entrySet().stream().filter(e -> e.getKey().startsWith("flux."))
                .forEach(e -> assertThat(e.getValue().path("description").asText()).as(e.getKey()).isNotBlank());
        assertThat(properties.get("flux.migration-directory").get("defaultValue").asText()).isEqualTo("classpath:db/flux");
        assertThat(properties.get("flux.enabled").get("defaultValue").asBoolean()).isTrue();
        assertThat(properties.get("flux.validate-on-migrate").get("defaultValue").asBoolean()).isTrue();
    }
}
