package dev.flux;

import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.MigrationLocation;
import dev.flux.internal.run.Runner;
import dev.flux.internal.settings.Given;
import dev.flux.internal.settings.Settings;
import dev.flux.internal.settings.SettingsResolver;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SchemaSnapshot;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * flux as a library: status, validation, migrate, rollback, dry runs and repair against one database, and
 * taking over a database that was migrated without flux (baseline, import of Flyway's history).
 *
 * <pre>{@code
 * try (Flux flux = Flux.builder().config(Path.of("flux.toml")).build()) {
 *     flux.migrate();
 * }
 * }</pre>
 *
 * {@link Builder#build()} never connects; a {@code Flux} opens its connections on first use and holds
 * them until {@link #close()}. Every error is a {@link FluxException} with a code. Not thread-safe.
 */
public final class Flux implements AutoCloseable {
    private final Settings settings;
    private final Runner runner;
    private MigrationBackend backend;

    private Flux(Settings settings) {
        this.settings = settings;
        Supplier<Discovery> discovery = settings.run().discoverOnce() ? new Once<>(settings::discover)
                : settings::discover;
        this.runner = new Runner(discovery, settings.backend().provider().splitter(), this::backend,
                settings.run().listener(), settings.run().applyRepeatableOnUndo(), settings.database()::scrub,
                settings.run().allowNonEmpty(), settings.run().baselineOnMigrate());
    }

    /**
     * A builder; give it {@code config(path)}, or at least a migration directory and a backend, or a URL
     * that names one (such as {@code jdbc:h2:}).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** One row per migration, with problems shown as states instead of thrown. */
    public Status status() {
        return runner.status();
    }

    /**
     * Runs every validation check (the codes of {@link ErrorCode}) and throws a {@link ValidationException} listing all problems. Without a
     * configured database only the checks that need no history run (offline validation).
     */
    public void validate() {
        List<Problem> problems = hasDatabase() ? runner.problems() : runner.offlineProblems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Applies every pending migration. */
    public Result migrate() {
        return runner.run(Command.migrate());
    }

    /** Applies pending migrations up to and including {@code target} ({@code V5}, {@code 5}, an id). */
    public Result migrateTo(String target) {
        return runner.run(Command.migrateTo(target));
    }

    /** Undoes the {@code count} latest applied migrations, refusing before anything runs if one has no undo. */
    public Result rollback(int count) {
        return runner.run(Command.rollback(count));
    }

    /** Undoes every migration after {@code target}; the target stays applied ({@code 0} empties). */
    public Result rollbackTo(String target) {
        return runner.run(Command.rollbackTo(target));
    }

    /** What {@code command} would run, with every statement, without changing anything. */
    public Plan plan(Command command) {
        return runner.plan(command);
    }

    /**
     * Takes over a database whose schema is already at {@code version} ({@code V5}, {@code 5}, an id) without
     * running anything: every migration up to and including it is recorded as {@link MigrationState#BASELINE},
     * later ones stay pending. flux never undoes a baselined migration. Refused with
     * {@link ErrorCode#HAS_HISTORY} when the history already has rows; runs under the migration lock.
     *
     * @return the ids recorded as baselined, and {@code version}
     */
    public Result baseline(String version) {
        return runner.baseline(version);
    }

    /**
     * Takes over a database that Flyway manages: each version Flyway applied, as its history table says, is
     * recorded as applied (with flux's checksum); migrations below a Flyway baseline as baselined. Flyway's
     * table is only read. Refused, with nothing recorded, when flux's history has rows
     * ({@link ErrorCode#HAS_HISTORY}), or with a {@link ValidationException} listing every problem: a SQL
     * file edited after Flyway applied it ({@link ErrorCode#CHECKSUM}, unless
     * {@link FlywayImport#acceptChecksums()}), a version without a flux migration ({@link ErrorCode#MISSING}),
     * a failed Flyway row ({@link ErrorCode#FAILED}).
     */
    public ImportResult importFlyway(FlywayImport options) {
        return runner.importFlyway(options);
    }

    /** {@link #importFlyway(FlywayImport)} with {@link FlywayImport#defaults()}. */
    public ImportResult importFlyway() {
        return importFlyway(FlywayImport.defaults());
    }

    /** Deletes failed history rows, after the half-completed changes have been removed by hand. */
    public RepairResult repair() {
        return runner.repair(false);
    }

    /** Like {@link #repair()}; when {@code acceptChecksums} is set, also re-records changed checksums. */
    public RepairResult repair(boolean acceptChecksums) {
        return runner.repair(acceptChecksums);
    }

    /** The schema as the backend describes it, without flux's own tables. */
    public SchemaSnapshot snapshot() {
        try {
            MigrationBackend b = backend();
            return b.schemaReader().read(b.connection());
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.SQL, e).scrubbing(settings.database()::scrub).exception("could not read"
                    + " the schema", "Check that the database is reachable and that the user may read its catalog.");
        }
    }

    /** The backend's name and the database URL with any password hidden, for display. */
    public String describeDatabase() {
        return backendName() + " at " + settings.database().description();
    }

    /** The backend's name, such as {@code h2}. */
    public String backendName() {
        return settings.backend().provider().name();
    }

    /** Whether a database is configured; without one only offline {@link #validate()} works. */
    public boolean hasDatabase() {
        return settings.database().dataSource().isPresent();
    }

    private MigrationBackend backend() {
        if (backend == null) {
            backend = settings.openBackend();
        }
        return backend;
    }

    /** Releases the lock if held and closes every connection. */
    @Override
    public void close() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }

    /** A value computed on first use and kept; a failure is not kept, so the next use tries again. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }

    /** Configures a {@link Flux}; values given here win over {@code flux.toml}. */
    public static final class Builder {
        private static final String LOCK_TIMEOUT = "lock_timeout";
        private Path config;
        private String backendName;
        private MigrationLocation migrationDirectory;
        private List<String> javaPackages;
        private final List<JavaMigration> javaMigrations = new ArrayList<>();
        private Boolean applyRepeatableOnUndo;
        private Charset encoding;
        private final Map<String, Object> backendOptions = new LinkedHashMap<>();
        private Duration lockTimeout;
        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private String serverUser;
        private String serverPassword;
        private ClassLoader classLoader;
        private final List<FluxListener> listeners = new ArrayList<>();
        private boolean withoutConnectionSettings;
        private boolean repeatables = true;
        private boolean discoverOnce;
        private Boolean allowNonEmpty;
        private String baselineOnMigrate;

        private Builder() {
        }

        /** Reads {@code flux.toml}. */
        public Builder config(Path file) {
            this.config = file;
            return this;
        }

        /** The backend name, such as {@code h2} or {@code postgres}. */
        public Builder backend(String name) {
            this.backendName = name;
            return this;
        }

        /** The directory of the SQL migrations; wins over {@code migration_directory} in {@code flux.toml}. */
        public Builder migrationDirectory(Path directory) {
            this.migrationDirectory = directory == null ? null : MigrationLocation.of(directory);
            return this;
        }

        /**
         * The SQL migrations' folder as {@code migration_directory} in {@code flux.toml} writes it: a path (relative
         * to the working directory here), or a folder on the class path such as {@code classpath:db/flux}, read
         * from directories and jars alike through {@link #classLoader(ClassLoader)}.
         *
         * @throws FluxException with code {@link ErrorCode#CONFIG} when it is not a valid path, or
         *                       {@code classpath:} names no folder
         */
        public Builder migrationDirectory(String location) {
            try {
                this.migrationDirectory = location == null ? null : MigrationLocation.parse(location, null);
            } catch (IllegalArgumentException e) {
                throw new FluxException(ErrorCode.CONFIG, "migration directory " + location + ": "
                        + e.getMessage());
            }
            return this;
        }

        /** Packages scanned, with their sub-packages, for {@link JavaMigration}s. */
        public Builder javaPackages(String... packages) {
            this.javaPackages = List.of(packages);
            return this;
        }

        /**
         * Java migrations made elsewhere, such as the beans of a dependency-injection container; each is named by
         * its class's simple name ({@code V7__backfill_emails}) and shares the version space of the other
         * migrations. May be called more than once.
         */
        public Builder javaMigrations(JavaMigration... migrations) {
            javaMigrations.addAll(List.of(migrations));
            return this;
        }

        /** Whether rollbacks run the pre/post-apply scripts too (default true). */
        public Builder applyRepeatableOnUndo(boolean apply) {
            this.applyRepeatableOnUndo = apply;
            return this;
        }

        /** The encoding of SQL files (default UTF-8). */
        public Builder encoding(Charset charset) {
            this.encoding = charset;
            return this;
        }

        /** A {@code [backend]} option, such as {@code schema} or {@code lock_timeout}. */
        public Builder backendOption(String name, Object value) {
            backendOptions.put(name, value);
            if (LOCK_TIMEOUT.equals(name)) {
                lockTimeout = null;
            }
            return this;
        }

        /**
         * How long to wait for another migrator's lock (default 60 s), to the millisecond; like option
         * {@code lock_timeout}, which takes whole seconds. The later of the two calls wins.
         */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
            backendOptions.remove(LOCK_TIMEOUT);
            return this;
        }

        /** Connections come from this data source; URL, user and password settings are then ignored. */
        public Builder dataSource(DataSource source) {
            this.dataSource = source;
            return this;
        }

        public Builder url(String jdbcUrl) {
            this.url = jdbcUrl;
            return this;
        }

        public Builder user(String name) {
            this.user = name;
            return this;
        }

        public Builder password(String secret) {
            this.password = secret;
            return this;
        }

        /**
         * Credentials kept by a build tool, such as a Maven {@code serverId} in {@code settings.xml}. They
         * rank below the system properties and environment variables and above {@code [connection]}
         * in {@code flux.toml}; giving them together with {@link #user(String)} or {@link #password(String)} fails
         * with {@code FLUX-CONFIG} when the {@code Flux} is built. Either argument may be null.
         */
        public Builder serverCredentials(String user, String password) {
            this.serverUser = user;
            this.serverPassword = password;
            return this;
        }

        /** Where Java migrations, JDBC drivers and backends are found (default: the context class loader). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /** Receives progress events; may be called more than once. */
        public Builder listener(FluxListener listener) {
            listeners.add(listener);
            return this;
        }

        /**
         * Ignores every connection setting but the builder's: {@code [connection]} in {@code flux.toml} (its keys are
         * still checked, its values not even read, so an unset {@code ${env:...}} there does no harm), the
         * system properties {@code flux.url}, {@code flux.user}, {@code flux.password}, the environment
         * variables {@code FLUX_URL}, {@code FLUX_USER}, {@code FLUX_PASSWORD} and server credentials.
         * Connections then come only from {@link #dataSource} or {@link #url}. For tools that must not
         * reach a configured database by accident, such as the JUnit extension.
         */
        public Builder withoutConnectionSettings() {
            this.withoutConnectionSettings = true;
            return this;
        }

        /**
         * Whether the {@code pre-apply/} and {@code post-apply/} scripts run (default true). Off, they are
         * neither run nor planned, for example in tests whose repeatables only fit the latest schema.
         */
        public Builder repeatables(boolean run) {
            this.repeatables = run;
            return this;
        }

        /**
         * Finds the migrations on the first command and keeps them for every later command of this
         * {@code Flux}, instead of reading the migration directory (and scanning for Java migrations) again
         * for each command. Changes made to the migrations afterwards are not seen. For tools whose
         * migrations cannot change while a {@code Flux} lives, such as the JUnit extension.
         */
        public Builder discoverOnce() {
            this.discoverOnce = true;
            return this;
        }

        /**
         * Whether {@link Flux#migrate()} may start on a database that has objects but no flux history (default:
         * as {@code allow_non_empty} in {@code flux.toml} says, else false: it refuses with
         * {@link ErrorCode#NOT_EMPTY} before running anything).
         */
        public Builder allowNonEmpty(boolean allow) {
            this.allowNonEmpty = allow;
            return this;
        }

        /**
         * When {@link Flux#migrate()} (or {@code migrateTo}) finds a database that has objects but no flux
         * history, it first records a {@link Flux#baseline(String) baseline} at {@code version}, under the same
         * lock, then applies the later migrations. An empty database, or one with history, is migrated as
         * usual. Off (null) by default. For tools that migrate at start-up, like Flyway's baseline-on-migrate.
         */
        public Builder baselineOnMigrate(String version) {
            this.baselineOnMigrate = version;
            return this;
        }

        /** Checks the configuration and finds the backend; never connects. */
        public Flux build() {
            return new Flux(SettingsResolver.ofThisProcess().resolve(given()));
        }

        /** What this builder was given, before anything is resolved. */
        private Given given() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return new Given(config,
                    classLoader != null ? classLoader : context != null ? context : Flux.class.getClassLoader(),
                    new Given.Backend(backendName, backendOptions, lockTimeout),
                    new Given.Migrations(migrationDirectory, encoding, javaPackages, javaMigrations),
                    new Given.Database(dataSource, new ConnectionSettings(url, user, password),
                            new ConnectionSettings(null, serverUser, serverPassword), withoutConnectionSettings),
                    new Given.Run(applyRepeatableOnUndo, repeatables, discoverOnce, listeners, allowNonEmpty,
                            baselineOnMigrate));
        }
    }
}
