package dev.flux.cli;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class loader of {@code --classpath} (else {@code FLUX_CLASSPATH}): folders and jars separated by the
 * platform's path separator, {@code dir/*} standing for every jar in {@code dir}. Parent-first over flux's own
 * loader, so flux's API and backends are the distribution's.
 */
final class ClassPath {
    private ClassPath() {
    }

    static URLClassLoader loader(String option, String variable, ClassLoader parent) {
        String paths = option != null ? option : variable;
        String origin = option != null ? "--classpath" : "FLUX_CLASSPATH";
        List<URL> urls = new ArrayList<>();
        for (String entry : paths == null ? new String[0] : paths.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.addAll(urls(entry.strip(), origin));
            }
        }
        return new URLClassLoader("flux-classpath", urls.toArray(URL[]::new), parent);
    }

    private static List<URL> urls(String entry, String origin) {
        boolean everyJar = entry.endsWith("/*") || entry.endsWith(File.separator + "*");
        Path path = Path.of(everyJar ? entry.substring(0, entry.length() - 2) : entry).toAbsolutePath();
        if (!Files.exists(path)) {
            throw new FluxException(ErrorCode.CONFIG, origin + ": " + path + " does not exist; give existing"
                    + " folders and jars separated by '" + File.pathSeparator + "'.");
        }
        try {
            if (!everyJar) {
                return List.of(path.toUri().toURL());
            }
            try (Stream<Path> files = Files.list(path)) {
                List<URL> jars = new ArrayList<>();
                for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
                return jars;
            }
        } catch (MalformedURLException e) {
            throw new FluxException(ErrorCode.CONFIG, origin + ": " + path + " is not a valid path.");
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, origin + ": cannot list " + path + " (" + e.getMessage() + ").");
        }
    }
}
