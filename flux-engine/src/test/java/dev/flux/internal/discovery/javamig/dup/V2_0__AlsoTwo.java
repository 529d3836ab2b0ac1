package dev.flux.internal.discovery.javamig.dup;

import dev.flux.JavaMigration;

/** Version 2.0, which equals 2. */
public final class V2_0__AlsoTwo implements JavaMigration {
    @Override
    public String apply() {
        return "select 20;";
    }
}
