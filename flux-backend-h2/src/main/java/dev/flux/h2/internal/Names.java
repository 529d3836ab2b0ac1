package dev.flux.h2.internal;

import java.util.regex.Pattern;

/**
 * How snapshots name objects: plain in the home schema (the {@code schema} option, else the connection's
 * current schema), {@code SCHEMA.NAME} in any other. Also knows H2's generated names.
 */
record Names(String home) {
    private static final Pattern GENERATED_CONSTRAINT = Pattern.compile("CONSTRAINT_[0-9A-F]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERATED_INDEX = Pattern.compile("INDEX_[0-9A-F]+", Pattern.CASE_INSENSITIVE);

    /**
     * A condition on {@code column} that leaves out the schemas H2 keeps for itself:
     * {@code INFORMATION_SCHEMA}, and {@code PG_CATALOG} in PostgreSQL mode (in any case, as
     * {@code DATABASE_TO_LOWER=TRUE} stores them in lower case).
     */
    static String userSchema(String column) {
        return " UPPER(" + column + ") NOT IN ('INFORMATION_SCHEMA', 'PG_CATALOG') ";
    }

    String of(String schema, String name) {
        return schema == null || schema.equals(home) ? name : schema + "." + name;
    }

    /** Whether H2 made up this constraint name ({@code CONSTRAINT_4A}) because the DDL gave none. */
    static boolean generatedConstraint(String name) {
        return GENERATED_CONSTRAINT.matcher(name).matches();
    }

    /** Whether H2 made up this index name ({@code INDEX_5}) for {@code CREATE INDEX ON t(c)}. */
    static boolean generatedIndex(String name) {
        return GENERATED_INDEX.matcher(name).matches();
    }
}
