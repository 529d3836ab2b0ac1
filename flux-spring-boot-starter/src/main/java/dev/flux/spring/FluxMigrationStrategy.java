package dev.flux.spring;

import dev.flux.Flux;

/**
 * What start-up does with the configured {@link Flux}: by default it validates (unless
 * {@code flux.validate-on-migrate=false}) and migrates, to {@code flux.target} when set. A bean of this type
 * replaces that: validate only, migrate to a version, or nothing at all. An exception it throws stops start-up.
 */
@FunctionalInterface
public interface FluxMigrationStrategy {
    /** Runs at start-up, before JPA, JDBC templates and SQL initialisation touch the database. */
    void migrate(Flux flux);
}
