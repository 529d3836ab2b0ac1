package dev.flux.internal.discovery.javamig.noctor;

import dev.flux.JavaMigration;

/** Has no public no-arg constructor. */
public final class V1__NeedsArgument implements JavaMigration {
    private final String table;

    public V1__NeedsArgument(String table) {
        this.table = table;
    }

    @Override
    public String apply() {
        return "create table " + table + " (id int);";
    }
}
