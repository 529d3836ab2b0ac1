package dev.flux.internal.discovery.javamig.nulls;

import dev.flux.JavaMigration;

/** Returns null from apply(). */
public final class V1__ReturnsNull implements JavaMigration {
    @Override
    public String apply() {
        return null;
    }
}
