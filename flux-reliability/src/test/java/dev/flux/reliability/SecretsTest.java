package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue #8, part 5: after the other classes of the suite (see junit-platform.properties), scans everything
 * they saw flux print, log or throw (each child process's output, at TRACE, and every error message) and
 * this JVM's own TRACE log for the suite's passwords: zero hits. The Maven run with {@code -X} is scanned
 * by the {@code secrets-debug} case of {@code its}.
 */
@Order(Integer.MAX_VALUE)
class SecretsTest {
    private static final Path TRACE_LOG = Outputs.DIRECTORY.resolveSibling("in-process-trace.log");

    @Test
    void noOutputOfTheSuiteShowsAPassword() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(Outputs.DIRECTORY)) {
            try (Stream<Path> logs = Files.list(Outputs.DIRECTORY)) {
                files.addAll(logs.sorted().toList());
            }
        }
        Assumptions.assumeFalse(files.isEmpty(),
                "nothing to scan: run the whole suite (mvn verify -pl flux-reliability -am)");
        if (Files.isRegularFile(TRACE_LOG)) {
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
}
