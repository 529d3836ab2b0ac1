package dev.flux.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.JavaMigration;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectClassLoaderTest {
    @TempDir
    Path classes;

    @Test
    void findsTheProjectsFilesAndTakesFluxFromThePlugin() throws Exception {
        Files.createDirectories(classes.resolve("com/acme/db"));
        Files.writeString(classes.resolve("com/acme/db/marker.txt"), "project");

        try (URLClassLoader loader = ProjectClassLoader.create(List.of(classes.toString()),
                ProjectClassLoaderTest.class.getClassLoader())) {
            assertThat(loader.getResource("com/acme/db/marker.txt")).isNotNull();
            assertThat(loader.loadClass(JavaMigration.class.getName())).isSameAs(JavaMigration.class);
        }
    }
}
