package dev.flux.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Status;
import dev.flux.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTableTest {
    private final StatusTable table = new StatusTable(ZoneOffset.ofHours(2));

    private static MigrationInfo row(String version, String description, MigrationState state, Instant at) {
        return new MigrationInfo("V" + version + "__" + description.replace(' ', '_'), Version.parse(version),
                description, state, at);
    }

    @Test
    void rendersAlignedColumnsWithTheAppliedTimeInTheGivenZone() {
        Status status = new Status(List.of(
                row("1", "create users", MigrationState.APPLIED, Instant.parse("2026-11-26T08:15:30Z")),
                row("2.1", "add email", MigrationState.PENDING, null)), Version.parse("1"));

        assertThat(table.lines(status)).containsExactly(
                "Version  Description   State    Applied at",
                "-------  ------------  -------  -------------------",
                "1        create users  APPLIED  2026-11-26 10:15:30",
                "2.1      add email     PENDING");
    }

    @Test
    void anInvalidFileShowsItsProblemAndNeedsAttention() {
        Status status = new Status(List.of(
                row("1", "create users", MigrationState.PENDING, null),
                new MigrationInfo("V2_orders.sql", null, "V2_orders.sql", MigrationState.INVALID, null,
                        "FLUX-NAME: use two underscores")), Version.ZERO);

        assertThat(table.lines(status)).containsExactly(
                "Version  Description                                    State    Applied at",
                "-------  ---------------------------------------------  -------  ----------",
                "1        create users                                   PENDING",
                "?        V2_orders.sql: FLUX-NAME: use two underscores  INVALID");
        assertThat(StatusTable.summary(status)).isEqualTo("Database at V0 (empty); 1 pending, 1 invalid");
        assertThat(StatusTable.needsAttention(status)).isTrue();
    }

    @Test
    void saysSoWhenThereAreNoMigrations() {
        assertThat(table.lines(new Status(List.of(), Version.ZERO))).containsExactly("No migrations found.");
    }

    @Test
    void summaryCountsWhatIsNotApplied() {
        Status status = new Status(List.of(
                row("1", "a", MigrationState.APPLIED, Instant.EPOCH),
                row("2", "b", MigrationState.CHANGED, Instant.EPOCH),
                row("3", "c", MigrationState.PENDING, null),
                row("4", "d", MigrationState.PENDING, null)), Version.parse("2"));

        assertThat(StatusTable.summary(status)).isEqualTo("Database at V2; 2 pending, 1 changed");
        assertThat(StatusTable.needsAttention(status)).isTrue();
    }

    @Test
    void baselinedMigrationsAreCountedButNeedNoAttention() {
        Status status = new Status(List.of(
                row("1", "a", MigrationState.BASELINE, Instant.EPOCH),
                row("2", "b", MigrationState.BASELINE, Instant.EPOCH),
                row("3", "c", MigrationState.APPLIED, Instant.EPOCH),
                row("4", "d", MigrationState.PENDING, null)), Version.parse("3"));

        assertThat(StatusTable.summary(status)).isEqualTo("Database at V3; 1 pending, 2 baselined");
        assertThat(StatusTable.needsAttention(status)).isFalse();
    }

    @Test
    void summarySaysUpToDateWhenEverythingIsApplied() {
        Status status = new Status(List.of(row("1", "a", MigrationState.APPLIED, Instant.EPOCH)), Version.parse("1"));

        assertThat(StatusTable.summary(status)).isEqualTo("Database at V1; up to date");
        assertThat(StatusTable.needsAttention(status)).isFalse();
    }
}
