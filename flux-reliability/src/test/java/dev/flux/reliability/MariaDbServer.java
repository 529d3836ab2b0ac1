package dev.flux.reliability;

import dev.flux.tck.LocalServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The MariaDB server of the suite ({@link LocalServer#mariadb()}). When no server answers, tests are skipped
 * with a message, except under {@code CI=true}, where they fail. Each test gets databases of its own, named
 * {@code flux_rel_...}, which the suite's three users (one per password channel of {@link Credentials}) may
 * use; {@link #freshDatabase} creates those users on first use.
 */
final class MariaDbServer {
    private static final LocalServer SERVER = LocalServer.mariadb();
    /** The server's URL without database and parameters: {@code jdbc:mariadb://127.0.0.1:3306}. */
    static final String BASE = SERVER.url().replaceFirst("^(jdbc:(?:mariadb|mysql)://[^/?]*).*$", "$1");
    static final String USER = "flux_rel_conn";
    static final String URL_USER = "flux_rel_url";
    static final String ENV_USER = "flux_rel_env";
    private static boolean usersCreated;

    private MariaDbServer() {
    }

    /** A new empty database whose name starts with {@code prefix}, which must start with {@code flux_rel_}. */
    static Database freshDatabase(String prefix) throws SQLException {
        SERVER.assumeAvailable();
        createUsers();
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        return new Database(name);
    }

    private static synchronized void createUsers() throws SQLException {
        if (usersCreated) {
            return;
        }
        for (String[] user : new String[][] {{USER, Secrets.IN_CONNECTION}, {URL_USER, Secrets.IN_URL},
                {ENV_USER, Secrets.IN_ENVIRONMENT}}) {
            // by hash: the driver logs each statement at DEBUG, and the suite's own log must not show a password
            String hash = nativePasswordHash(user[1]);
            execute("CREATE USER IF NOT EXISTS '" + user[0] + "'@'%' IDENTIFIED BY PASSWORD '" + hash + "'");
            execute("ALTER USER '" + user[0] + "'@'%' IDENTIFIED BY PASSWORD '" + hash + "'");
            execute("GRANT ALL ON `flux\\_rel\\_%`.* TO '" + user[0] + "'@'%'");
        }
        usersCreated = true;
    }

    /** What {@code PASSWORD('...')} gives for mysql_native_password: {@code *} and SHA-1 of SHA-1, in hex. */
    private static String nativePasswordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] twice = sha1.digest(sha1.digest(password.getBytes(StandardCharsets.UTF_8)));
            return "*" + HexFormat.of().withUpperCase().formatHex(twice);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A database of the test server, dropped by {@link #close()}. */
    record Database(String name) implements AutoCloseable {
        /** The URL of this database, without a user: each {@link Credentials} channel adds its own. */
        String url() {
            return BASE + "/" + name;
        }

        /** A connection as the server's administrator, with this database as the current one. */
        Connection connect() throws SQLException {
            Connection c = DriverManager.getConnection(SERVER.url());
            try (Statement s = c.createStatement()) {
                s.execute("USE " + name);
            }
            return c;
        }

        long count(String sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            MariaDbServer.execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
