package dev.flux.oracle;

import dev.flux.spi.ContainerImages;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import oracle.jdbc.pool.OracleDataSource;
import org.testcontainers.oracle.OracleContainer;

/**
 * The Oracle database flux's own Oracle tests run against, and a fresh user (schema) per test on it.
 *
 * <p>First that applies: {@code FLUX_TEST_ORACLE_URL} (with {@code FLUX_TEST_ORACLE_USER} and
 * {@code FLUX_TEST_ORACLE_PASSWORD}, or the credentials in the URL) for an existing database, whose user may
 * create and drop users (SYSTEM, for example); else a {@code gvenzl/oracle-free:23-slim-faststart}
 * container, started once per JVM through Testcontainers, where Docker has or can pull that image. With
 * neither, tests are skipped with a message saying why and how to run them. A database that is configured but cannot be reached
 * fails the tests: it is never skipped.
 *
 * <p>Grants on objects owned by SYS ({@code EXECUTE ON SYS.DBMS_LOCK}, {@code SELECT ON SYS.V_$SESSION}) are
 * made by SYS, connected {@code AS SYSDBA}: since Oracle 12c SYSTEM may not grant them (ORA-01031). In the
 * container SYS has the container's password; for {@code FLUX_TEST_ORACLE_URL} it is
 * {@code FLUX_TEST_ORACLE_SYS_PASSWORD}, without which a test that needs such a grant fails saying so.
 */
final class OracleTestDatabase {
    static final String IMAGE = "gvenzl/oracle-free:23-slim-faststart";
    static final String HOW_TO_RUN = "No Oracle database for the Oracle tests: FLUX_TEST_ORACLE_URL is not set"
            + " and Testcontainers cannot run " + IMAGE + ". To run them, start Docker with that image at hand, or"
            + " set FLUX_TEST_ORACLE_URL (for example jdbc:oracle:thin:@//localhost:1521/FREEPDB1) with"
            + " FLUX_TEST_ORACLE_USER and FLUX_TEST_ORACLE_PASSWORD of a user that may CREATE USER and DROP USER,"
            + " such as SYSTEM, and FLUX_TEST_ORACLE_SYS_PASSWORD for the grants on SYS's objects that SYS must make.";
    private static final List<String> GRANTS = List.of("CREATE SESSION", "CREATE TABLE", "CREATE VIEW",
            "CREATE SEQUENCE", "CREATE PROCEDURE", "CREATE TRIGGER", "CREATE TYPE", "CREATE SYNONYM",
            "UNLIMITED TABLESPACE");

    private static Admin admin;
    private static Optional<String> unavailable;
    private static OracleContainer container;

    private OracleTestDatabase() {
    }

    /**
     * Where to connect as a user that may create users; how to reach a fresh user's schema; SYS's password
     * (null when unknown) for grants on SYS's objects.
     */
    record Admin(String url, String user, String password, String sysPassword) {
        Connection connect() throws SQLException {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
                p.setProperty("password", password == null ? "" : password);
            }
            return DriverManager.getConnection(url, p);
        }

        /** A connection as SYS AS SYSDBA, which alone may grant on SYS's objects. */
        Connection connectAsSys() throws SQLException {
            if (sysPassword == null) {
                throw new AssertionError("this test needs a grant on an object of SYS, which only SYS may make (SYSTEM"
                        + " gets ORA-01031 since Oracle 12c): set FLUX_TEST_ORACLE_SYS_PASSWORD to SYS's password");
            }
            Properties p = new Properties();
            p.setProperty("user", "SYS");
            p.setProperty("password", sysPassword);
            p.setProperty("internal_logon", "sysdba");
            return DriverManager.getConnection(url, p);
        }

