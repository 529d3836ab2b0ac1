package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue #8, part 5: after the other classes of the suite (see junit-platform.properties), scans everything
 * they saw flux print, log or throw in this run (each child process's output, at TRACE, and every error
 * message, as {@link Outputs} recorded them) and this JVM's own TRACE log for the suite's passwords: zero
 * hits. Files of earlier runs are never scanned, and a run that recorded nothing fails: there would be
 * nothing to show. The Maven run with {@code -X} is scanned by the {@code secrets-debug} case of {@code its}.
 */
@Order(Integer.MAX_VALUE)
class SecretsTest {
    private static final Path TRACE_LOG = Outputs.DIRECTORY.resolveSibling("in-process-trace.log");

    @Test
    void noOutputOfTheSuiteShowsAPassword() throws IOException {
        List<Path> files = new ArrayList<>(Outputs.files());
        assertThat(Outputs.records()).as("outputs recorded in this run; SecretsTest scans what the other classes"
                + " of the suite recorded, so run it with them (mvn verify -pl flux-reliability -am)").isPositive();
        assertThat(files).as("files of this run's outputs").isNotEmpty();
        if (writtenByThisJvm(TRACE_LOG)) {
            files.add(TRACE_LOG);
        }
        long characters = 0;
        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            characters += text.length();
            if (Secrets.hits(text) > 0) {
                leaks.add(file.getFileName() + ": " + Secrets.hits(text));
            }
        }
        assertThat(leaks).as("files showing a password").isEmpty();
        Figures.record("secrets", files.size() + " output files, " + characters + " characters scanned for "
                + Secrets.ALL.size() + " passwords: 0 hits", System.nanoTime());
    }

    /** Whether {@code file} exists and was written since this JVM started, so it is not left from a run before. */
    private static boolean writtenByThisJvm(Path file) throws IOException {
        return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis()
                >= ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
