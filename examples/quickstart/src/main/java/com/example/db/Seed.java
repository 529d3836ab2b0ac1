package com.example.db;

import java.util.List;
import java.util.stream.Collectors;

/** Builds INSERT statements for Java migrations. */
final class Seed {
    private Seed() {
    }

    /** {@code INSERT INTO table (column) VALUES ('a'), ('b');} with the values quoted. */
    static String insert(String table, String column, List<String> values) {
        return values.stream()
                .map(value -> "('" + value.replace("'", "''") + "')")
                .collect(Collectors.joining(", ", "INSERT INTO " + table + " (" + column + ") VALUES ", ";\n"));
    }
}
