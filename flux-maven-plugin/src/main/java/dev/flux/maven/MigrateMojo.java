package dev.flux.maven;

import dev.flux.Command;
import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.text.Summary;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Applies the pending migrations, all of them or up to {@code target}, with the pre-apply and post-apply
 * scripts around the batch. Validates first and changes nothing when a problem is found.
 */
@Mojo(name = "migrate", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class MigrateMojo extends DatabaseMojo {
    /** Apply only up to and including this version: {@code V5}, {@code 5}, {@code V2.1} or a full id. */
    @Parameter(property = "flux.target")
    private String target;

    /** Print every statement that would run, in order, and change nothing. */
    @Parameter(property = "flux.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Inject
    public MigrateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Flux flux) {
        Command command = target == null ? Command.migrate() : Command.migrateTo(target);
        if (dryRun) {
            DryRunLog.print(getLog(), flux.plan(command), "apply");
            return;
        }
        Result result = target == null ? flux.migrate() : flux.migrateTo(target);
        getLog().info(Summary.applied(result));
    }

    @Override
    protected String goal() {
        return "migrate";
    }
}
