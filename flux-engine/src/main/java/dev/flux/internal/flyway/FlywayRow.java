package dev.flux.internal.flyway;

/**
 * One row of Flyway's history table, as every Flyway since version 4 lays it out (the same columns in
 * Flyway 6 to 11 and later): {@code version} null for a repeatable migration; {@code type} such as
 * {@code SQL}, {@code JDBC}, {@code BASELINE}, {@code SCHEMA}, {@code TABLE}, {@code DELETE} or {@code UNDO_SQL};
 * {@code checksum} null where Flyway computed none.
 */
public record FlywayRow(int installedRank, String version, String description, String type, String script,
                        Integer checksum, boolean success, int executionMillis) {

    /** A row of a repeatable ({@code R__}) migration. */
    boolean repeatable() {
        return version == null || version.isBlank();
    }

    /** A row that records a baseline: Flyway's {@code baseline} command or a baseline migration. */
    boolean baseline() {
        return type.equals("BASELINE") || type.endsWith("_BASELINE");
    }

    /** A row that takes an earlier one of its version back: an undo, or a deletion marked by repair. */
    boolean cancels() {
        return type.startsWith("UNDO") || type.equals("DELETE");
    }

    /**
     * A row Flyway writes about itself, not about a migration: that it created the schema ({@code SCHEMA}),
     * or its history table ({@code TABLE}, Flyway 10 and later on some databases).
     */
    boolean marker() {
        return type.equals("SCHEMA") || type.equals("TABLE");
    }
}
