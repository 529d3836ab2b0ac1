package dev.flux.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Everything the suite sees flux print or throw: each child process's output and each error message
 * goes through {@link #record}, which fails on a password at once and appends the text to a file under
 * {@code target/reliability-output} (emptied when this JVM first records), where {@code SecretsTest} scans
 * all of it again at the end.
 */
final class Outputs {
    static final Path DIRECTORY = Path.of(System.getProperty("reliability.output", "target/reliability-output"));
    private static final AtomicLong RECORDS = new AtomicLong();
    private static final Set<Path> WRITTEN = ConcurrentHashMap.newKeySet();

    static {
        try (var old = Files.exists(DIRECTORY) ? Files.list(DIRECTORY) : Stream.<Path>empty()) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outputs() {
    }

    /** Checks {@code text} for passwords and keeps it in {@code <directory>/<group>.log}. */
    static void record(String name, String text) {
        Secrets.assertAbsent(text, name);
        String group = name.replaceAll("[^A-Za-z0-9-]+.*", "");
        Path file = DIRECTORY.resolve((group.isEmpty() ? "misc" : group) + ".log");
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, "=== " + name + "\n" + text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WRITTEN.add(file);
        RECORDS.incrementAndGet();
    }

    /** The files this JVM has written, in name order. */
    static List<Path> files() {
        return WRITTEN.stream().sorted().toList();
    }

    /** How many outputs were recorded by this JVM so far. */
    static long records() {
        return RECORDS.get();
    }
}
