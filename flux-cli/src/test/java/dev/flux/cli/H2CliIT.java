package dev.flux.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The command line's whole scenario on the H2 database file that {@code flux init} configures. */
class H2CliIT extends CliScenario {
    @Override
    List<String> options() {
        return List.of("--password-file", folder.resolve("password.txt").toString());
    }

    @Override
    Map<String, String> env() {
        return Map.of();
    }

    @Override
    void prepare(Path project) throws IOException {
        Files.writeString(folder.resolve("password.txt"), PASSWORD + "\n");
    }
}
