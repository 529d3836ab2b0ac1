package dev.flux.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The 30 migrations the concurrency and crash rounds run, in SQL that H2, PostgreSQL and MariaDB all accept.
 * V1 creates {@code applied_log}; every later migration has four statements whose effects a test can see
 * one by one: it creates table {@code t<n>}, inserts its row, creates a view, a sequence or an index, and
 * logs itself with one row in {@code applied_log}, so "applied exactly once" is a row count.
 */
final class MigrationSet {
    static final int SIZE = 30;
    static final int STATEMENTS = 4;

    private MigrationSet() {
    }

    /** Writes {@code V1__applied_log.sql} ... {@code V30__step_30.sql} into {@code directory}. */
    static void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("V1__applied_log.sql"), "-- every later migration logs itself here\n"
                + "CREATE TABLE applied_log (version INT NOT NULL, note VARCHAR(100) NOT NULL);\n");
        for (int n = 2; n <= SIZE; n++) {
            Files.writeString(directory.resolve("V" + n + "__step_" + n + ".sql"), script(n));
        }
    }

    private static String script(int n) {
        String parent = n % 3 == 0 ? ",\n    parent INT REFERENCES t" + (n - 1) + " (id)" : "";
        return "-- V" + n + ": a table, its row, a " + kind(n) + ", and the log entry\n"
                + "CREATE TABLE t" + n + " (\n    id INT PRIMARY KEY,\n    note VARCHAR(100)" + parent + "\n);\n"
                + "/* a row whose text holds ; and -- */\n"
                + "INSERT INTO t" + n + " (id, note) VALUES (1, 'row; of t" + n + " -- not a comment');\n"
                + third(n) + ";\n"
                + "INSERT INTO applied_log (version, note) VALUES (" + n + ", 'V" + n + " /* not a comment */');\n";
    }

    /**
     * A text that statement {@code k} (1-based) of migration {@code n} holds and no other statement of the
     * set does, however the splitter hands it over (with or without the comments before it).
     */
    static String statementText(int n, int k) {
        if (n == 1) {
            return "CREATE TABLE applied_log (";
        }
        return switch (k) {
            case 1 -> "CREATE TABLE t" + n + " (";
            case 2 -> "INSERT INTO t" + n + " (id, note)";
            case 3 -> third(n);
            case 4 -> "INSERT INTO applied_log (version, note) VALUES (" + n + ",";
            default -> throw new IllegalArgumentException("V" + n + " has " + STATEMENTS + " statements, not " + k);
        };
    }

    /** The number of statements of migration {@code n}. */
    static int statements(int n) {
        return n == 1 ? 1 : STATEMENTS;
    }

    private static String kind(int n) {
        return switch (n % 3) {
            case 0 -> "view";
            case 1 -> "sequence";
            default -> "index";
        };
    }

    private static String third(int n) {
        return switch (n % 3) {
            case 0 -> "CREATE VIEW v" + n + " AS SELECT id, note FROM t" + n;
            case 1 -> "CREATE SEQUENCE s" + n + " START WITH " + n;
            default -> "CREATE INDEX t" + n + "_note ON t" + n + " (note)";
        };
    }

    /**
     * How many statements of migration {@code n} have taken effect in the current schema of {@code c}. It
     * fails when the effects are not a prefix of the statements (statement 3 done but not 2).
     */
    static int statementsDone(Connection c, int n) throws SQLException {
        List<Boolean> effects = effects(c, n);
        int done = effects.indexOf(false) < 0 ? effects.size() : effects.indexOf(false);
        if (effects.subList(done, effects.size()).contains(true)) {
            throw new AssertionError("V" + n + " has effects out of order: " + effects);
        }
        return done;
    }

    /** The number of {@code applied_log} rows of migration {@code n} (0 when the table does not exist). */
    static long logRows(Connection c, int n) throws SQLException {
        return exists(c, "tables", "table", "applied_log")
                ? count(c, "SELECT COUNT(*) FROM applied_log WHERE version = " + n) : 0;
    }

    private static List<Boolean> effects(Connection c, int n) throws SQLException {
        List<Boolean> effects = new ArrayList<>();
        if (n == 1) {
            effects.add(exists(c, "tables", "table", "applied_log"));
            return effects;
        }
        boolean table = exists(c, "tables", "table", "t" + n);
        effects.add(table);
        effects.add(table && count(c, "SELECT COUNT(*) FROM t" + n + " WHERE id = 1") > 0);
        effects.add(switch (n % 3) {
            case 0 -> exists(c, "views", "table", "v" + n);
            case 1 -> exists(c, "sequences", "sequence", "s" + n);
            default -> indexExists(c, "t" + n + "_note");
        });
        effects.add(logRows(c, n) > 0);
        return effects;
    }

    /** Removes whatever migration {@code n} did, so that it can run again from its first statement. */
    static void undo(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (n == 1) {
                s.execute("DROP TABLE IF EXISTS applied_log");
                return;
            }
            if (n % 3 != 2 || !isMariaDb(c)) { // MariaDB's DROP INDEX needs the table; DROP TABLE drops it too
                s.execute(switch (n % 3) {
                    case 0 -> "DROP VIEW IF EXISTS v" + n;
                    case 1 -> "DROP SEQUENCE IF EXISTS s" + n;
                    default -> "DROP INDEX IF EXISTS t" + n + "_note";
                });
            }
            s.execute("DROP TABLE IF EXISTS t" + n);
            if (exists(c, "tables", "table", "applied_log")) {
                s.execute("DELETE FROM applied_log WHERE version = " + n);
            }
        }
    }

    /**
     * Whether {@code information_schema.<view>} lists {@code name} in the current schema (any case). MariaDB
     * calls the current schema {@code DATABASE()} and lists sequences among the tables.
     */
    private static boolean exists(Connection c, String view, String column, String name) throws SQLException {
        if (isMariaDb(c)) {
            return count(c, view.equals("sequences")
                    ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                            + " AND table_type = 'SEQUENCE' AND LOWER(table_name) = ?"
                    : "SELECT COUNT(*) FROM information_schema." + view + " WHERE table_schema = DATABASE()"
                            + " AND LOWER(table_name) = ?", name) > 0;
        }
        return count(c, "SELECT COUNT(*) FROM information_schema." + view + " WHERE " + column + "_schema = "
                + "CURRENT_SCHEMA AND LOWER(" + column + "_name) = ?", name) > 0;
    }

    private static boolean indexExists(Connection c, String name) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        return count(c, switch (product) {
            case "H2" -> "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_SCHEMA = CURRENT_SCHEMA"
                    + " AND LOWER(INDEX_NAME) = ?";
            case "MariaDB", "MySQL" -> "SELECT COUNT(*) FROM information_schema.statistics"
                    + " WHERE table_schema = DATABASE() AND index_name = ?";
            default -> "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = CURRENT_SCHEMA AND indexname = ?";
        }, name) > 0;
    }

    private static boolean isMariaDb(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        return product.equals("MariaDB") || product.equals("MySQL");
    }

    private static long count(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
