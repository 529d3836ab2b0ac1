package dev.flux.maven;

import dev.flux.Flux;
import dev.flux.text.Summary;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Validates the migrations and fails the build on any problem, listing all of them. With a
 * database configured it also checks them against the history (edited, missing, failed migrations);
 * without one it runs offline: names, versions, undo files, directives, Java migrations, and splitting
 * every script, so an unterminated string is caught before any database is touched. {@code -Dflux.offline}
 * runs the offline checks even when a database is configured, for builds that cannot reach it.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class VerifyMojo extends DatabaseMojo {
    @Inject
    public VerifyMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /**
     * Checks the files only, without connecting, even when a database is configured: for a bound
     * {@code flux:verify} in builds (a teammate's machine, a CI job) that have no database.
     */
    @Parameter(property = "flux.offline", defaultValue = "false")
    private boolean offline;

    @Override
    protected boolean offline() {
        return offline;
    }

    @Override
    protected void run(Flux flux) {
        flux.validate();
        if (Summary.isOffline(flux)) {
            getLog().info("Verified the migrations offline: no problems. " + (offline
                    ? "Run without -Dflux.offline to check them against the database's history too."
                    : "Configure a database to check them against its history too."));
        } else {
            int count = flux.status().migrations().size();
            getLog().info("Verified " + Summary.migrations(count) + " against the history: no problems");
        }
    }

    @Override
    protected String goal() {
        return "verify";
    }
}
