package dev.flux.junit.internal;

import dev.flux.h2.H2BackendProvider;
import dev.flux.spi.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Projects with generated chains of migrations, and the H2 test server, for tests of the engine side. */
final class Chains {
    private Chains() {
    }

    /** {@code count} migrations, each creating a table with an index and a row, each with its undo. */
    static Path project(Path dir, int count) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        for (int i = 1; i <= count; i++) {
            Files.writeString(migrations.resolve("V" + i + "__t" + i + ".sql"), "CREATE TABLE t" + i
                    + " (id INT PRIMARY KEY, name VARCHAR(20));\nCREATE INDEX i" + i + " ON t" + i + " (name);\n"
                    + "INSERT INTO t" + i + " VALUES (" + i + ", 'row " + i + "');\n");
            Files.writeString(migrations.resolve("V" + i + "__t" + i + ".undo.sql"), "DROP TABLE t" + i + ";\n");
        }
        return Files.writeString(dir.resolve("flux.toml"), "[flux]\nbackend = \"h2\"\nmigration_directory = \"migrations\"\n");
    }

    static Settings settings(Path config, boolean copies) {
        return Settings.of(config, true, name -> name.equals("flux.test.copies") ? Optional.of(String.valueOf(copies))
                : Optional.empty());
    }

    static Settings settings(Path config, boolean copies, int pool) {
        return Settings.of(config, true, name -> switch (name) {
            case "flux.test.copies" -> Optional.of(String.valueOf(copies));
            case "flux.test.pool" -> Optional.of(String.valueOf(pool));
            default -> Optional.empty();
        });
    }

    static TestServer h2() {
        return new H2BackendProvider().testDatabases().orElseThrow().localServer().orElseThrow();
    }
}
