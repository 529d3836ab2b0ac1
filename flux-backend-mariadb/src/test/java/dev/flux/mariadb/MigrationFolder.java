package dev.flux.mariadb;

import dev.flux.Flux;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/** A migration directory that tests write files into, and MariaDB migrators on it. */
record MigrationFolder(Path path) {

    MigrationFolder write(String relative, String content) {
        try {
            Path file = path.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A MariaDB migrator on this folder; close it after use. */
    Flux flux(DataSource dataSource, Map<String, Object> options, Duration lockTimeout) {
        Flux.Builder builder = Flux.builder().backend("mariadb").migrationDirectory(path).dataSource(dataSource)
                .lockTimeout(lockTimeout);
        options.forEach(builder::backendOption);
        return builder.build();
    }

    Flux flux(DataSource dataSource) {
        return flux(dataSource, Map.of(), Duration.ofSeconds(30));
    }
}
