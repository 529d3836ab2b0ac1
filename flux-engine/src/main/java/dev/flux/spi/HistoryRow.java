package dev.flux.spi;

import dev.flux.Version;
import java.time.Instant;

/**
 * One row of the history table. The table stores {@code version} in its {@linkplain Version#normalised()
 * normalised} form ({@code 2.1}, never {@code 2_1} or {@code 2.1.0}); {@code statementsDone} counts the
 * statements completed so far, which matters for rows that are not {@link HistoryState#APPLIED}.
 * {@code appliedAt} is set by the database when written. A row's version keeps the spelling of its
 * {@code id} ({@code V20261204_006__users} gives {@code 20261204_006}, not the stored {@code 20261204.6}),
 * so that versions read from the history show as the migration's file or class spells them.
 */
public record HistoryRow(Version version, String id, String checksum, HistoryState state, int statementsDone,
                         Instant appliedAt, long executionMillis) {
    public HistoryRow {
        version = spelledAsIn(version, id);
    }

    private static Version spelledAsIn(Version version, String id) {
        if (version == null || id == null) {
            return version;
        }
        int end = id.indexOf("__");
        String head = end < 0 ? id : id.substring(0, end);
        if (!Version.isVersion(head)) {
            return version;
        }
        Version spelled = Version.parse(head);
        return spelled.equals(version) ? spelled : version;
    }

    /** This row with another state and count of completed statements. */
    public HistoryRow with(HistoryState newState, int newStatementsDone) {
        return new HistoryRow(version, id, checksum, newState, newStatementsDone, appliedAt, executionMillis);
    }
}
