package dev.flux.reliability;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Packs a class folder into a jar, for child JVMs that share class data (which takes jars only). */
final class ClassJar {
    private ClassJar() {
    }

    /** A jar with the content of {@code folder}, written to {@code target/reliability-jars/}. */
    static Path of(Path folder) {
        Path jars = Outputs.DIRECTORY.resolveSibling("reliability-jars");
        Path jar = jars.resolve(Math.abs(folder.toAbsolutePath().toString().hashCode()) + ".jar");
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            Files.createDirectories(jars);
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                for (Path f : files) {
                    String name = folder.relativize(f).toString().replace(File.separatorChar, '/');
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
