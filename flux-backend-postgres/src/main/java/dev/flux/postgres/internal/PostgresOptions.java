package dev.flux.postgres.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.BackendContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code [backend]} options of the PostgreSQL backend, checked. {@code schema} is null when the
 * connection's current schema is meant. Names are used exactly as written (quoted, case kept).
 */
public record PostgresOptions(String schema, String table, long lockId) {
    public static final String SCHEMA = "schema";
    public static final String TABLE = "table";
    public static final String LOCK_ID = "lock_id";
    /** The option names, besides {@code lock_timeout} which the engine handles. */
    public static final Set<String> NAMES = Set.of(SCHEMA, TABLE, LOCK_ID);
    public static final String DEFAULT_TABLE = "flux_migrations";
    /** The advisory lock key of the original flux, so old and new migrators exclude each other. */
    public static final long DEFAULT_LOCK_ID = 3589;

    private static final int MAX_NAME_BYTES = 63;

    /** The options of {@code context}; fails with {@code CONFIG} listing every bad value. */
    public static PostgresOptions of(BackendContext context) {
        List<String> problems = new ArrayList<>();
        String schema = name(context.options().get(SCHEMA), SCHEMA, problems);
        String table = name(context.options().get(TABLE), TABLE, problems);
        long lockId = lockId(context.options().get(LOCK_ID), problems);
        if (!problems.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, String.join("\n", problems));
        }
        return new PostgresOptions(schema, table == null ? DEFAULT_TABLE : table, lockId);
    }

    private static String name(Object value, String option, List<String> problems) {
        if (value == null) {
            return null;
        }
        String example = option.equals(SCHEMA) ? "\"public\"" : "\"" + DEFAULT_TABLE + "\"";
        if (!(value instanceof String s) || s.isBlank() || s.indexOf('\0') >= 0) {
            problems.add("backend." + option + ": expected a " + option + " name as a non-empty string (for "
                    + "example " + option + " = " + example + "), found " + shown(value) + ".");
            return null;
        }
        if (s.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            problems.add("backend." + option + ": '" + s + "' is longer than PostgreSQL's limit of "
                    + MAX_NAME_BYTES + " bytes for names; choose a shorter name.");
            return null;
        }
        return s;
    }

    private static long lockId(Object value, List<String> problems) {
        if (value == null) {
            return DEFAULT_LOCK_ID;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        problems.add("backend.lock_id: expected a whole number, the key of the PostgreSQL advisory lock that "
                + "migrators share (for example lock_id = " + DEFAULT_LOCK_ID + "), found " + shown(value) + ".");
        return DEFAULT_LOCK_ID;
    }

    private static String shown(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }
}
