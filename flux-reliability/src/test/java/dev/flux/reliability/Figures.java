package dev.flux.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The figures of a run (rounds, processes, kills, inputs, time), printed and kept in
 * {@code target/reliability-figures.txt}.
 */
final class Figures {
    private static final Path FILE = Path.of(System.getProperty("reliability.output", "target/reliability-output"))
            .resolveSibling("reliability-figures.txt");

    private Figures() {
    }

    static void record(String part, String figures, long startNanos) {
        long seconds = Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 100;
        note(part, figures + " in " + seconds / 10 + "." + seconds % 10 + " s");
    }

    /** Prints and keeps {@code part: figures}. */
    static void note(String part, String figures) {
        String line = part + ": " + figures;
        System.out.println("[reliability] " + line);
        try {
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
