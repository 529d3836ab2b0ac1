package dev.flux.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainTest {
    @Test
    void targetsAreNormalisedAsFluxNormalisesVersions() {
        assertThat(Chain.normalise("V5")).isEqualTo("5");
        assertThat(Chain.normalise("5")).isEqualTo("5");
        assertThat(Chain.normalise("v2_1")).isEqualTo("2.1");
        assertThat(Chain.normalise("V2.1.0")).isEqualTo("2.1");
        assertThat(Chain.normalise("V007__add_email")).isEqualTo("7");
        assertThat(Chain.normalise("0")).isEqualTo("0");
        assertThat(Chain.normalise("V0.0")).isEqualTo("0");
        assertThat(Chain.normalise("latest")).isNull();
    }
}
