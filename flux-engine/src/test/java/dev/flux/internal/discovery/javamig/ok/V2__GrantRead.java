package dev.flux.internal.discovery.javamig.ok;

import dev.flux.JavaMigration;

/** A Java migration whose SQL comes from a helper; it has no undo. */
public final class V2__GrantRead implements JavaMigration {
    @Override
    public String apply() {
        return Grants.read("accounts");
    }
}
