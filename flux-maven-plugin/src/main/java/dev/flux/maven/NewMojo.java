package dev.flux.maven;

import dev.flux.FluxConfiguration;
import dev.flux.text.NewMigration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a migration named after today's date: {@code -Dflux.name="add users"} writes
 * {@code V<yyyyMMdd>_<nnn>__add_users.sql} and its {@code .undo.sql} ({@code nnn} is the next free index
 * of the day); {@code -Dflux.java} writes a Java migration class instead, in the first package of
 * {@code java_packages}; {@code -Dflux.pre} / {@code -Dflux.post} write a repeatable script in
 * {@code pre-apply/} or {@code post-apply/}.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends FluxMojo {
    /** What the migration does, such as {@code "add users"}; it becomes part of the file or class name. */
    @Parameter(property = "flux.name")
    private String name;

    /** Create a Java migration class (in the first package of {@code java_packages}) instead of SQL files. */
    @Parameter(property = "flux.java", defaultValue = "false")
    private boolean java;

    /** Create a repeatable script in {@code pre-apply/}, run before every batch (to drop views, say). */
    @Parameter(property = "flux.pre", defaultValue = "false")
    private boolean pre;

    /** Create a repeatable script in {@code post-apply/}, run after every batch (to recreate views, say). */
    @Parameter(property = "flux.post", defaultValue = "false")
    private boolean post;

    /** Where Java migration classes go. */
    @Parameter(defaultValue = "${project.build.sourceDirectory}", readonly = true)
    private File sourceDirectory;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (name == null || name.isBlank()) {
            throw badParameter("flux:new needs a name, for example mvn flux:new -Dflux.name=\"add users\"");
        }
        if ((java ? 1 : 0) + (pre ? 1 : 0) + (post ? 1 : 0) > 1) {
            throw badParameter("give at most one of -Dflux.java, -Dflux.pre and -Dflux.post");
        }
        FluxConfiguration config = FluxConfiguration.read(configFile.toPath(),
                name -> unsetKept(System.getenv(name), "env:" + name),
                name -> unsetKept(System.getProperty(name), "sys:" + name));
        NewMigration files = new NewMigration(migrationFolder(config), javaSources(config.directory()),
                config.javaPackages(), LocalDate.now());
        List<Path> created;
        try {
            if (java) {
                created = List.of(files.java(name, firstPackage(config)));
            } else if (pre || post) {
                created = List.of(files.repeatable(pre ? "pre-apply" : "post-apply", name));
            } else {
                created = files.sql(name);
            }
        } catch (IllegalArgumentException e) {
            throw badParameter(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("could not create the migration: " + e.getMessage(), e);
        }
        Path base = configFile.toPath().toAbsolutePath().getParent();
        created.forEach(path -> getLog().info("Created " + base.relativize(path.toAbsolutePath())));
    }

    /**
     * The migration directory; for {@code classpath:db/flux}, {@code src/main/resources/db/flux} next to
     * {@code flux.toml}, where a Maven project keeps what ends up on its class path.
     */
    static Path migrationFolder(FluxConfiguration config) {
        if (config.migrationDirectory() != null) {
            return config.migrationDirectory();
        }
        String folder = config.migrationLocation().substring("classpath:".length());
        return config.directory().resolve("src/main/resources").resolve(folder);
    }

    /** The project's Java sources; {@code src/main/java} next to {@code flux.toml} when there is no pom. */
    private Path javaSources(Path configDirectory) {
        if (sourceDirectory == null || sourceDirectory.getPath().contains("${")) {
            return configDirectory.resolve("src/main/java");
        }
        return configDirectory.resolve(sourceDirectory.toPath());
    }

    private String firstPackage(FluxConfiguration config) throws MojoFailureException {
        if (config.javaPackages().isEmpty()) {
            throw badParameter(configFile + " lists no java_packages, so flux does not know where Java migrations"
                    + " live; add java_packages = [\"com.example.db\"] under [flux], then run flux:new again.");
        }
        return config.javaPackages().get(0);
    }

    /**
     * flux:new needs only the migration folder and the Java packages, so an unset {@code ${env:...}} (a
     * password kept in CI, say) must not stop it: the placeholder stays as written.
     */
    private static String unsetKept(String value, String placeholder) {
        return value != null ? value : "${" + placeholder + "}";
    }
}
