package dev.flux.internal.run;

import dev.flux.Command;
import dev.flux.ErrorCode;
import dev.flux.FluxListener;
import dev.flux.FlywayImport;
import dev.flux.ImportResult;
import dev.flux.Plan;
import dev.flux.Problem;
import dev.flux.RepairResult;
import dev.flux.Result;
import dev.flux.Status;
import dev.flux.StepKind;
import dev.flux.ValidationException;
import dev.flux.Version;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.History;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.MigrationLock;
import dev.flux.spi.StatementSplitter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Carries out the commands of the library API: discovery and offline checks first, then, under the
 * migration lock for every command that writes, the history checks and the actions. It drives the
 * backend's parts: the {@link MigrationLock} around a command, the {@link History} on the migration
 * connection.
 */
public final class Runner {
    private final Supplier<Discovery> discovery;
    private final StatementSplitter splitter;
    private final Supplier<MigrationBackend> backend;
    private final FluxListener listener;
    private final boolean repeatablesOnUndo;
    private final UnaryOperator<String> scrub;
    private final boolean allowNonEmpty;
    private final String baselineOnMigrate;
    private Checked lastChecked;

    /**
     * @param discovery finds the migrations, once per command; when it gives the same discovery again, its
     *                  scripts are not split again
     * @param backend the backend, opened on first use; it fails with {@code CONNECT} when no database is set
     * @param scrub removes secrets from database messages
     * @param allowNonEmpty whether migrate may start on a database that has objects but no history
     * @param baselineOnMigrate the version migrate baselines at first on such a database; null: it refuses
     */
    public Runner(Supplier<Discovery> discovery, StatementSplitter splitter, Supplier<MigrationBackend> backend,
                  FluxListener listener, boolean repeatablesOnUndo, UnaryOperator<String> scrub,
                  boolean allowNonEmpty, String baselineOnMigrate) {
        this.discovery = discovery;
        this.splitter = splitter;
        this.backend = backend;
        this.listener = listener;
        this.repeatablesOnUndo = repeatablesOnUndo;
        this.scrub = scrub;
        this.allowNonEmpty = allowNonEmpty;
        this.baselineOnMigrate = baselineOnMigrate;
    }

    public Status status() {
        Checked checked = checked();
        List<HistoryRow> history = history(backend.get());
        return StatusReport.of(checked.discovery().migrations(), history, checked.problems(), runningBy(history));
    }

    /** Every problem that needs no database: names, duplicates, undo files, directives, Java, syntax. */
    public List<Problem> offlineProblems() {
        return checked().problems();
    }

    /**
     * Every problem, including those found against the history; a migration that another migrator is
     * applying right now (it holds the lock) is not one.
     */
    public List<Problem> problems() {
        Checked checked = checked();
        List<HistoryRow> history = history(backend.get());
        boolean running = runningBy(history).isPresent();
        List<Problem> all = new ArrayList<>(checked.problems());
        HistoryCheck.problems(checked.discovery().migrations(), history, checked.scripts()).stream()
                .filter(p -> !(running && p.code() == ErrorCode.FAILED))
                .forEach(all::add);
        return all;
    }

    /**
     * Who is applying the incomplete migrations of {@code history} right now: the holder of the migration
     * lock, asked only when there is such a migration; empty when nobody is (they failed) or the backend
     * cannot tell.
     */
    private Optional<String> runningBy(List<HistoryRow> history) {
        if (history.stream().allMatch(row -> row.state().complete())) {
            return Optional.empty();
        }
        return backend.get().migrationLock().holder();
    }

    public Plan plan(Command command) {
        Checked checked = checked().orThrow();
        MigrationBackend db = backend.get();
        return schedule(command, checked, db, history(db), false).toPlan();
    }

