package dev.flux.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts flux in a project: writes {@code flux.toml} (the H2 backend, with a database file under
 * {@code target/}) and creates the migration folder {@code src/main/flux}. It never overwrites: when
 * {@code flux.toml} exists it changes nothing, says so and succeeds, so running it twice is harmless.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends FluxMojo {
    // Lines, not a text block: the plugin descriptor's source parser does not read text blocks.
    static final String CONFIG = String.join("\n",
            "# flux configuration: every key is described in docs/configuration.md of flux.",
            "[flux]",
            "backend = \"h2\"",
            "migration_directory = \"src/main/flux\"",
            "# java_packages = [\"com.example.db\"]   # where Java migrations live, once there is one",
            "",
            "[connection]",
            "# An H2 database file under target/, so mvn clean starts over; AUTO_SERVER lets another process",
            "# (the database console of an IDE, a second terminal) open it at the same time. For a real database,",
            "# keep the password out of this file: use ${env:NAME}, the FLUX_PASSWORD variable or a Maven",
            "# serverId.",
            "url = \"jdbc:h2:file:./target/flux/db;AUTO_SERVER=TRUE\"",
            "user = \"sa\"",
            "");

    /** The project's pom; null when Maven runs the goal in a folder without one. */
    @Parameter(defaultValue = "${project.file}", readonly = true)
    private File pom;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected void run() throws MojoExecutionException {
        Path config = configFile.toPath().toAbsolutePath();
        if (Files.exists(config)) {
            getLog().warn(config + " already exists; flux:init changed nothing (it never overwrites).");
            return;
        }
        Path base = config.getParent();
        Path migrations = base.resolve("src/main/flux");
        try {
            Files.createDirectories(base);
            Files.writeString(config, CONFIG);
            getLog().info("Created " + config);
            if (Files.isDirectory(migrations)) {
                getLog().info("Kept the existing migration folder " + base.relativize(migrations) + "/");
            } else {
                Files.createDirectories(migrations);
                getLog().info("Created " + base.relativize(migrations) + "/");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("could not write " + config + ": " + e.getMessage(), e);
        }
        getLog().info(nextStep(pom != null && pom.isFile(), pluginVersion));
    }

    /**
     * What to run next. Without a pom, Maven knows the short prefix {@code flux:} only through a plugin
     * group in the user's settings, so the hint gives the full coordinates and how to get the short form.
     */
    static String nextStep(boolean hasPom, String version) {
        if (hasPom) {
            return "Next: mvn flux:new -Dflux.name=\"create users\", write the SQL, then mvn flux:migrate";
        }
        String goal = "mvn dev.flux:flux-maven-plugin:" + version + ":";
        return "Next: " + goal + "new -Dflux.name=\"create users\", write the SQL, then " + goal + "migrate."
                + " There is no pom.xml here, so Maven does not know the short form mvn flux:...; it does once a"
                + " pom.xml declares the plugin dev.flux:flux-maven-plugin, or once ~/.m2/settings.xml lists"
                + " <pluginGroup>dev.flux</pluginGroup>.";
    }
}
