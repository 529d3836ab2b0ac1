package dev.flux.cli;

import dev.flux.Step;
import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The line at the bottom of an interactive terminal during a long run, redrawn in place every second:
 * {@code [2/5] applying V2__add_email  3.1 s}. Only for a terminal: in a pipe or a CI log it is never used.
 */
final class Progress implements AutoCloseable {
    private final PrintStream out;
    private final int total;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private int done;
    private String current = "starting";

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "flux-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    /** Whether a progress line fits: an interactive terminal, and plain text output. */
    static boolean wanted(Output output) {
        return output.chatty() && interactive(System.console());
    }

    /**
     * Whether {@code console} is a terminal. Up to Java 21 there is a console only then; later ones may give
     * one for redirected output too, and say with {@code isTerminal()}.
     */
    static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException older) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    synchronized void started(Step step) {
        current = switch (step.kind()) {
            case APPLY -> "applying " + step.id();
            case UNDO -> "undoing " + step.id();
            case PRE_APPLY, POST_APPLY -> "running " + step.file();
        };
        draw();
    }

    synchronized void finished() {
        done++;
        draw();
    }

    /** Removes the line, so that a normal line can be printed in its place. */
    synchronized void clear() {
        out.print("\r\033[K");
        out.flush();
    }

    private synchronized void draw() {
        double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        out.print(String.format(Locale.ROOT, "\r\033[K[%d/%d] %s  %.1f s", done, total, current, seconds));
        out.flush();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        clear();
    }
}
