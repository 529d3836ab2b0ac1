package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What taking over a database shares, for a baseline and an import alike: the refusal when flux's history
 * already has rows, the rows of a baseline, and writing all rows in one transaction under the lock.
 */
final class Takeover {
    private Takeover() {
    }

    /** Fails with {@code HAS_HISTORY} when {@code history} has rows: {@code what} would rewrite it. */
    static void refuseExisting(List<HistoryRow> history, String what) {
        if (!history.isEmpty()) {
            String versions = history.stream().limit(3).map(HistoryRow::id).collect(Collectors.joining(", "))
                    + (history.size() > 3 ? ", ..." : "");
            throw new FluxException(ErrorCode.HAS_HISTORY, "cannot " + what + ": flux's history already has "
                    + history.size() + (history.size() == 1 ? " row" : " rows") + " (" + versions + "), so flux"
                    + " already manages this database. Nothing was changed. A baseline or an import is only for a"
                    + " database flux has never migrated; use status to see where this one stands.");
        }
    }

    /** BASELINE rows for every migration up to and including {@code at}. */
    static List<HistoryRow> baselineRows(List<Migration> migrations, Version at) {
        return migrations.stream().filter(m -> m.version().compareTo(at) <= 0).map(Migration::baselineRow).toList();
    }

    /**
     * Creates the history table if needed and inserts {@code rows} in one transaction, checking the lock
     * before the commit; on failure nothing is inserted.
     */
    static void record(MigrationBackend db, List<HistoryRow> rows) throws SQLException {
        Connection c = db.connection();
        db.history().create(c);
        c.setAutoCommit(false);
        try {
            for (HistoryRow row : rows) {
                db.history().insert(c, row);
            }
            db.migrationLock().check();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException alsoFailed) {
                // the session is gone, and with it the transaction; what failed first is what matters
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
