package com.acme.db;

/** Builds DDL for the Java migrations of this project. */
public final class Ddl {
    private Ddl() {
    }

    public static String table(String name, String... columns) {
        return "CREATE TABLE " + name + " (" + String.join(", ", columns) + ");\n";
    }
}
