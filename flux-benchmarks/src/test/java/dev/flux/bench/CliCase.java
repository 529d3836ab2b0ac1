package dev.flux.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Case 5: start-up as a pipeline feels it. {@code bin/flux status} of the distribution next to
 * {@code mvn flux:status}, each a whole process, on a copy of the quickstart project (four applied
 * migrations, one of them Java, on an H2 file), alternating run by run. The first run of each is a warm-up;
 * the command line's first run also records its class-data archive. The command line is measured with that
 * archive and, as a third row, without it ({@code FLUX_CDS=off}). Needs the distribution built
 * ({@code flux-cli/target/flux-<version>.tar.gz}) and flux installed in the local repository.
 */
final class CliCase {
    private CliCase() {
    }

    static void run(Report report, int repetitions) throws Exception {
        Path work = Files.createTempDirectory("flux-bench-cli");
        Path project = work.resolve("quickstart");
        copy(Path.of(System.getProperty("flux.quickstart")), project);
        exec(work, Map.of(), "tar", "xzf", System.getProperty("flux.distribution"), "-C", work.toString());
        Path flux;
        try (var found = Files.list(work)) {
            flux = found.filter(p -> p.getFileName().toString().startsWith("flux-")).findFirst().orElseThrow()
                    .resolve("bin/flux");
        }
        Map<String, String> cache = Map.of("XDG_CACHE_HOME", work.resolve("cache").toString(), "CI", "false");
        String name = "status of the quickstart (4 applied migrations, H2 file), whole process";
        Measurement cli = new Measurement(name, "flux status (command line)");
        Measurement maven = new Measurement(name, "mvn flux:status");
        Measurement noCds = new Measurement(name, "flux status, FLUX_CDS=off");
        System.out.println("== " + name);
        exec(project, Map.of(), mvn("-o", "compile", "flux:migrate"));
        String[] status = {flux.toString(), "status", "--classpath", "target/classes"};
        for (int rep = 0; rep < 1 + repetitions; rep++) {
            double c = exec(project, cache, status);
            double m = exec(project, Map.of(), mvn("-o", "flux:status"));
            double n = exec(project, Map.of("FLUX_CDS", "off"), status);
            if (rep > 0) {
                cli.add(c);
                maven.add(m);
                noCds.add(n);
            }
        }
        report.add(cli);
        report.add(maven);
        report.add(noCds);
        System.out.printf("   command line median %.0f ms, mvn flux:status median %.0f ms%n", cli.median(),
                maven.median());
        Benchmarks.delete(work);
    }

    private static String[] mvn(String... goals) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q"));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(goals));
        return command.toArray(String[]::new);
    }

    private static double exec(Path folder, Map<String, String> env, String... command) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(new File("/dev/null"));
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + folder + "; build the"
                    + " distribution and install flux first: mvn -B install -DskipTests");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path source : files.filter(p -> !p.toString().contains("/target")).toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }
}
