package dev.flux.tck;

import dev.flux.Flux;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/** A migration directory that tests write files into, and migrators of {@code backend} on it. */
public record MigrationFolder(Path path, String backend) {

    /** Writes {@code content} to {@code relative} in the folder (sub-folders created); returns this. */
    public MigrationFolder write(String relative, String content) {
        try {
            Path file = path.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A migrator on this folder with these backend options; close it after use. */
    public Flux flux(DataSource dataSource, Map<String, Object> options, Duration lockTimeout) {
        Flux.Builder builder = Flux.builder().backend(backend).migrationDirectory(path).dataSource(dataSource)
                .lockTimeout(lockTimeout);
        options.forEach(builder::backendOption);
        return builder.build();
    }

    /** A migrator on this folder with a 30 s lock timeout; close it after use. */
    public Flux flux(DataSource dataSource) {
        return flux(dataSource, Map.of(), Duration.ofSeconds(30));
    }
}
