package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.junit.RoundTripOptions;
import dev.flux.spi.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The undo check of every migration, one dynamic test each, in version order from an empty database:
 * snapshot, apply, snapshot, undo, compare with the first, apply again, compare with the second. The
 * steps run in order on one thread whatever JUnit's scheduling: a test runs every step before its own
 * that has not run yet. After a failure the next step starts from a new database, migrated to the
 * version before it, so one broken undo does not fail the migrations after it.
 */
final class RoundTrips {
    private final LiveDatabase db;
    private final Object lock;
    private final RoundTripOptions options;
    private final List<Outcome> outcomes = new ArrayList<>();
    private boolean rebuild = true;

    /** {@code lock}: what guards {@code db}. */
    RoundTrips(LiveDatabase db, Object lock, RoundTripOptions options) {
        this.db = db;
        this.lock = lock;
        this.options = options;
    }

    Stream<DynamicTest> tests() {
        Chain chain;
        synchronized (lock) {
            chain = db.chain();
        }
        return IntStream.rangeClosed(1, chain.size())
                .mapToObj(p -> DynamicTest.dynamicTest(chain.id(p), () -> outcome(p).report()));
    }

    /** The outcome of position {@code p}, running every step up to it first. */
    private Outcome outcome(int p) {
        synchronized (lock) {
            while (outcomes.size() < p) {
                outcomes.add(step(outcomes.size() + 1));
            }
            return outcomes.get(p - 1);
        }
    }

    private Outcome step(int p) {
        Chain chain = db.chain();
        String id = chain.id(p);
        String previous = chain.version(p - 1).toString();
        if (rebuild) {
            try {
                db.replace(db.create(), 0);
                if (p > 1) {
                    db.run(f -> f.migrateTo(previous));
                }
                rebuild = false;
            } catch (FluxException e) {
                return new Outcome(true, "cannot check " + id + ": a new database does not reach V" + previous
                        + ", the version before it (see the failure above): " + e.getMessage());
            }
        }
        try {
            SchemaSnapshot before = db.schema();
            db.run(f -> f.migrateTo(chain.version(p).toString()));
            SchemaSnapshot applied = db.schema();
            try {
                db.run(f -> f.rollbackTo(previous));
            } catch (FluxException e) {
                if (e.code() != ErrorCode.NO_UNDO) {
                    throw e;
                }
                String message = id + " has no undo, so its round trip " + (options.isStrict() ? "fails" : "is skipped")
                        + ". Add " + id + ".undo.sql (or undo() in a Java migration)"
                        + (options.isStrict() ? "." : ", or set flux.test.roundtrips.strict=true to fail on this.");
                return new Outcome(!options.isStrict(), message);
            }
            List<String> afterUndo = db.schema().differencesFrom(before, options.comparesColumnOrder());
            if (!afterUndo.isEmpty()) {
                return failed(describe("after undo of " + id, afterUndo));
            }
            db.run(f -> f.migrateTo(chain.version(p).toString()));
            List<String> afterRedo = db.schema().differencesFrom(applied, options.comparesColumnOrder());
            return afterRedo.isEmpty() ? Outcome.PASSED
                    : failed(describe("after applying " + id + " again, following its undo", afterRedo));
        } catch (FluxException e) {
            return failed("round trip of " + id + " stopped: " + e.getMessage());
        }
    }

    private Outcome failed(String message) {
        rebuild = true;
        return new Outcome(false, message);
    }

    private static String describe(String when, List<String> differences) {
        if (differences.size() == 1) {
            return when + ": " + differences.get(0);
        }
        return when + ", " + differences.size() + " differences:\n  " + String.join("\n  ", differences);
    }

    /** How one migration's round trip ended: passed, skipped or failed with a message. */
    private record Outcome(boolean skipped, String message) {
        static final Outcome PASSED = new Outcome(false, null);

        void report() {
            if (message == null) {
                return;
            }
            if (skipped) {
                throw new TestAbortedException(message);
            }
            throw new AssertionFailedError(message);
        }
    }
}
