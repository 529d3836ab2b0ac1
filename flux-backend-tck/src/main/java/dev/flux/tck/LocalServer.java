package dev.flux.tck;

import dev.flux.Secrets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The database server a backend's own test suite runs against on the development machine, such as
 * PostgreSQL on 127.0.0.1:5432: the JDBC URL in an environment variable, else a default. One rule decides
 * whether its tests run:
 * <ul>
 *   <li>the server answers: they run;</li>
 *   <li>no server answers (the connection attempt reaches none): they are skipped with a message that says
 *       how to provide one, except under {@code CI=true}, where they fail, since CI must run them;</li>
 *   <li>a server answers with an error (authentication, a missing database): they fail, always.</li>
 * </ul>
 *
 * <pre>{@code
 * static final LocalServer POSTGRES = LocalServer.fromEnvironment("PostgreSQL", "FLUX_TEST_POSTGRES_URL",
 *         "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "start it (.ci/run does)");
 *
 * @BeforeEach
 * void needsPostgres() {
 *     POSTGRES.assumeAvailable();
 * }
 * }</pre>
 *
 * The server is asked once per instance, with a driver found by {@link ServiceLoader} or
 * {@link DriverManager}. Messages show the URL redacted and the driver's message scrubbed: never a password.
 * Thread-safe.
 */
public final class LocalServer {
    /** The SQLState of a connection attempt that reached no server, as PostgreSQL's driver reports it. */
    public static final String NO_ANSWER = "08001";

    private final String name;
    private final String variable;
    private final String url;
    private final String howToStart;
    private final Set<String> noAnswerStates;
    private final boolean ci;
    private Outcome outcome;

    private LocalServer(String name, String variable, String url, String howToStart, Set<String> noAnswerStates,
                        boolean ci) {
        this.name = name;
        this.variable = variable;
        this.url = url;
        this.howToStart = howToStart;
        this.noAnswerStates = noAnswerStates;
        this.ci = ci;
    }

    /**
     * The server at the URL in the environment variable {@code variable}, or at {@code defaultUrl} when it
     * is unset or blank. {@code name} names the server in messages ({@code "PostgreSQL"}); {@code howToStart}
     * completes "To run these tests, ..." ({@code "start it (.ci/run does)"}). A connection attempt that
     * fails with SQLState {@value #NO_ANSWER} reached no server.
     */
    public static LocalServer fromEnvironment(String name, String variable, String defaultUrl, String howToStart) {
        return of(name, variable, defaultUrl, howToStart, System::getenv);
    }

    /**
     * flux's PostgreSQL: {@code FLUX_TEST_POSTGRES_URL}, by default
     * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
     */
    public static LocalServer postgres() {
        return fromEnvironment("PostgreSQL", "FLUX_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "start it (.ci/run does, through .ci/postgres)");
    }

    /**
     * flux's MariaDB: {@code FLUX_TEST_MARIADB_URL}, by default {@code jdbc:mariadb://127.0.0.1:3306/test?user=root}.
     * MariaDB Connector/J reports a connection attempt that reached no server with SQLState 08000.
     */
    public static LocalServer mariadb() {
        return fromEnvironment("MariaDB", "FLUX_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root",
                "start it (.ci/run does, through .ci/mariadb)").noAnswerStates(NO_ANSWER, "08000");
    }

    /** Like {@link #fromEnvironment}, reading the environment from {@code environment} (null for unset). */
    static LocalServer of(String name, String variable, String defaultUrl, String howToStart,
                          Function<String, String> environment) {
        String given = environment.apply(Objects.requireNonNull(variable, "variable"));
        String url = given == null || given.isBlank() ? Objects.requireNonNull(defaultUrl, "defaultUrl") : given;
        return new LocalServer(name, variable, url, howToStart, Set.of(NO_ANSWER),
                "true".equalsIgnoreCase(environment.apply("CI")));
    }

    /**
     * This server, with {@code sqlStates} as the SQLStates of a connection attempt that reached no server,
     * for drivers that report it otherwise than with {@value #NO_ANSWER}.
     */
    public LocalServer noAnswerStates(String... sqlStates) {
        return new LocalServer(name, variable, url, howToStart, Set.of(sqlStates), ci);
    }

    /** The JDBC URL; it may hold a password, so show {@link #redactedUrl()} instead. */
    public String url() {
        return url;
    }

    /** The JDBC URL with any password masked. */
    public String redactedUrl() {
        return Secrets.redactUrl(url);
    }

    /**
     * Why tests on this server are to be skipped, or empty when it answers.
     *
     * @throws org.opentest4j.AssertionFailedError when the server answered with an error, or when none
     *         answered under {@code CI=true}: the tests must fail, with this message
     */
    public Optional<String> skipReason() {
        Outcome checked = outcome();
        if (checked.failure != null) {
            Assertions.fail(checked.failure);
        }
        return Optional.ofNullable(checked.skip);
    }

    /**
     * Returns when the server answers; otherwise aborts the calling test (it is skipped) with the reason, or
     * fails it where skipping is not allowed (see {@link #skipReason()}).
     */
    public void assumeAvailable() {
        skipReason().ifPresent(Assumptions::abort);
    }

    /** The redacted URL. */
    @Override
    public String toString() {
        return name + " at " + redactedUrl();
    }

    private synchronized Outcome outcome() {
        if (outcome == null) {
            outcome = check();
        }
        return outcome;
    }

    private Outcome check() {
        try (Connection c = connect()) {
            c.isValid(5);
            return new Outcome(null, null);
        } catch (SQLException e) {
            String problem = "[SQLState " + e.getSQLState() + "] " + Secrets.of(null, url).scrub(e.getMessage());
            if (!noAnswerStates.contains(e.getSQLState())) {
                return new Outcome(null, name + " at " + redactedUrl() + " answered but refused the test connection: "
                        + problem + ". Fix the user, password or database in " + variable + ".");
            }
            String unavailable = "No " + name + " answers at " + redactedUrl() + " (" + problem + "). To run these"
                    + " tests, " + howToStart + ", or point " + variable + " at a running server.";
            return ci ? new Outcome(null, unavailable + " CI=true, so this fails instead of being skipped.")
                    : new Outcome(unavailable, null);
        }
    }

    /**
     * A connection through the first driver that accepts the URL: on this class's loader or the thread's
     * context loader (a driver there is not always registered with {@link DriverManager}), else from it.
     */
    private Connection connect() throws SQLException {
        for (ClassLoader loader : new ClassLoader[] {LocalServer.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
            while (true) {
                Driver driver;
                try {
                    if (!drivers.hasNext()) {
                        break;
                    }
                    driver = drivers.next();
                } catch (ServiceConfigurationError broken) {
                    continue;
                }
                if (driver.acceptsURL(url)) {
                    Connection c = driver.connect(url, new Properties());
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return DriverManager.getConnection(url);
    }

    /** Exactly one of the two is set when the server did not answer as it should; neither when it did. */
    private record Outcome(String skip, String failure) {
    }
}
