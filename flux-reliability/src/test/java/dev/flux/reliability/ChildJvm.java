package dev.flux.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts {@link MigrateProcess} in a JVM of its own: the test JVM's {@code java}, the test class path
 * without the test frameworks and the Oracle driver (faster start), a small heap, the C1 compiler only and
 * class data sharing, from an archive of the classes a migrator loads. The child logs through
 * slf4j-simple at TRACE, so its output shows whatever flux
 * logs at any level.
 */
final class ChildJvm {
    private static final Pattern NOT_NEEDED = Pattern.compile(
            "ojdbc|jqwik|junit|opentest4j|apiguardian|assertj|surefire|byte-buddy|testcontainers");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CLASS_PATH = classPath();
    private static final List<String> CLASS_DATA = classData();

    private ChildJvm() {
    }

    /** Starts {@code MigrateProcess <args>}; {@code environment} is added to this JVM's environment. */
    static Child start(String name, Map<String, String> environment, String... args) {
        List<String> command = command(CLASS_DATA);
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        try {
            return new Child(name, builder.start());
        } catch (IOException e) {
            throw new AssertionError("cannot start " + command, e);
        }
    }

    private static List<String> command(List<String> classData) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData"));
        command.addAll(classData);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-cp", CLASS_PATH,
                MigrateProcess.class.getName()));
        return command;
    }

    /**
     * The options that make children start from an archive of the classes a migrator loads (JDK 13+
     * dynamic class data sharing), written once per run by a warm-up child; none if that fails.
     */
    private static List<String> classData() {
        Path archive = Outputs.DIRECTORY.resolveSibling("reliability-classes.jsa");
        try {
            Path folder = Outputs.DIRECTORY.resolveSibling("reliability-warm-up");
            List<String> command = command(List.of("-XX:ArchiveClassesAtExit=" + archive));
            command.addAll(List.of("warm-up", folder.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(archive)) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            p.destroyForcibly();
        } catch (IOException e) {
            // start without the archive: slower, not different
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    /**
     * The test class path without what a migrator does not need; class folders are packed into jars under
     * {@code target/}, because class data sharing accepts jars only.
     */
    private static String classPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : all.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (NOT_NEEDED.matcher(path.getFileName().toString()).find()) {
                continue;
            }
            entries.add(Files.isDirectory(path) ? ClassJar.of(path).toString() : entry);
        }
        return String.join(File.pathSeparator, entries);
    }
}
