package dev.flux.cli;

import dev.flux.Flux;
import dev.flux.Status;
import dev.flux.text.StatusTable;
import java.time.ZoneId;
import picocli.CommandLine.Command;

/** {@code flux status}: every migration with its state; changes nothing and does not fail on problems. */
@Command(name = "status", description = "Shows every migration as a table: Version, Description, State (APPLIED,"
        + " PENDING, CHANGED, MISSING, FAILED) and when it was applied. Changes nothing and does not fail on"
        + " problems; flux verify does.")
final class StatusCommand extends DatabaseCommand {
    @Override
    void run(Flux flux, Output output, StepLog steps) {
        Status status = flux.status();
        new StatusTable(ZoneId.systemDefault()).lines(status).forEach(output::result);
        output.result(StatusTable.summary(status));
        if (StatusTable.needsAttention(status) && !output.json()) {
            output.warn("Some applied migrations changed, are missing or failed; run flux verify for what is"
                    + " wrong and how to fix it.");
        }
        output.document(Documents.status(flux, status));
    }
}
