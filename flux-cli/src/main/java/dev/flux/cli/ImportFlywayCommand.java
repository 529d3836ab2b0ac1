package dev.flux.cli;

import dev.flux.Flux;
import dev.flux.FlywayImport;
import dev.flux.ImportResult;
import dev.flux.text.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flux import-flyway}: takes over Flyway's history, checking each file against Flyway's checksum. */
@Command(name = "import-flyway", description = "Takes over a database that Flyway manages: records every version"
        + " Flyway applied as applied in flux's history, after checking each SQL file against the checksum"
        + " Flyway recorded. Flyway's table is only read.")
final class ImportFlywayCommand extends DatabaseCommand {
    @Option(names = "--flyway-table", paramLabel = "TABLE", description = "Flyway's history table, optionally"
            + " schema.table (default: ${DEFAULT-VALUE})", defaultValue = FlywayImport.DEFAULT_TABLE)
    String flywayTable;

    @Option(names = "--accept-checksums", description = "import SQL files edited since Flyway applied them,"
            + " recording their current content")
    boolean acceptChecksums;

    @Override
    void run(Flux flux, Output output, StepLog steps) {
        ImportResult result = flux.importFlyway(new FlywayImport(flywayTable, acceptChecksums));
        result.imported().forEach(id -> output.info("  imported " + id));
        result.baselined().forEach(id -> output.info("  baselined " + id + " (below Flyway's baseline)"));
        result.acceptedChecksums().forEach(id -> output.warn("accepted the edited file of " + id
                + ": its current content now counts as applied"));
        if (!result.repeatables().isEmpty()) {
            output.warn("Flyway's repeatable migrations are not recorded by flux: " + String.join(", ",
                    result.repeatables()) + ". Move them to post-apply/ (flux convert-flyway does), where they"
                    + " run after every migrate.");
        }
        output.result("Imported " + Summary.migrations(result.imported().size() + result.baselined().size())
                + " from Flyway's " + flywayTable + "; database at " + Summary.version(result.version())
                + ". Flyway's table was left as it was.");
        output.document(Json.object("command", "import-flyway", "imported", result.imported(), "baselined",
                result.baselined(), "acceptedChecksums", result.acceptedChecksums(), "repeatables",
                result.repeatables(), "version", result.version().toString()));
    }
}
