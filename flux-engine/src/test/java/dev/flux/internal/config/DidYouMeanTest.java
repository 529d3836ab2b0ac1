package dev.flux.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> KEYS = List.of("table", "schema", "lock_timeout", "url", "user", "password");

    @Test
    void suggestsTheNameWithinTwoEdits() {
        assertThat(DidYouMean.closest("tabel", KEYS)).contains("table");
        assertThat(DidYouMean.closest("pasword", KEYS)).contains("password");
        assertThat(DidYouMean.closest("lock-timeout", KEYS)).contains("lock_timeout");
    }

    @Test
    void matchesIgnoringCase() {
        assertThat(DidYouMean.closest("SCHEMA", KEYS)).contains("schema");
    }

    @Test
    void shortNamesAllowOnlyOneEdit() {
        assertThat(DidYouMean.closest("usr", KEYS)).contains("user");
        assertThat(DidYouMean.closest("id", KEYS)).isEmpty();
    }

    @Test
    void suggestsANameTheInputIsAPrefixOf() {
        assertThat(DidYouMean.closest("lock", KEYS)).contains("lock_timeout");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(DidYouMean.closest("colour", KEYS)).isEmpty();
        assertThat(DidYouMean.hint("colour", KEYS)).isEmpty();
    }

    @Test
    void hintIsReadyToAppendToAMessage() {
        assertThat(DidYouMean.hint("tabel", KEYS)).isEqualTo(" — did you mean 'table'?");
    }
}
