package dev.flux.cli;

import dev.flux.Flux;
import dev.flux.RepairResult;
import dev.flux.text.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flux repair [--accept-checksums]}: clears failed history rows, optionally re-records checksums. */
@Command(name = "repair", description = "Deletes the history rows of failed migrations (FLUX-FAILED) after their"
        + " half-done changes were removed by hand, so they run again from their first statement.")
final class RepairCommand extends DatabaseCommand {
    @Option(names = "--accept-checksums", description = "also re-record the checksum of applied migrations that"
            + " changed (FLUX-CHECKSUM), accepting their current content; only for harmless edits such as a"
            + " comment")
    boolean acceptChecksums;

    @Override
    void run(Flux flux, Output output, StepLog steps) {
        RepairResult result = flux.repair(acceptChecksums);
        result.removedFailedRows().forEach(id -> output.info("  removed the failed history row of " + id));
        result.acceptedChecksums().forEach(id -> output.warn("re-recorded the checksum of " + id
                + ": its current content now counts as applied"));
        output.result(Summary.repaired(result, acceptChecksums));
        output.document(Documents.repair(flux, result));
    }
}
