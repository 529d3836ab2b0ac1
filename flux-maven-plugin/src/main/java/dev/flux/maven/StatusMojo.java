package dev.flux.maven;

import dev.flux.Flux;
import dev.flux.Status;
import dev.flux.text.StatusTable;
import java.time.ZoneId;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Shows every migration as a table: Version, Description, State ({@code APPLIED}, {@code BASELINE},
 * {@code PENDING}, {@code CHANGED}, {@code MISSING}, {@code FAILED}) and when it was applied. Changes
 * nothing and does not fail on problems; {@code flux:verify} does.
 */
@Mojo(name = "status", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class StatusMojo extends DatabaseMojo {
    @Inject
    public StatusMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Flux flux) {
        Status status = flux.status();
        new StatusTable(ZoneId.systemDefault()).lines(status).forEach(getLog()::info);
        getLog().info(StatusTable.summary(status));
        if (StatusTable.needsAttention(status)) {
            getLog().warn("Some migrations changed, are missing, failed or are invalid; run mvn flux:verify for"
                    + " what is wrong and how to fix it.");
        }
    }

    @Override
    protected String goal() {
        return "status";
    }
}
