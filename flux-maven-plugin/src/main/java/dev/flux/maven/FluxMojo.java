package dev.flux.maven;

import dev.flux.FluxException;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every flux goal shares: where {@code flux.toml} is and the switch that skips the goal. A
 * {@link FluxException} (a problem the user can fix) fails the build with its message; anything else is a
 * bug in flux and reported as such.
 */
public abstract class FluxMojo extends AbstractMojo {
    /**
     * The flux configuration file, by default {@code flux.toml} in the project's folder (the
     * current folder when there is no pom). Relative paths in it resolve against its folder.
     */
    @Parameter(property = "flux.configFile", defaultValue = "${basedir}/flux.toml")
    protected File configFile;

    /** Skips the goal: it logs one line and does nothing else. */
    @Parameter(property = "flux.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("flux: skipped (flux.skip is set)");
            return;
        }
        try {
            run();
        } catch (FluxException e) {
            throw new MojoFailureException(e.getMessage() + hint(e));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("flux stopped on an unexpected error, which is a bug in flux; please"
                    + " report it with the output of mvn -e: " + e.getMessage(), e);
        }
    }

    /** The goal's work, unless skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Extra advice appended to the message of {@code e}, starting with a line break; empty by default. */
    protected String hint(FluxException e) {
        return "";
    }

    /** A user error found by the goal itself: a wrong or missing parameter. */
    static MojoFailureException badParameter(String message) {
        return new MojoFailureException("FLUX-CONFIG: " + message);
    }
}
