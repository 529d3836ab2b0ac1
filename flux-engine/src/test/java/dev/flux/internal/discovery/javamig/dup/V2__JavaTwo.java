package dev.flux.internal.discovery.javamig.dup;

import dev.flux.JavaMigration;

/** Version 2. */
public final class V2__JavaTwo implements JavaMigration {
    @Override
    public String apply() {
        return "select 2;";
    }
}
