package dev.flux.maven;

import dev.flux.Flux;
import dev.flux.FlywayImport;
import dev.flux.ImportResult;
import dev.flux.text.Summary;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Takes over a database that Flyway manages: every version Flyway applied, as its history table says, is
 * recorded as applied in flux's history. SQL files edited after Flyway applied them, versions without a
 * flux migration and failed Flyway rows stop it before anything is recorded. Flyway's table is only read.
 */
@Mojo(name = "import-flyway", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ImportFlywayMojo extends DatabaseMojo {
    /** Flyway's history table, optionally {@code schema.table}; found in any letter case. */
    @Parameter(property = "flux.flywayTable", defaultValue = FlywayImport.DEFAULT_TABLE)
    private String flywayTable;

    /** Import SQL migrations whose file changed since Flyway applied it, recording their current content. */
    @Parameter(property = "flux.acceptChecksums", defaultValue = "false")
    private boolean acceptChecksums;

    @Inject
    public ImportFlywayMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Flux flux) {
        ImportResult result = flux.importFlyway(new FlywayImport(flywayTable, acceptChecksums));
        result.imported().forEach(id -> getLog().info("  imported " + id));
        result.baselined().forEach(id -> getLog().info("  baselined " + id + " (below Flyway's baseline)"));
        result.acceptedChecksums().forEach(id -> getLog().warn("  accepted the edited file of " + id
                + ": its current content now counts as applied"));
        if (!result.repeatables().isEmpty()) {
            getLog().warn("Flyway's repeatable migrations are not recorded by flux: " + String.join(", ",
                    result.repeatables()) + ". Move them to post-apply/ (flux:convert-flyway does), where they"
                    + " run after every migrate.");
        }
        getLog().info("Imported " + Summary.migrations(result.imported().size() + result.baselined().size())
                + " from Flyway's " + flywayTable + "; database at " + Summary.version(result.version())
                + ". Flyway's table was left as it was.");
    }

    @Override
    protected String goal() {
        return "import-flyway";
    }
}
