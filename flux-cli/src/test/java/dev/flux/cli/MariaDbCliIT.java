package dev.flux.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The command line's whole scenario on the local MariaDB, in a fresh database: {@code flux.toml} names no
 * backend and no URL, so the backend comes from {@code FLUX_URL}; the password comes from
 * {@code FLUX_PASSWORD}, and the server checks it.
 */
class MariaDbCliIT extends CliScenario {
    private MariaDbDatabase database;

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = MariaDbDatabase.fresh();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.drop();
    }

    @Override
    List<String> options() {
        return List.of();
    }

    @Override
    Map<String, String> env() {
        return Map.of("FLUX_URL", database.url(), "FLUX_PASSWORD", PASSWORD);
    }

    @Override
    void prepare(Path project) throws IOException {
        Files.writeString(project.resolve("flux.toml"), "[flux]\nmigration_directory = \"src/main/flux\"\n");
    }
}
