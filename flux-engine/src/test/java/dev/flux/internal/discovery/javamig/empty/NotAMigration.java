package dev.flux.internal.discovery.javamig.empty;

/** The only class of a package without migrations. */
public final class NotAMigration {
    private NotAMigration() {
    }
}
