package dev.flux.maven;

import dev.flux.Command;
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
 * Undoes migrations with their undo scripts, newest first: the {@code count} latest, or every one after
 * {@code target}. One of the two is required; there is no "undo everything" default. Refused before
 * anything runs when a migration in the range has no undo.
 */
@Mojo(name = "rollback", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RollbackMojo extends DatabaseMojo {
    /** How many of the latest applied migrations to undo. */
    @Parameter(property = "flux.count")
    private Integer count;

    /** Undo every migration after this version ({@code V3}, {@code 3}, a full id), which stays; {@code 0} empties. */
    @Parameter(property = "flux.target")
    private String target;

    /** Print every statement that would run, in order, and change nothing. */
    @Parameter(property = "flux.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Inject
    public RollbackMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Flux flux) throws MojoFailureException {
        Command command = command();
        if (dryRun) {
            DryRunLog.print(getLog(), flux.plan(command), "undo");
            return;
        }
        Result result = count != null ? flux.rollback(count) : flux.rollbackTo(target);
        getLog().info(Summary.undone(result));
    }

    private Command command() throws MojoFailureException {
        if (count == null && target == null) {
            throw badParameter("flux:rollback needs -Dflux.count=N (undo the N latest migrations) or"
                    + " -Dflux.target=V3 (undo every migration after V3); it never undoes everything by default."
                    + " Use -Dflux.target=0 to undo all migrations.");
        }
        if (count != null && target != null) {
            throw badParameter("flux:rollback got both count (" + count + ") and target (" + target + "); give"
                    + " only one of -Dflux.count and -Dflux.target.");
        }
        if (count != null && count < 1) {
            throw badParameter("flux.count must be 1 or more, found " + count + ".");
        }
        return count != null ? Command.rollback(count) : Command.rollbackTo(target);
    }

    @Override
    protected String goal() {
        return "rollback";
    }
}
