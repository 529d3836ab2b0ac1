package dev.flux.internal.discovery.javamig.dup;

import dev.flux.JavaMigration;

/** Shares version 1 with a SQL file in the duplicate test, and version 2 with V2_0__AlsoTwo. */
public final class V1__JavaOne implements JavaMigration {
    @Override
    public String apply() {
        return "select 1;";
    }
}
