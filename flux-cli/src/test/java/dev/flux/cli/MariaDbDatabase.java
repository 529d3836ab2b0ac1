package dev.flux.cli;

import dev.flux.tck.LocalServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A fresh database on the local MariaDB ({@link LocalServer#mariadb()}), dropped by {@link #drop()}, and a
 * user {@value #USER} whose password is {@link CliScenario#PASSWORD}, so that flux has a password to hide.
 * Without a server the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
record MariaDbDatabase(String name, String url) {
    static final LocalServer SERVER = LocalServer.mariadb();
    static final String USER = "flux_cli";

    static MariaDbDatabase fresh() throws SQLException {
        SERVER.assumeAvailable();
        String name = "flux_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        // by hash: MariaDB Connector/J logs each statement at DEBUG
        String hash = passwordHash(CliScenario.PASSWORD);
        admin("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY PASSWORD '" + hash + "'");
        admin("ALTER USER '" + USER + "'@'%' IDENTIFIED BY PASSWORD '" + hash + "'");
        admin("GRANT ALL ON `flux\\_cli\\_%`.* TO '" + USER + "'@'%'");
        String base = SERVER.url().replaceFirst("^(jdbc:(?:mariadb|mysql)://[^/?]*).*$", "$1");
        return new MariaDbDatabase(name, base + "/" + name + "?user=" + USER);
    }

    void drop() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name);
    }

    private static String passwordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(sha1.digest(
                    password.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
