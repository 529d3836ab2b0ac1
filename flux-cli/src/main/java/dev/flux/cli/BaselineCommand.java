package dev.flux.cli;

import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.text.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flux baseline --version V5}: records a database made without flux as being at V5. */
@Command(name = "baseline", description = "Takes over a database whose schema is already at a version: records"
        + " every migration up to it as BASELINE without running it; later ones stay pending. Refused when"
        + " flux's history has rows. Baselined migrations are never undone.")
final class BaselineCommand extends DatabaseCommand {
    @Option(names = "--version", paramLabel = "V", description = "the version the database's schema is already at"
            + " (V5, 5, or a migration's id)")
    String version;

    @Override
    void checkArguments() {
        if (version == null || version.isBlank()) {
            throw usage("flux baseline needs --version V<n>: the version of the latest migration whose changes"
                    + " the database already has. Nothing was recorded.");
        }
    }

    @Override
    void run(Flux flux, Output output, StepLog steps) {
        Result result = flux.baseline(version);
        result.migrations().forEach(id -> output.info("  baselined " + id));
        output.result("Baselined " + Summary.migrations(result.migrations().size()) + "; database at "
                + Summary.version(result.version()) + ". Run flux migrate for the later ones.");
        output.document(Json.object("command", "baseline", "baselined", result.migrations(), "version",
                result.version().toString()));
    }
}
