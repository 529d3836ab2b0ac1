package dev.flux.internal.settings;

import dev.flux.FluxListener;
import dev.flux.JavaMigration;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.discovery.MigrationLocation;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What a {@link dev.flux.Flux.Builder} was given, one part per feature, before anything is resolved. A
 * {@code null} means "not given": {@link SettingsResolver} then takes the value from {@code flux.toml} or a
 * default. {@code classLoader} finds backends, JDBC drivers and Java migrations.
 */
public record Given(Path config, ClassLoader classLoader, Backend backend, Migrations migrations,
                   Database database, Run run) {
    public Given {
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(run, "run");
    }

    /**
     * The backend's name, its {@code [backend]} options (they win over those of {@code flux.toml}) and the lock
     * timeout given as a {@link Duration}, which wins over the {@code lock_timeout} option.
     */
    public record Backend(String name, Map<String, Object> options, Duration lockTimeout) {
        public Backend {
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** Nothing given. */
        public static Backend none() {
            return new Backend(null, Map.of(), null);
        }
    }

    /**
     * Where the migrations are, their encoding, the packages of Java migrations and the Java migrations given as
     * objects.
     */
    public record Migrations(MigrationLocation directory, Charset encoding, List<String> javaPackages,
                             List<JavaMigration> javaMigrations) {
        public Migrations {
            javaPackages = javaPackages == null ? null : List.copyOf(javaPackages);
            javaMigrations = javaMigrations == null ? List.of() : List.copyOf(javaMigrations);
        }

        /** Where the migrations are, their encoding and the packages of Java migrations. */
        public Migrations(MigrationLocation directory, Charset encoding, List<String> javaPackages) {
            this(directory, encoding, javaPackages, List.of());
        }

        /** Nothing given. */
        public static Migrations none() {
            return new Migrations(null, null, null, List.of());
        }
    }

    /**
     * The database: a data source, or the explicit URL, user and password; the credentials of a build tool
     * ({@code server}: a Maven {@code serverId}); and whether every connection setting but the explicit ones
     * is ignored ({@code [connection]}, {@code flux.*} system properties, {@code FLUX_*} variables, server
     * credentials). {@link #toString()} hides passwords.
     */
    public record Database(DataSource dataSource, ConnectionSettings explicit, ConnectionSettings server,
                           boolean withoutConnectionSettings) {
        public Database {
            explicit = explicit == null ? ConnectionSettings.NONE : explicit;
            server = server == null ? ConnectionSettings.NONE : server;
        }

        /** Nothing given. */
        public static Database none() {
            return new Database(null, ConnectionSettings.NONE, ConnectionSettings.NONE, false);
        }
    }

    /**
     * How commands run: whether rollbacks run the pre/post-apply scripts (null: as {@code flux.toml} says),
     * whether those scripts run at all, whether migrations are found only once, who hears of progress,
     * whether migrate may start on a non-empty database without history (null: as {@code flux.toml} says),
     * and the version to baseline at before migrating such a database (null: none).
     */
    public record Run(Boolean applyRepeatableOnUndo, boolean repeatables, boolean discoverOnce,
                      List<FluxListener> listeners, Boolean allowNonEmpty, String baselineOnMigrate) {
        public Run {
            listeners = List.copyOf(listeners);
        }

        /** Without the settings of non-empty databases. */
        public Run(Boolean applyRepeatableOnUndo, boolean repeatables, boolean discoverOnce,
                   List<FluxListener> listeners) {
            this(applyRepeatableOnUndo, repeatables, discoverOnce, listeners, null, null);
        }

        /** The defaults: repeatables on, migrations found for each command, no listener. */
        public static Run defaults() {
            return new Run(null, true, false, List.of());
        }
    }
}
