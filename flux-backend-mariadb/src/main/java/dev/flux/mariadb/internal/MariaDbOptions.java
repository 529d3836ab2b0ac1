package dev.flux.mariadb.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.BackendContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code [backend]} options of the MariaDB backend, checked. {@code schema} (a database, in MariaDB's
 * words) is null when the connection's current database is meant. Names are used exactly as written
 * (quoted with backticks).
 */
public record MariaDbOptions(String schema, String table) {
    public static final String SCHEMA = "schema";
    public static final String TABLE = "table";
    /** The option names, besides {@code lock_timeout} which the engine handles. */
    public static final Set<String> NAMES = Set.of(SCHEMA, TABLE);
    public static final String DEFAULT_TABLE = "flux_migrations";

    /** MariaDB's and MySQL's limit for database and table names, in characters. */
    private static final int MAX_NAME_CHARS = 64;

    /** The options of {@code context}; fails with {@code CONFIG} listing every bad value. */
    public static MariaDbOptions of(BackendContext context) {
        List<String> problems = new ArrayList<>();
        String schema = name(context.options().get(SCHEMA), SCHEMA, problems);
        String table = name(context.options().get(TABLE), TABLE, problems);
        if (!problems.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, String.join("\n", problems));
        }
        return new MariaDbOptions(schema, table == null ? DEFAULT_TABLE : table);
    }

    private static String name(Object value, String option, List<String> problems) {
        if (value == null) {
            return null;
        }
        String example = option.equals(SCHEMA) ? "\"app\"" : "\"" + DEFAULT_TABLE + "\"";
        if (!(value instanceof String s) || s.isBlank() || s.indexOf('\0') >= 0 || s.endsWith(" ")) {
            problems.add("backend." + option + ": expected a " + (option.equals(SCHEMA) ? "database" : "table")
                    + " name as a non-empty string without trailing spaces (for example " + option + " = "
                    + example + "), found " + (value instanceof String ? "'" + value + "'" : value) + ".");
            return null;
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME_CHARS) {
            problems.add("backend." + option + ": '" + s + "' is longer than MariaDB's limit of " + MAX_NAME_CHARS
                    + " characters for names; choose a shorter name.");
            return null;
        }
        return s;
    }
}
