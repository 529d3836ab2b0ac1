package dev.flux.internal.run;

import static dev.flux.internal.run.Fixtures.migration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {
    private final List<Migration> migrations = List.of(migration("V1__a", true), migration("V2.1__b", true),
            migration("V5__c", true));

    private Version resolve(String target) {
        return Target.resolve(target, migrations, List.of());
    }

    @Test
    void acceptsVersionsWithOrWithoutVAndIds() {
        assertThat(resolve("V5")).isEqualTo(Version.parse("5"));
        assertThat(resolve("5")).isEqualTo(Version.parse("5"));
        assertThat(resolve("V2.1")).isEqualTo(Version.parse("2.1"));
        assertThat(resolve("V2_1")).isEqualTo(Version.parse("2.1"));
        assertThat(resolve("5.0")).isEqualTo(Version.parse("5"));
        assertThat(resolve("V2.1__b")).isEqualTo(Version.parse("2.1"));
        assertThat(resolve("0")).isEqualTo(Version.ZERO);
    }

    @Test
    void anUnknownVersionListsTheNearestExistingOnes() {
        assertThatThrownBy(() -> resolve("V3"))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET))
                .hasMessageContaining("unknown target 'V3'")
                .hasMessageContaining("nearest existing versions: V2.1, V5");
    }

    @Test
    void anUnknownIdAndGarbageAreRefused() {
        assertThatThrownBy(() -> resolve("V5__other"))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET))
                .hasMessageContaining("no migration has the id V5__other (version 5 is V5__c)")
                .hasMessageContaining("nearest existing versions: V2.1, V5");
        assertThatThrownBy(() -> resolve("V3__other")).hasMessageContaining("nearest existing versions: V2.1, V5");
        assertThatThrownBy(() -> resolve("latest")).hasMessageContaining("'latest' is not a version");
    }
}
