package dev.flux.h2.internal;

import java.time.Duration;

/** Durations as messages show them: {@code 60 s}, {@code 1500 ms}. */
final class Durations {
    private Durations() {
    }

    static String text(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
