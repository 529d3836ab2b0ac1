package dev.flux.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code docker} command line as the image tests drive it. The engine is whichever one the
 * environment names ({@code DOCKER_HOST}, the default socket otherwise).
 */
final class Docker {

    /** What one {@code docker} command printed and how it ended. */
    record Result(List<String> command, int exitCode, String out, String err) {

        /** Both streams, for assertions that a value shows nowhere. */
        String output() {
            return out + err;
        }

        /** The command, its exit code and both streams, for assertion messages. */
        String describe() {
            return String.join(" ", command) + "\nexit code " + exitCode + "\n--- stdout\n" + out
                    + "--- stderr\n" + err;
        }
    }

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    private final Path scratch;

    /** {@code scratch}: a folder for the output files of the commands. */
    Docker(Path scratch) {
        this.scratch = scratch;
    }

    /** Why no engine can be used, or empty when one answers. */
    Optional<String> unavailable() {
        Result info;
        try {
            info = run(CHECK_TIMEOUT, List.of("info", "--format", "{{.ServerVersion}}"));
        } catch (IOException e) {
            return Optional.of("no docker command: " + e.getMessage());
        }
        if (info.exitCode() != 0) {
            return Optional.of("no Docker engine answers (docker info: " + firstLine(info.output()) + ")");
        }
        return Optional.empty();
    }

    /** Whether the engine holds the image. */
    boolean hasImage(String image) throws IOException {
        return run(CHECK_TIMEOUT, List.of("image", "inspect", image)).exitCode() == 0;
    }

    /** {@code docker args...}, at most a few minutes. */
    Result docker(String... args) throws IOException {
        return run(RUN_TIMEOUT, List.of(args));
    }

    private Result run(Duration timeout, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(args);
        // Output goes to files: a full pipe cannot block the command, and nothing needs reader threads.
        Path out = Files.createTempFile(scratch, "docker", ".out");
        Path err = Files.createTempFile(scratch, "docker", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException(String.join(" ", command) + " did not end within " + timeout);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
