package dev.flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {
    @Test
    void parsesEverySpellingUsersWrite() {
        assertThat(Version.parse("V5")).isEqualTo(Version.parse("5")).hasToString("5");
        assertThat(Version.parse("V2.1")).isEqualTo(Version.parse("2_1")).hasToString("2.1");
        assertThat(Version.parse("v2_1")).as("shown as spelled, without the V").hasToString("2_1");
        assertThat(Version.parse("0")).isEqualTo(Version.ZERO);
        assertThat(Version.parse("V20261126_001")).hasToString("20261126_001");
        assertThat(Version.parse("V20261126_001").normalised()).isEqualTo("20261126.1");
    }

    @Test
    void trailingZeroSegmentsAreIgnoredButTheSpellingIsKept() {
        Version spelt = Version.parse("V1_0");
        assertThat(spelt).isEqualTo(Version.parse("1")).hasSameHashCodeAs(Version.parse("1"))
                .isEqualByComparingTo(Version.parse("1.0.0"));
        assertThat(spelt.normalised()).isEqualTo("1");
        assertThat(spelt.text()).isEqualTo("1_0");
        assertThat(Version.parse("0.0").isZero()).isTrue();
        assertThat(Version.parse("00").isZero()).isTrue();
        assertThat(Version.parse("0.1").isZero()).isFalse();
    }

    @Test
    void segmentsCompareAsUnboundedNumbers() {
        List<Version> versions = new ArrayList<>();
        for (String v : List.of("10", "2", "1.10", "1.9", "99999999999999999999999", "20261126.1", "1", "0.5")) {
            versions.add(Version.parse(v));
        }
        versions.sort(null);
        assertThat(versions).extracting(Version::toString)
                .containsExactly("0.5", "1", "1.9", "1.10", "2", "10", "20261126.1", "99999999999999999999999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "V", "v", "1.", ".1", "1..2", "1._2", "a", "V5__x", " 5", "5 ", "VV5", "1-2", "+1",
        "-1", "1e3", "\u0663", "x1"})
    void refusesWhatIsNotAVersion(String text) {
        assertThat(Version.isVersion(text)).isFalse();
        assertThatThrownBy(() -> Version.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a version");
    }
}
