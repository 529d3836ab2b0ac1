package dev.flux.internal.discovery.javamig.badname;

import dev.flux.JavaMigration;

/** A migration with a single underscore after its version. */
public final class V1_single_underscore implements JavaMigration {
    @Override
    public String apply() {
        return "create table u (id int);";
    }
}
