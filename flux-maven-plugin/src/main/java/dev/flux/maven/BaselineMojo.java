package dev.flux.maven;

import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.text.Summary;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Takes over a database whose schema was made without flux: records every migration up to and including
 * {@code version} as {@code BASELINE} without running it; later ones stay pending for {@code flux:migrate}.
 * Refused when flux's history already has rows. Baselined migrations are never undone.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class BaselineMojo extends DatabaseMojo {
    /** The version the database's schema is already at ({@code V5}, {@code 5}, a full id). Required. */
    @Parameter(property = "flux.version")
    private String version;

    @Inject
    public BaselineMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Flux flux) throws MojoFailureException {
        if (version == null || version.isBlank()) {
            throw badParameter("flux:baseline needs -Dflux.version=V<n>: the version of the latest migration"
                    + " whose changes the database already has. Every migration up to it is recorded as"
                    + " baselined, without running it.");
        }
        Result result = flux.baseline(version);
        result.migrations().forEach(id -> getLog().info("  baselined " + id));
        getLog().info("Baselined " + Summary.migrations(result.migrations().size()) + "; database at "
                + Summary.version(result.version()) + ". Run flux:migrate for the later ones.");
    }

    @Override
    protected String goal() {
        return "baseline";
    }
}
