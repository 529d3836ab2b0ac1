package dev.flux.cli;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code flux init}: writes {@code flux.toml} (the H2 backend, a database file in {@code db/}) and the
 * migration folder {@code src/main/flux}. Never overwrites: with a {@code flux.toml} there it changes
 * nothing, says so and succeeds.
 */
@Command(name = "init", description = "Writes flux.toml (an H2 database in db/) and the migration folder"
        + " src/main/flux next to it, in the current folder or where -c points. Never overwrites a file.")
final class InitCommand extends Subcommand {
    static final String CONFIG = """
            # flux configuration: every key is described in docs/configuration.md of flux.
            [flux]
            backend = "h2"
            migration_directory = "src/main/flux"
            # java_packages = ["com.example.db"]   # where Java migrations live, once there is one

            [connection]
            # An H2 database file in db/ next to this file. For a real database, keep the password out of this
            # file: use ${env:NAME}, the FLUX_PASSWORD variable or flux --password-file.
            url = "jdbc:h2:file:./db/flux"
            user = "sa"
            """;

    @Override
    void run(Output output) {
        Path config = (root.config != null ? root.config : Path.of("flux.toml")).toAbsolutePath();
        if (Files.exists(config)) {
            output.warn(config + " already exists; flux init changed nothing (it never overwrites).");
            output.document(Json.object("command", "init", "created", List.of()));
            return;
        }
        Path base = config.getParent();
        Path migrations = base.resolve("src/main/flux");
        List<String> created = new ArrayList<>();
        try {
            Files.createDirectories(base);
            Files.writeString(config, CONFIG);
            created.add(config.toString());
            output.info("Created " + config);
            if (Files.isDirectory(migrations)) {
                output.info("Kept the existing migration folder " + base.relativize(migrations) + "/");
            } else {
                Files.createDirectories(migrations);
                created.add(migrations.toString());
                output.info("Created " + base.relativize(migrations) + "/");
            }
        } catch (IOException e) {
            throw new FluxException(ErrorCode.CONFIG, "could not write " + config + ": " + e.getMessage()
                    + "; check that the folder is writable.");
        }
        output.info("Next: flux new \"create users\", write the SQL, then flux migrate");
        output.document(Json.object("command", "init", "created", created));
    }
}
