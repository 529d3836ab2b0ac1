package dev.flux.internal.discovery.javamig.throwing;

import dev.flux.JavaMigration;

/** The constructor throws. */
public final class V2__ThrowsInConstructor implements JavaMigration {
    public V2__ThrowsInConstructor() {
        throw new IllegalArgumentException("bad setup");
    }

    @Override
    public String apply() {
        return "select 1;";
    }
}
