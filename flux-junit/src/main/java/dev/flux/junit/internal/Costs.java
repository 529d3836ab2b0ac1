package dev.flux.junit.internal;

import dev.flux.FluxListener;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.StepKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What moves cost on one database, measured while they run: each migration's apply and undo, the fixed
 * part of a command (discovery, lock, history, repeatables), creating, copying and dropping a database.
 * Until measured, a migration counts as the mean of the known ones, an undo as its apply, a copy as two
 * creations and a drop as one. Everything is timed on one clock, {@code System.nanoTime} unless a test
 * gives another.
 */
final class Costs implements FluxListener {
    private static final double DEFAULT_STEP = 1;
    private static final double DEFAULT_COMMAND = 5;

    private final LongSupplier clock;
    private final Map<String, Double> apply = new HashMap<>();
    private final Map<String, Double> undo = new HashMap<>();
    private double command = Double.NaN;
    private double create = Double.NaN;
    private double copy = Double.NaN;
    private double drop = Double.NaN;
    private double stepsOfCommand;
    private long commandStarted;
    private long stepStarted;

    /** @param clock nanoseconds, as {@link System#nanoTime} gives them */
    Costs(LongSupplier clock) {
        this.clock = clock;
    }

    /** The clock's time, to be given to {@link #since} when what is timed has ended. */
    long now() {
        return clock.getAsLong();
    }

    Duration since(long start) {
        return Duration.ofNanos(clock.getAsLong() - start);
    }

    /** Called before each command, so that a failed one does not count. */
    void beginCommand() {
        stepsOfCommand = 0;
        commandStarted = now();
    }

    @Override
    public void stepStarted(Step step) {
        stepStarted = now();
    }

    /** Times the step on this object's clock; the engine's {@code elapsed} is not used. */
    @Override
    public void stepFinished(Step step, Duration elapsed) {
        double ms = millis(since(stepStarted));
        if (step.kind() == StepKind.APPLY) {
            apply.merge(step.id(), ms, Costs::average);
        } else if (step.kind() == StepKind.UNDO) {
            undo.merge(step.id(), ms, Costs::average);
        } else {
            return;
        }
        stepsOfCommand += ms;
    }

    /** Times the command from {@link #beginCommand} on this object's clock. */
    @Override
    public void commandFinished(Result result) {
        command = average(command, Math.max(0, millis(since(commandStarted)) - stepsOfCommand));
        stepsOfCommand = 0;
    }

    void created(Duration elapsed) {
        create = average(create, millis(elapsed));
    }

    void copied(Duration elapsed) {
        copy = average(copy, millis(elapsed));
    }

    void dropped(Duration elapsed) {
        drop = average(drop, millis(elapsed));
    }

    /** Milliseconds to move from position {@code from} to {@code to} with migrations or undo scripts. */
    double move(Chain chain, int from, int to) {
        if (from == to) {
            return 0;
        }
        double total = Double.isNaN(command) ? DEFAULT_COMMAND : command;
        for (int p = Math.min(from, to) + 1; p <= Math.max(from, to); p++) {
            total += to > from ? applyOf(chain.id(p)) : undoOf(chain.id(p));
        }
        return total;
    }

    double create() {
        return Double.isNaN(create) ? DEFAULT_COMMAND : create;
    }

    double copy() {
        return Double.isNaN(copy) ? 2 * create() : copy;
    }

    double drop() {
        return Double.isNaN(drop) ? create() : drop;
    }

    private double applyOf(String id) {
        Double known = apply.get(id);
        return known != null ? known
                : apply.values().stream().mapToDouble(Double::doubleValue).average().orElse(DEFAULT_STEP);
    }

    private double undoOf(String id) {
        Double known = undo.get(id);
        return known != null ? known : applyOf(id);
    }

    private static double average(double old, double latest) {
        return Double.isNaN(old) ? latest : (old + latest) / 2;
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
