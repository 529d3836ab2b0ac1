package dev.flux.its;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Lets a case's verify.groovy look into the H2 database its build left behind, without creating one: the
 * file must exist. Use with try-with-resources (Groovy: {@code withCloseable}).
 */
public final class H2Database implements AutoCloseable {
    private final Connection connection;

    private H2Database(Connection connection) {
        this.connection = connection;
    }

    /** Whether the build created the H2 database file {@code <path>.mv.db} under {@code basedir}. */
    public static boolean exists(File basedir, String path) {
        return new File(basedir, path + ".mv.db").isFile();
    }

    /** Opens {@code <basedir>/<path>} (for example {@code target/flux/db}) as user {@code sa}, no password. */
    public static H2Database open(File basedir, String path) throws SQLException {
        return open(basedir, path, "sa", "");
    }

    /** Opens {@code <basedir>/<path>} with the given credentials; fails if the database does not exist. */
    public static H2Database open(File basedir, String path, String user, String password) throws SQLException {
        String url = "jdbc:h2:file:" + new File(basedir, path).getAbsolutePath() + ";IFEXISTS=TRUE";
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new H2Database(new org.h2.Driver().connect(url, credentials));
    }

    /**
     * Creates the database {@code <basedir>/<path>} as user {@code sa}, no password, and runs {@code statements}
     * in it: a database made without flux, for a case's prebuild.groovy. Fails if it exists already.
     */
    public static void create(File basedir, String path, String... statements) throws SQLException {
        if (exists(basedir, path)) {
            throw new IllegalStateException(path + " exists already; a case creates its database once");
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        String url = "jdbc:h2:file:" + new File(basedir, path).getAbsolutePath();
        try (Connection c = new org.h2.Driver().connect(url, credentials); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** The tables of schema PUBLIC, flux's own included, upper case and sorted. */
    public List<String> tables() throws SQLException {
        return strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
    }

    /** The views of schema PUBLIC, upper case and sorted. */
    public List<String> views() throws SQLException {
        return strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " ORDER BY TABLE_NAME");
    }

    /** The columns of a table or view, in order. */
    public List<String> columns(String table) throws SQLException {
        return strings("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = '" + table.toUpperCase() + "' ORDER BY ORDINAL_POSITION");
    }

    /** The ids recorded in flux's history table, in version order, with their state: {@code V1__x APPLIED}. */
    public List<String> history() throws SQLException {
        if (!tables().contains("FLUX_MIGRATIONS")) {
            return List.of();
        }
        List<String> rows = strings("SELECT ID || ' ' || STATE FROM FLUX_MIGRATIONS");
        rows.sort((a, b) -> compareIds(a, b));
        return rows;
    }

    /** The first column of every row of {@code sql}, as text. */
    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static int compareIds(String a, String b) {
        String[] x = a.substring(1, a.indexOf("__")).split("[._]");
        String[] y = b.substring(1, b.indexOf("__")).split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
