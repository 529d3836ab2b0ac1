package dev.flux.internal.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.JavaMigration;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources at test time and packs classes into jars, for class path scanning tests. */
final class TestClasses {
    private TestClasses() {
    }

    /**
     * Compiles {@code sources} (path such as {@code com/example/A.java} to source text) into a new
     * {@code classes} folder under {@code work}; with {@code withFlux}, flux-engine's classes are on the
     * class path.
     */
    static Path compile(Path work, Map<String, String> sources, boolean withFlux) throws IOException {
        Path src = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none"));
        if (withFlux) {
            args.addAll(List.of("-classpath", fluxClasses().toString()));
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK with javac").isNotNull();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
        return classes;
    }

    /** Packs {@code classes} into {@code jarFile}, with directory entries as Maven's jar plugin writes. */
    static Path jar(Path classes, Path jarFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(jarFile);
             JarOutputStream jar = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean dir = Files.isDirectory(file);
                jar.putNextEntry(new JarEntry(dir ? name + "/" : name));
                if (!dir) {
                    jar.write(Files.readAllBytes(file));
                }
                jar.closeEntry();
            }
        }
        return jarFile;
    }

    private static Path fluxClasses() {
        try {
            return Path.of(JavaMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
