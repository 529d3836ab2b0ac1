package dev.flux.internal.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import dev.flux.ValidationException;
import dev.flux.Version;
import dev.flux.internal.discovery.Checksum;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Script;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlywayTakeoverTest {
    private static Migration migration(String version, String description) {
        String id = "V" + version + "__" + description;
        String text = "CREATE TABLE " + description + " (id INT);\n";
        return new Migration(Version.parse(version), id, description, new Script(id + ".sql", text, false), null,
                Checksum.of(text));
    }

    private static FlywayRow applied(int rank, Migration m) {
        return new FlywayRow(rank, m.version().toString(), m.description(), "SQL", m.id() + ".sql",
                FlywayChecksum.of(m.up().text()), true, 5);
    }

    private static final Migration V1 = migration("1", "a");
    private static final Migration V2 = migration("2", "b");
    private static final Migration V3 = migration("3", "c");
    private static final Migration V4 = migration("4", "d");

    @Test
    void importsAppliedRowsSkipsFlywaysOwnRowsAndListsRepeatables() {
        List<FlywayRow> rows = List.of(
                new FlywayRow(-1, null, "<< Flyway Schema History table created >>", "TABLE", "", null, true, 0),
                new FlywayRow(0, "0", "<< Flyway Schema Creation >>", "SCHEMA", "\"app\"", null, true, 0),
                applied(1, V1), applied(2, V2),
                new FlywayRow(3, null, "views", "SQL", "R__views.sql", 42, true, 1));
        FlywayTakeover t = FlywayTakeover.of(rows, List.of(V1, V2, V3), false, "flyway_schema_history");
        t.throwIfInvalid();
        assertThat(t.rows()).extracting(HistoryRow::id, HistoryRow::state, HistoryRow::checksum).containsExactly(
                tuple("V1__a", HistoryState.APPLIED, V1.checksum()),
                tuple("V2__b", HistoryState.APPLIED, V2.checksum()));
        assertThat(t.result().repeatables()).containsExactly("R__views.sql");
        assertThat(t.result().version()).hasToString("2");
    }

    @Test
    void aFlywayBaselineBaselinesTheMigrationsBelowItThatFlywayDidNotApply() {
        List<FlywayRow> rows = List.of(
                new FlywayRow(1, "2", "<< Flyway Baseline >>", "BASELINE", "<< Flyway Baseline >>", null, true, 0),
                applied(2, V3));
        FlywayTakeover t = FlywayTakeover.of(rows, List.of(V1, V2, V3, V4), false, "t");
        assertThat(t.rows()).extracting(HistoryRow::id, HistoryRow::state).containsExactly(
                tuple("V1__a", HistoryState.BASELINE),
                tuple("V2__b", HistoryState.BASELINE),
                tuple("V3__c", HistoryState.APPLIED));
        assertThat(t.result().baselined()).containsExactly("V1__a", "V2__b");
    }

    @Test
    void undoneAndDeletedVersionsAreNotImported() {
        List<FlywayRow> rows = List.of(applied(1, V1), applied(2, V2),
                new FlywayRow(3, "2", "b", "UNDO_SQL", "U2__b.sql", 1, true, 1),
                applied(4, V3), new FlywayRow(5, "3", "c", "DELETE", "V3__c.sql", null, true, 0));
        FlywayTakeover t = FlywayTakeover.of(rows, List.of(V1, V2, V3), false, "t");
        assertThat(t.result().imported()).containsExactly("V1__a");
    }

    @Test
    void everyProblemIsListedAndAcceptChecksumsAcceptsOnlyEditedFiles() {
        FlywayRow edited = new FlywayRow(2, "2", "b", "SQL", "V2__b.sql", 12345, true, 1);
        List<FlywayRow> rows = List.of(applied(1, V1), edited,
                new FlywayRow(3, "3", "c", "SQL", "V3__c.sql", 1, false, 1),
                new FlywayRow(4, "9", "gone", "SQL", "V9__gone.sql", 1, true, 1));
        assertThatThrownBy(() -> FlywayTakeover.of(rows, List.of(V1, V2, V3), false, "t").throwIfInvalid())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::where).containsExactlyInAnyOrder(
                                tuple(ErrorCode.FAILED, "V3__c.sql"),
                                tuple(ErrorCode.CHECKSUM, "V2__b.sql"),
                                tuple(ErrorCode.MISSING, "V9__gone.sql")));
        FlywayTakeover accepting = FlywayTakeover.of(List.of(applied(1, V1), edited), List.of(V1, V2), true, "t");
        accepting.throwIfInvalid();
        assertThat(accepting.result().acceptedChecksums()).containsExactly("V2__b");
        assertThat(accepting.result().imported()).containsExactly("V1__a", "V2__b");
    }

    @Test
    void flywaysChecksumIgnoresLineEndsAsFlywayDoes() {
        assertThat(FlywayChecksum.of("SELECT 1;\nSELECT 2;\n")).isEqualTo(FlywayChecksum.of("SELECT 1;\nSELECT 2;"))
                .isNotEqualTo(FlywayChecksum.of("SELECT 1;\nSELECT 3;\n"));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("SELECT 1;SELECT 2;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(FlywayChecksum.of("SELECT 1;\nSELECT 2;\n")).isEqualTo((int) crc.getValue());
    }
}
