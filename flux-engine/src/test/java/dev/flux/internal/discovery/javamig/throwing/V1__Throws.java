package dev.flux.internal.discovery.javamig.throwing;

import dev.flux.JavaMigration;

/** apply() throws. */
public final class V1__Throws implements JavaMigration {
    @Override
    public String apply() {
        throw new IllegalStateException("no table name configured");
    }
}