    public Result run(Command command) {
        long start = System.nanoTime();
        Checked checked = checked().orThrow();
        MigrationBackend db = backend.get();
        MigrationLock lock = db.migrationLock();
        lock.lock();
        try {
            Planner.Schedule schedule = schedule(command, checked, db, history(db), true);
            if (!schedule.actions().isEmpty()) {
                sql(() -> {
                    db.history().create(db.connection());
                    return null;
                });
            }
            List<String> done = new Executor(db, listener, scrub).run(schedule.actions());
            Result result = new Result(done, Duration.ofNanos(System.nanoTime() - start), schedule.to());
            listener.commandFinished(result);
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records every migration up to and including {@code version} as baselined, running nothing; refused
     * when the history has rows. Returns the ids recorded.
     */
    public Result baseline(String version) {
        return new Takeover(backend.get(), scrub).baseline(checked().orThrow().discovery().migrations(), version);
    }

    /**
     * Records the versions that Flyway applied, as its history table says, as applied; refused when flux's
     * history has rows or when Flyway's history and the migrations disagree.
     */
    public ImportResult importFlyway(FlywayImport options) {
        return new Takeover(backend.get(), scrub).importFlyway(checked().orThrow().discovery().migrations(),
                options);
    }

    public RepairResult repair(boolean acceptChecksums) {
        Discovery found = discovery.get();
        MigrationBackend db = backend.get();
        MigrationLock lock = db.migrationLock();
        lock.lock();
        try {
            List<String> removed = new ArrayList<>();
            List<String> accepted = new ArrayList<>();
            Map<Version, Migration> byVersion = Migrations.byVersion(found.migrations());
            History history = db.history();
            sql(() -> {
                for (HistoryRow row : history.read(db.connection())) {
                    Migration m = byVersion.get(row.version());
                    if (!row.state().complete()) {
                        history.delete(db.connection(), row.version());
                        removed.add(row.id());
                    } else if (acceptChecksums && m != null
                            && !(m.checksum().equals(row.checksum()) && m.id().equals(row.id()))) {
                        history.updateChecksum(db.connection(), row.version(), m.id(), m.checksum());
                        accepted.add(m.id());
                    }
                }
                return null;
            });
            return new RepairResult(removed, accepted);
        } finally {
            lock.unlock();
        }
    }

    private Checked checked() {
        Discovery found = discovery.get();
        if (lastChecked == null || lastChecked.discovery() != found) {
            lastChecked = Checked.of(found, splitter);
        }
        return lastChecked;
    }

    /**
     * The schedule of {@code command}, after validation and, for a migrate on a database without history,
     * the emptiness check: refused when non-empty, unless allowed or baselined first ({@code write}: for
     * real, else only as if).
     */
    private Planner.Schedule schedule(Command command, Checked checked, MigrationBackend db,
                                      List<HistoryRow> history, boolean write) {
        throwIfInvalid(command, checked, history);
        Planner planner = checked.planner(repeatablesOnUndo);
        Planner.Schedule schedule = planner.schedule(command, history);
        boolean check = command instanceof Command.Migrate && (!allowNonEmpty || baselineOnMigrate != null);
        if (!check || schedule.actions().isEmpty() || !history.isEmpty()) {
            return schedule;
        }
        List<String> objects = UserObjects.withoutHistory(db, scrub);
        if (objects.isEmpty()) {
            return schedule;
        }
        if (baselineOnMigrate == null) {
            throw UserObjects.notEmpty(objects, schedule.actions().stream().filter(a -> a.kind() == StepKind.APPLY)
                    .map(Action::id).findFirst().orElse("the first migration"));
        }
        List<Migration> migrations = checked.discovery().migrations();
        List<HistoryRow> rows = Takeover.baselineRows(migrations,
                Takeover.baselineVersion(baselineOnMigrate, migrations, history));
        if (write) {
            new Takeover(db, scrub).record(rows);
        }
        return planner.schedule(command, write ? history(db) : rows);
    }

    private void throwIfInvalid(Command command, Checked checked, List<HistoryRow> history) {
        boolean rollback = command instanceof Command.Rollback;
        List<Problem> problems = HistoryCheck.problems(checked.discovery().migrations(), history, checked.scripts())
                .stream()
                .filter(p -> !(rollback && p.code() == ErrorCode.GAP))
                .toList();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private List<HistoryRow> history(MigrationBackend db) {
        return sql(() -> db.history().read(db.connection()));
    }

    private <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StatementFailure(scrub).ofHistoryTable(e);
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** A discovery with every script split, and the problems that need no database. */
    private record Checked(Discovery discovery, ParsedScripts scripts, List<Problem> problems) {
        static Checked of(Discovery discovery, StatementSplitter splitter) {
            ParsedScripts scripts = new ParsedScripts(discovery, splitter);
            List<Problem> problems = new ArrayList<>(discovery.problems());
            problems.addAll(scripts.problems());
            return new Checked(discovery, scripts, List.copyOf(problems));
        }

        Checked orThrow() {
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return this;
        }

        Planner planner(boolean repeatablesOnUndo) {
            return new Planner(discovery, scripts, repeatablesOnUndo);
        }
    }
}