        /** A data source for the admin user. */
        DataSource dataSource() throws SQLException {
            OracleDataSource ds = new OracleDataSource();
            ds.setURL(url);
            if (user != null) {
                ds.setUser(user);
                ds.setPassword(password);
            }
            return ds;
        }
    }

    /** A user created for one test, with its data source; {@link #close()} drops it. */
    record Schema(Admin admin, String name, String password, DataSource dataSource) implements AutoCloseable {
        /** Runs statements as the admin user. */
        void asAdmin(String... statements) throws SQLException {
            try (Connection c = admin.connect(); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            drop(admin, name);
        }
    }

    /**
     * Why no Oracle database can be had here (none configured, and Docker cannot run {@value #IMAGE}), or
     * empty when one is configured or Docker has or can pull the image; probes once, and when there is none,
     * prints once why and how to run the Oracle tests.
     */
    static synchronized Optional<String> unavailable() {
        if (unavailable == null) {
            unavailable = url() != null ? Optional.empty() : ContainerImages.unavailable(IMAGE);
            unavailable.ifPresent(why -> System.err.println("[flux] Oracle tests skipped: " + why + ". " + HOW_TO_RUN));
        }
        return unavailable;
    }

    /** The database (starting the container on first use), or a skip saying how to provide one. */
    static synchronized Admin admin() {
        unavailable().ifPresent(why -> abort(why + ". " + HOW_TO_RUN));
        if (admin == null) {
            admin = connectOrStart();
        }
        return admin;
    }

    /** A new user with the privileges a migration user usually has, plus {@code extraGrants}. */
    static Schema createSchema(String... extraGrants) throws SQLException {
        Admin a = admin();
        String name = "FLUX_T" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase(Locale.ROOT);
        String password = "Pw" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        List<String> grants = new ArrayList<>(GRANTS);
        grants.addAll(List.of(extraGrants));
        try (Connection c = a.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE USER " + name + " IDENTIFIED BY \"" + password + "\"");
            for (String grant : grants) {
                if (!isOnSysObject(grant)) {
                    s.execute("GRANT " + grant + " TO " + name);
                }
            }
        }
        List<String> onSys = grants.stream().filter(OracleTestDatabase::isOnSysObject).toList();
        if (!onSys.isEmpty()) {
            try (Connection c = a.connectAsSys(); Statement s = c.createStatement()) {
                for (String grant : onSys) {
                    s.execute("GRANT " + grant + " TO " + name);
                }
            } catch (SQLException | AssertionError e) {
                drop(a, name);
                throw e;
            }
        }
        OracleDataSource ds = new OracleDataSource();
        ds.setURL(a.url());
        ds.setUser(name);
        ds.setPassword(password);
        return new Schema(a, name, password, ds);
    }

    /** Whether {@code grant} is on an object owned by SYS, such as {@code EXECUTE ON SYS.DBMS_LOCK}. */
    private static boolean isOnSysObject(String grant) {
        return grant.toUpperCase(Locale.ROOT).contains(" ON SYS.");
    }

    private static String url() {
        String url = System.getenv("FLUX_TEST_ORACLE_URL");
        return url == null || url.isBlank() ? null : url;
    }

    private static Admin connectOrStart() {
        if (url() != null) {
            return new Admin(url(), System.getenv("FLUX_TEST_ORACLE_USER"), System.getenv("FLUX_TEST_ORACLE_PASSWORD"),
                    System.getenv("FLUX_TEST_ORACLE_SYS_PASSWORD"));
        }
        container = new OracleContainer(IMAGE).withStartupTimeout(Duration.ofMinutes(5));
        container.start();
        // ORACLE_PASSWORD of gvenzl/oracle-free is the password of SYS and SYSTEM alike
        return new Admin(container.getJdbcUrl(), "system", container.getPassword(), container.getPassword());
    }

    /**
     * Kills, as the admin user, the session of {@code schema}'s user that holds the migration lock (labelled
     * {@code ACTION = 'flux lock ...'}), and returns once it has gone from {@code V$SESSION}.
     */
    static void killLockHolder(Schema schema) throws SQLException {
        String holders = "SELECT SID || ',' || SERIAL# FROM V$SESSION WHERE USERNAME = ? AND ACTION LIKE 'flux lock %'";
        try (Connection c = schema.admin().connect(); PreparedStatement s = c.prepareStatement(holders)) {
            s.setString(1, schema.name());
            List<String> sessions = strings(s);
            if (sessions.size() != 1) {
                throw new AssertionError("expected one lock session of " + schema.name() + ", found " + sessions);
            }
            try (Statement kill = c.createStatement()) {
                kill.execute("ALTER SYSTEM KILL SESSION '" + sessions.get(0) + "' IMMEDIATE");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!strings(s).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the lock session " + sessions.get(0) + " did not end within 30 s");
                }
                Thread.onSpinWait();
            }
        }
    }

    private static List<String> strings(PreparedStatement s) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void drop(Admin admin, String name) throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            for (int attempt = 0; ; attempt++) {
                killSessions(c, name);
                try {
                    s.execute("DROP USER " + name + " CASCADE");
                    return;
                } catch (SQLException e) {
                    if (e.getErrorCode() != 1940 || attempt == 10) {
                        throw e;
                    }
                }
            }
        }
    }

    private static void killSessions(Connection c, String user) throws SQLException {
        List<String> sessions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT SID || ',' || SERIAL# FROM V$SESSION WHERE USERNAME = ?")) {
            s.setString(1, user);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sessions.add(rs.getString(1));
                }
            }
        }
        for (String session : sessions) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER SYSTEM KILL SESSION '" + session + "' IMMEDIATE");
            } catch (SQLException e) {
                // already gone
            }
        }
    }
}
