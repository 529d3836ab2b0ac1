package dev.flux.maven;

import dev.flux.Flux;
import dev.flux.RepairResult;
import dev.flux.text.Summary;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Deletes the history rows of failed migrations ({@code FLUX-FAILED}) after their half-done changes were
 * removed by hand, so they run again from their first statement.
 */
@Mojo(name = "repair", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RepairMojo extends DatabaseMojo {
    /**
     * Also re-record the checksum of applied migrations that changed ({@code FLUX-CHECKSUM}), accepting
     * their current content. Only for harmless edits such as a comment; each one is logged.
     */
    @Parameter(property = "flux.acceptChecksums", defaultValue = "false")
    private boolean acceptChecksums;

    @Inject
    public RepairMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Flux flux) {
        RepairResult result = flux.repair(acceptChecksums);
        result.removedFailedRows().forEach(id -> getLog().info("  removed the failed history row of " + id));
        result.acceptedChecksums().forEach(id -> getLog().warn("  re-recorded the checksum of " + id
                + ": its current content now counts as applied"));
        getLog().info(Summary.repaired(result, acceptChecksums));
    }

    @Override
    protected String goal() {
        return "repair";
    }
}
