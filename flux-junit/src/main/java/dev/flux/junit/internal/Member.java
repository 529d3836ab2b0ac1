package dev.flux.junit.internal;

import dev.flux.Flux;
import dev.flux.spi.TestDatabase;

/**
 * One database of a class, in use or kept idle at a version: the {@link TestDatabase}, the {@link Flux} that
 * migrates it, the position it is at ({@link LiveDatabase#UNKNOWN} when not known) and whether it is
 * <em>clean</em>, holding only what migrations made.
 */
final class Member {
    final TestDatabase database;
    final Flux flux;
    int position;
    boolean clean = true;

    Member(TestDatabase database, Flux flux, int position) {
        this.database = database;
        this.flux = flux;
        this.position = position;
    }
}
