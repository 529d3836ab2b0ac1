package dev.flux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged distribution ({@code flux-<version>.tar.gz}, from the system property {@code flux.distribution}),
 * unpacked with {@code tar} into a folder, and its {@code bin/flux} run as a separate process. Every output of
 * every run is kept, so a test can check that none of them shows a password.
 */
final class Distribution {
    private final Path home;
    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

    private Distribution(Path home) {
        this.home = home;
    }

    /** Unpacks the distribution into {@code folder}. */
    static Distribution unpack(Path folder) {
        String archive = System.getProperty("flux.distribution");
        assertThat(archive).as("system property flux.distribution (set by the pom: run mvn verify)").isNotNull();
        Run untar = exec(List.of("tar", "xzf", archive, "-C", folder.toString()), folder, Map.of());
        assertThat(untar.code()).as(untar.err()).isZero();
        return new Distribution(folder.resolve("flux-" + System.getProperty("flux.version")));
    }

    /** The unpacked {@code flux-<version>} folder. */
    Path home() {
        return home;
    }

    /** Runs {@code bin/flux args} in {@code folder} with no {@code FLUX_*} variable but those of {@code env}. */
    Run flux(Path folder, Map<String, String> env, String... args) {
        return run(home.resolve("bin/flux"), folder, env, args);
    }

    /** Runs {@code program args} (a copy or a link of {@code bin/flux}) like {@link #flux}. */
    Run run(Path program, Path folder, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(args));
        Map<String, String> withCache = new HashMap<>(Map.of("XDG_CACHE_HOME", cache().toString()));
        withCache.putAll(env);
        Run run = exec(command, folder, withCache);
        runs.add(run);
        return run;
    }

    /** The cache folder of the runs (XDG_CACHE_HOME), where bin/flux keeps its class-data archive. */
    Path cache() {
        return home.resolveSibling("cache");
    }

    /** Every run so far. */
    List<Run> runs() {
        return List.copyOf(runs);
    }

    private static Run exec(List<String> command, Path folder, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("FLUX_"));
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 180 s");
            }
            return new Run(String.join(" ", command), process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Moves every jar of {@code lib/} whose name starts with {@code jarPrefix} to {@code drivers/}. */
    void moveToDrivers(String jarPrefix) throws IOException {
        try (var jars = Files.list(home.resolve("lib"))) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith(jarPrefix)).toList()) {
                Files.move(jar, home.resolve("drivers").resolve(jar.getFileName()));
            }
        }
    }

    /** One run of the command: its exit code, stdout and stderr. */
    record Run(String command, int code, String out, String err) {
        /** Both outputs, for messages and for the password check. */
        String all() {
            return "$ " + command + "\n[exit " + code + "]\n[stdout]\n" + out + "[stderr]\n" + err;
        }
    }
}
