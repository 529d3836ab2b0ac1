package dev.flux.tck;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits for a state of the database that a test observes by polling, at most a bounded time; at the
 * deadline it fails, saying what it waited for and what it saw last. For backend tests that watch another
 * session (a migrator waiting at a gate, a killed session going away).
 */
public final class Deadline {
    private static final long PAUSE_BETWEEN_POLLS_MS = 20;

    private Deadline() {
    }

    /** What is polled: the value seen now. */
    public interface Probe<T> {
        T now() throws Exception;
    }

    /** Polls {@code probe} until what it sees is {@code reached}, and returns that. */
    public static <T> T await(String what, Duration timeout, Probe<T> probe, Predicate<? super T> reached)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T seen = probe.now();
            if (reached.test(seen)) {
                return seen;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + seen);
            }
            Thread.sleep(PAUSE_BETWEEN_POLLS_MS);
        }
    }
}
