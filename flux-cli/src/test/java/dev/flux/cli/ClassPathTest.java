package dev.flux.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathTest {
    @TempDir
    Path folder;

    @Test
    void aFolderStarStandsForItsJarsAndTheOptionWinsOverTheVariable() throws IOException {
        Path jars = Files.createDirectories(folder.resolve("jars"));
        Files.writeString(jars.resolve("b.jar"), "");
        Files.writeString(jars.resolve("a.jar"), "");
        Files.writeString(jars.resolve("notes.txt"), "");
        Path classes = Files.createDirectories(folder.resolve("classes"));

        try (URLClassLoader loader = ClassPath.loader(classes + File.pathSeparator + jars + "/*",
                folder.resolve("ignored").toString(), getClass().getClassLoader())) {
            assertThat(loader.getURLs()).extracting(url -> Path.of(url.getPath()).getFileName().toString())
                    .containsExactly("classes", "a.jar", "b.jar");
        }
    }

    @Test
    void aMissingEntryIsAConfigErrorNamingItsOrigin() {
        Path missing = folder.resolve("missing");

        assertThatThrownBy(() -> ClassPath.loader(null, missing.toString(), getClass().getClassLoader()))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("FLUX_CLASSPATH: " + missing + " does not exist");
    }
}
