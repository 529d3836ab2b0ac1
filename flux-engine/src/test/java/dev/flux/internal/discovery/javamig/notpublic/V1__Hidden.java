package dev.flux.internal.discovery.javamig.notpublic;

import dev.flux.JavaMigration;

/** Not public. */
final class V1__Hidden implements JavaMigration {
    @Override
    public String apply() {
        return "select 1;";
    }
}
