package dev.flux.internal.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationNameTest {
    @Test
    void splitsAtTheFirstDoubleUnderscore() throws Exception {
        MigrationName name = MigrationName.parse("V20261126_001__orders__and_lines");
        assertThat(name.version()).hasToString("20261126_001");
        assertThat(name.description()).isEqualTo("orders__and_lines");
        assertThat(name.displayDescription()).isEqualTo("orders  and lines");
        assertThat(name.id()).isEqualTo("V20261126_001__orders__and_lines");
    }

    @Test
    void underscoreAndDotSeparateVersionSegmentsAlike() throws Exception {
        assertThat(MigrationName.parse("V2_1__x").version()).isEqualTo(MigrationName.parse("V2.1__y").version());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "v1_x          | starts with a lower-case 'v' and has a single underscore between version and description; use two | V1__x",
        "v1__x         | starts with a lower-case 'v'                                           | V1__x",
        "V1_x          | has a single underscore between version and description; use two       | V1__x",
        "V1-add_users  | needs '__' (two underscores) between version and description          | V1__add_users",
        "V__x          | has no version between 'V' and '__'                                    | ",
        "V1__          | has an empty description after '__'                                    | V1__<description>",
        "V1            | has no description                                                     | V1__<description>",
        "V1.x__y       | '1.x' is not a version: use digits separated by '.' or '_', such as 1, 2.1 or 20261126_001 | ",
        "V0__empty     | uses version 0, which is reserved for the empty database; versions start above 0 | ",
        "create_users  | does not start with 'V' and a version                                  | ",
        "Views         | has no version after 'V'                                               | ",
    })
    void explainsWhatIsWrongAndSuggestsAName(String id, String reason, String suggestion) {
        assertThatThrownBy(() -> MigrationName.parse(id))
                .isInstanceOfSatisfying(MigrationName.Invalid.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.suggestion()).isEqualTo(suggestion);
                });
    }

    @Test
    void recognisesFlywayNames() {
        assertThatThrownBy(() -> MigrationName.parse("U1__x")).hasMessageContaining("undo");
        assertThatThrownBy(() -> MigrationName.parse("R__views")).hasMessageContaining("pre-apply/");
    }
}
