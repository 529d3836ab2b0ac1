package dev.flux.internal.discovery.javamig.badname;

import dev.flux.JavaMigration;

/** A migration without a version in its name. */
public final class CreateTables implements JavaMigration {
    @Override
    public String apply() {
        return "create table t (id int);";
    }
}
