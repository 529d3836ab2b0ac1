package dev.flux.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Status;
import dev.flux.Version;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainTest {
    private final Chain chain = Chain.of(new Status(List.of(info("V1__users"), info("V2_1__email"),
            info("V5__audit"), info("V20261126_001__orders")), Version.ZERO));

    private static MigrationInfo info(String id) {
        return new MigrationInfo(id, Version.parse(id.substring(0, id.indexOf("__"))), "", MigrationState.PENDING,
                null);
    }

    @ParameterizedTest
    @CsvSource({"V5, 3", "5, 3", "v5.0, 3", "V2.1, 2", "2_1, 2", "V2_1_0, 2", "0, 0", "V0.0, 0", "1, 1",
        "20261126.1, 4", "V20261126_0001, 4", "V5__audit, 3", "V2_1__email, 2", "' V5 ', 3"})
    void targetsNameThePositionOfTheirVersionOrTheirIdExactly(String target, int position) {
        assertThat(chain.positionOf(target)).isEqualTo(position);
        assertThat(chain.version(position)).isEqualTo(position == 0 ? Version.ZERO
                : Version.parse(target.strip().replaceFirst("__.*", "")));
    }

    @ParameterizedTest
    @CsvSource({"V5__no_such_id", "V2.1__email", "V3", "latest", "V5__", "__audit"})
    void aTargetThatNamesNoVersionOrIdHasNoPosition(String target) {
        assertThat(chain.positionOf(target)).isEqualTo(-1);
    }

    @Test
    void positionZeroIsTheEmptyDatabase() {
        assertThat(chain.version(0)).isEqualTo(Version.ZERO);
        assertThat(chain.position(Version.ZERO)).isZero();
        assertThat(chain.id(3)).isEqualTo("V5__audit");
    }
}
