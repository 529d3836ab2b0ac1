package dev.flux.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.FluxConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where flux:new writes a migration. */
class NewMojoTest {
    @TempDir
    Path project;

    private FluxConfiguration config(String directory) throws Exception {
        return FluxConfiguration.read(Files.writeString(project.resolve("flux.toml"),
                "[flux]\nbackend = \"h2\"\nmigration_directory = \"" + directory + "\"\n"));
    }

    @Test
    void aDirectoryIsUsedAsItIs() throws Exception {
        assertThat(NewMojo.migrationFolder(config("src/main/flux")))
                .isEqualTo(project.toAbsolutePath().resolve("src/main/flux"));
    }

    @Test
    void aClassPathFolderIsWrittenUnderSrcMainResources() throws Exception {
        assertThat(NewMojo.migrationFolder(config("classpath:db/flux")))
                .isEqualTo(project.toAbsolutePath().resolve("src/main/resources/db/flux"));
    }
}
