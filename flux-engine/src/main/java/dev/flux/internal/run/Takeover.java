package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.FlywayImport;
import dev.flux.ImportResult;
import dev.flux.Result;
import dev.flux.SqlFailure;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.flyway.FlywayHistoryTable;
import dev.flux.internal.flyway.FlywayRow;
import dev.flux.internal.flyway.FlywayTakeover;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Takes over a database that flux has never migrated, under the migration lock: a baseline records the
 * migrations up to a version without running them; an import records what Flyway's history says. Both are
 * refused when flux's history already has rows, and write all their rows in one transaction.
 */
final class Takeover {
    private final MigrationBackend db;
    private final UnaryOperator<String> scrub;

    Takeover(MigrationBackend db, UnaryOperator<String> scrub) {
        this.db = db;
        this.scrub = scrub;
    }

    /** Records every migration up to and including {@code version} as baselined; returns the ids recorded. */
    Result baseline(List<Migration> migrations, String version) {
        long start = System.nanoTime();
        MigrationLock lock = db.migrationLock();
        lock.lock();
        try {
            List<HistoryRow> history = history();
            refuseExisting(history, "baseline");
            Version at = baselineVersion(version, migrations, history);
            List<HistoryRow> rows = baselineRows(migrations, at);
            record(rows);
            return new Result(rows.stream().map(HistoryRow::id).toList(),
                    Duration.ofNanos(System.nanoTime() - start), at);
        } finally {
            lock.unlock();
        }
    }

    /** Records what Flyway applied, once Flyway's history and the migrations agree. */
    ImportResult importFlyway(List<Migration> migrations, FlywayImport options) {
        MigrationLock lock = db.migrationLock();
        lock.lock();
        try {
            refuseExisting(history(), "import Flyway's history");
            FlywayTakeover takeover = FlywayTakeover.of(flywayRows(options.table()), migrations,
                    options.acceptChecksums(), options.table());
            takeover.throwIfInvalid();
            record(takeover.rows());
            return takeover.result();
        } finally {
            lock.unlock();
        }
    }

    /** BASELINE rows for every migration up to and including {@code at}. */
    static List<HistoryRow> baselineRows(List<Migration> migrations, Version at) {
        return migrations.stream().filter(m -> m.version().compareTo(at) <= 0).map(Migration::baselineRow).toList();
    }

    /** The version a baseline is asked for, resolved like a target; never 0. */
    static Version baselineVersion(String version, List<Migration> migrations, List<HistoryRow> history) {
        Version at = Target.resolve(version, migrations, history);
        if (at.isZero()) {
            throw new FluxException(ErrorCode.TARGET, "cannot baseline at 0: a baseline records the version the"
                    + " database is already at. Give the version of the latest migration whose changes the database"
                    + " has (V3, or an id such as V3__add_email).");
        }
        return at;
    }

    /**
     * Creates the history table if needed and inserts {@code rows} in one transaction, checking the lock
     * before the commit; on failure nothing is inserted. The lock must be held.
     */
    void record(List<HistoryRow> rows) {
        try {
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
                rollback(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StatementFailure(scrub).ofHistoryTable(e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException alsoFailed) {
            // the session is gone, and with it the transaction; what failed first is what matters
        }
    }

    private static void refuseExisting(List<HistoryRow> history, String what) {
        if (!history.isEmpty()) {
            String versions = history.stream().limit(3).map(HistoryRow::id).collect(Collectors.joining(", "))
                    + (history.size() > 3 ? ", ..." : "");
            throw new FluxException(ErrorCode.HAS_HISTORY, "cannot " + what + ": flux's history already has "
                    + history.size() + (history.size() == 1 ? " row" : " rows") + " (" + versions + "), so flux"
                    + " already manages this database. Nothing was changed. A baseline or an import is only for a"
                    + " database flux has never migrated; use status to see where this one stands.");
        }
    }

    private List<HistoryRow> history() {
        try {
            return db.history().read(db.connection());
        } catch (SQLException e) {
            throw new StatementFailure(scrub).ofHistoryTable(e);
        }
    }

    private List<FlywayRow> flywayRows(String table) {
        try {
            return FlywayHistoryTable.read(db.connection(), table);
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.SQL, e).scrubbing(scrub).exception("could not read Flyway's history"
                    + " table " + table, "Check that it is Flyway's table (of Flyway 4 or later) and that the user"
                    + " may read it.");
        }
    }
}
