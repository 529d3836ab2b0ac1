package dev.flux.spi;

import dev.flux.Version;
import java.time.Instant;

/**
 * One row of the history table. The table stores {@code version} in its {@linkplain Version#normalised()
 * normalised} form ({@code 2.1}, never {@code 2_1} or {@code 2.1.0}); {@code statementsDone} counts the
 * statements completed so far, which matters for rows that are not {@link HistoryState#APPLIED}.
 * {@code appliedAt} is set by the database when written.
 */
public record HistoryRow(Version version, String id, String checksum, HistoryState state, int statementsDone,
                         Instant appliedAt, long executionMillis) {

    /** This row with another state and count of completed statements. */
    public HistoryRow with(HistoryState newState, int newStatementsDone) {
        return new HistoryRow(version, id, checksum, newState, newStatementsDone, appliedAt, executionMillis);
    }
}
