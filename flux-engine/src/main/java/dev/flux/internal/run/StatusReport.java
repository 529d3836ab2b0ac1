package dev.flux.internal.run;

import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Status;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the {@link Status} of every migration from what was found and what the history holds. */
final class StatusReport {
    private StatusReport() {
    }

    static Status of(List<Migration> migrations, List<HistoryRow> history) {
        Map<Version, HistoryRow> rows = Migrations.rowsByVersion(history);
        record Entry(Version version, MigrationInfo info) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Migration m : migrations) {
            HistoryRow row = rows.remove(m.version());
            entries.add(new Entry(m.version(), new MigrationInfo(m.id(), m.version(), m.description(),
                    state(m, row), row == null ? null : row.appliedAt())));
        }
        rows.forEach((version, row) -> entries.add(new Entry(version, new MigrationInfo(row.id(),
                version, describe(row.id()),
                row.state().complete() ? MigrationState.MISSING : MigrationState.FAILED,
                row.appliedAt()))));
        entries.sort(Comparator.comparing(Entry::version));
        return new Status(entries.stream().map(Entry::info).toList(), Migrations.current(history));
    }

    private static MigrationState state(Migration m, HistoryRow row) {
        if (row == null) {
            return MigrationState.PENDING;
        }
        if (!row.state().complete()) {
            return MigrationState.FAILED;
        }
        boolean same = row.id().equals(m.id()) && row.checksum().equals(m.checksum());
        if (!same) {
            return MigrationState.CHANGED;
        }
        return row.state() == HistoryState.BASELINE ? MigrationState.BASELINE : MigrationState.APPLIED;
    }

    private static String describe(String id) {
        int split = id.indexOf("__");
        return split < 0 ? id : id.substring(split + 2).replace('_', ' ');
    }
}
