package dev.flux.internal.discovery.javamig.ok;

import dev.flux.JavaMigration;

/** An abstract base class: implements the interface but is not a migration. */
public abstract class BaseMigration implements JavaMigration {
    protected String comment() {
        return "-- generated\n";
    }
}
