package dev.flux.cli;

import dev.flux.Flux;
import dev.flux.text.Summary;
import picocli.CommandLine.Command;

/** {@code flux verify}: validates the migrations, against the history when there is a database, else offline. */
@Command(name = "verify", description = "Validates the migrations and fails (exit code 1) on any problem, listing"
        + " all of them. With a database it also checks them against the history (edited, missing, failed"
        + " migrations); without one it runs offline: names, versions, undo files, directives, Java migrations,"
        + " and splitting every script.")
final class VerifyCommand extends DatabaseCommand {
    @Override
    void run(Flux flux, Output output, StepLog steps) {
        flux.validate();
        if (Summary.isOffline(flux)) {
            output.result("Verified the migrations offline: no problems. Give a database (--url, FLUX_URL or"
                    + " [connection]) to check them against its history too.");
            output.document(Documents.verify(flux, null));
        } else {
            int count = flux.status().migrations().size();
            output.result("Verified " + Summary.migrations(count) + " against the history: no problems");
            output.document(Documents.verify(flux, count));
        }
    }
}
