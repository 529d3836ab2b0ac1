package dev.flux.junit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of the chain known to hold a migration without undo, learnt from refused rollbacks, so that
 * a later move down across them is not tried again.
 */
final class Blocks {
    private final List<int[]> stretches = new ArrayList<>();

    /** A rollback from position {@code from} down to {@code to} was refused. */
    void add(int to, int from) {
        stretches.add(new int[] {to, from});
    }

    /** Whether undoing from {@code from} down to {@code to} is known to be refused. */
    boolean blocks(int to, int from) {
        return stretches.stream().anyMatch(s -> s[0] >= to && s[1] <= from);
    }
}
