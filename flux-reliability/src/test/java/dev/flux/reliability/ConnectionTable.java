package dev.flux.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The {@code [connection]} table of a {@code flux.toml} that {@link Credentials#toml} wrote, for opening the
 * backend SPI directly: flux resolves connection settings only inside a {@code Flux}. A value that is a whole
 * {@code ${env:NAME}}, the one placeholder the suite writes, is taken from the environment.
 */
record ConnectionTable(String url, String user, String password) {
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{env:([^}]+)}");

    static ConnectionTable of(Path config) {
        TomlParseResult toml;
        try {
            toml = Toml.parse(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (toml.hasErrors()) {
            throw new IllegalStateException(config + " is not the TOML the suite writes: " + toml.errors());
        }
        return new ConnectionTable(value(toml, "connection.url"), value(toml, "connection.user"),
                value(toml, "connection.password"));
    }

    private static String value(TomlParseResult toml, String key) {
        String value = toml.getString(key);
        Matcher placeholder = value == null ? null : ENVIRONMENT.matcher(value);
        if (placeholder == null || !placeholder.matches()) {
            return value;
        }
        String set = System.getenv(placeholder.group(1));
        if (set == null) {
            throw new IllegalStateException(key + " needs the environment variable " + placeholder.group(1));
        }
        return set;
    }

    /** Connections straight from {@link DriverManager} on {@code url}, with this table's user and password. */
    DataSource dataSource(String url) {
        return new DriverManagerSource(url, user, password);
    }

    /** A new connection per call; no pool. */
    private record DriverManagerSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return getConnection(user, password);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            return DriverManager.getConnection(url, properties);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no java.util.logging here");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        /** The redacted URL only. */
        @Override
        public String toString() {
            return "DriverManagerSource[" + dev.flux.Secrets.redactUrl(url) + "]";
        }
    }
}
