package dev.flux.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A running {@link MigrateProcess}: its standard output and error are read as they come, every wait is
 * bounded, and when it has ended its output is handed to {@link Outputs} (which fails on a password).
 */
final class Child {
    private final String name;
    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;

    Child(String name, Process process) {
        this.name = name;
        this.process = process;
        this.outReader = reader(process.getInputStream(), out);
        this.errReader = reader(process.getErrorStream(), err);
    }

    long pid() {
        return process.pid();
    }

    /** Waits until standard output holds the line {@code line}; fails after {@code timeout} or if it ends first. */
    void awaitLine(String line, Duration timeout) throws InterruptedException {
        awaitLineStarting(line + "\n", timeout);
    }

    /** Waits until a line of standard output starts with {@code prefix}; fails after {@code timeout} or at its end. */
    void awaitLineStarting(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String line = prefix.strip();
        while (!hasLineStarting(prefix)) {
            if (!process.isAlive() && !outReader.isAlive() && !hasLineStarting(prefix)) {
                throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before printing '" + line
                        + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new AssertionError(name + " did not print '" + line + "' within " + timeout + ":\n" + output());
            }
            Thread.sleep(5);
        }
    }

    private boolean hasLineStarting(String prefix) {
        String text = out.toString();
        return text.startsWith(prefix) || text.contains("\n" + prefix);
    }

    /** Writes one line to its standard input. */
    void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Its exit code; kills it and fails when it has not ended within {@code timeout}. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError(name + " did not end within " + timeout + ":\n" + output());
        }
        drain();
        return process.exitValue();
    }

    /** SIGKILL on Linux; waits (bounded) until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " survived SIGKILL for 30 s");
        }
        drain();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String stdout() {
        return out.toString();
    }

    String stderr() {
        return err.toString();
    }

    String output() {
        return "--- stdout of " + name + "\n" + out + "--- stderr of " + name + "\n" + err;
    }

    private void drain() throws InterruptedException {
        outReader.join(10_000);
        errReader.join(10_000);
        Outputs.record(name, output());
    }

    private static Thread reader(InputStream stream, StringBuffer into) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    into.append(line).append('\n');
                }
            } catch (IOException e) {
                into.append("[reading failed: ").append(e.getMessage()).append("]\n");
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
