package com.acme.db;

/** Builds DDL for the Java migrations of this project; now quotes nothing but adds IF NOT EXISTS. */
public final class Ddl {
    private Ddl() {
    }

    public static String table(String name, String... columns) {
        return "CREATE TABLE IF NOT EXISTS " + name + " (" + String.join(", ", columns) + ");\n";
    }
}
