package dev.flux.maven;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.text.Summary;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A goal that works on a database. Java migrations and JDBC drivers load from the project's runtime class
 * path through a class loader of their own, whose parent is the plugin's (where the backends are).
 * Connection settings, highest first: these parameters, then {@code -Dflux.*}, {@code FLUX_*},
 * {@code serverId}, and {@code [connection]} in {@code flux.toml}.
 */
public abstract class DatabaseMojo extends FluxMojo {
    /** The JDBC URL; overrides {@code [connection] url}. */
    @Parameter(property = "flux.url")
    protected String url;

    /** The database user; overrides {@code [connection] user}. Cannot be combined with {@code serverId}. */
    @Parameter(property = "flux.user")
    protected String user;

    /**
     * The database password. Prefer {@code serverId}, the environment variable {@code FLUX_PASSWORD} or
     * {@code ${env:NAME}} in {@code flux.toml}: Maven prints mojo parameters at {@code -X}. Cannot be
     * combined with {@code serverId}.
     */
    @Parameter(property = "flux.password")
    protected String password;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose username and password (decrypted) are the
     * database credentials. Giving {@code user} or {@code password} as well is an error.
     */
    @Parameter(property = "flux.serverId")
    protected String serverId;

    /** The project whose runtime class path holds the Java migrations and JDBC drivers. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Where {@code serverId} is looked up. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    private final SettingsDecrypter decrypter;

    protected DatabaseMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** The goal's work with an open {@link Flux}; it is closed afterwards. */
    protected abstract void run(Flux flux) throws MojoFailureException;

    @Override
    protected final void run() throws MojoExecutionException, MojoFailureException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = ProjectClassLoader.create(runtimeClasspath(), getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            try (Flux flux = builder(loader).build()) {
                getLog().info(Summary.database(flux));
                run(flux);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("could not close the project class loader: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Whether the goal ignores every connection setting and works without a database; only
     * {@code flux:verify} can ({@code -Dflux.offline}).
     */
    protected boolean offline() {
        return false;
    }

    private Flux.Builder builder(ClassLoader loader) throws MojoFailureException {
        if (offline()) {
            return Flux.builder().config(configFile.toPath()).withoutConnectionSettings().classLoader(loader)
                    .listener(new ProgressLog(getLog()));
        }
        Flux.Builder builder = Flux.builder()
                .config(configFile.toPath())
                .url(explicit(url, "flux.url"))
                .user(explicit(user, "flux.user"))
                .password(explicit(password, "flux.password"))
                .classLoader(loader)
                .listener(new ProgressLog(getLog()));
        if (serverId != null && !serverId.isBlank()) {
            ServerCredentials credentials = ServerCredentials.of(serverId, settings, decrypter);
            builder.serverCredentials(credentials.user(), credentials.password());
        }
        return builder;
    }

    /**
     * A parameter's value, unless it merely repeats the system property of the same name: flux reads
     * {@code -Dflux.*} itself, one level lower, so only values from the pom count as explicit.
     */
    private static String explicit(String value, String property) {
        return value == null || value.equals(System.getProperty(property)) ? null : value;
    }

    private List<String> runtimeClasspath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's runtime class path is not resolved: " + e.getMessage(), e);
        }
    }

    @Override
    protected String hint(FluxException e) {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (e.code() == ErrorCode.JAVA && !Files.isDirectory(classes)) {
            return "\nJava migrations load from the project's compiled classes, and " + classes + " does not exist"
                    + " yet: compile first, for example mvn compile flux:" + goal() + ".";
        }
        if (e.code() == ErrorCode.CONNECT && e.getMessage().contains("no database configured")) {
            return "\nWith Maven: set url under [connection] in " + configFile.getName() + ", <url> in the plugin's"
                    + " <configuration>, or the environment variable FLUX_URL.";
        }
        return "";
    }

    /** The goal's name, for advice in messages. */
    protected abstract String goal();
}
