package dev.flux.cli;

import dev.flux.Command;
import dev.flux.Flux;
import dev.flux.Plan;
import dev.flux.Result;
import dev.flux.text.DryRun;
import dev.flux.text.Summary;
import picocli.CommandLine.Option;

/**
 * A command that moves the database to another version, migrate or rollback: it runs, or with
 * {@code --dry-run} prints the statements it would run and changes nothing. On an interactive terminal a
 * progress line follows the run.
 */
abstract class Move extends DatabaseCommand {
    @Option(names = "--dry-run", description = "print every statement that would run, in order, and change nothing")
    boolean dryRun;

    @Override
    final void run(Flux flux, Output output, StepLog steps) {
        Command command = command();
        if (dryRun) {
            Plan plan = flux.plan(command);
            if (!plan.isEmpty()) {
                output.result("Dry run: these statements would run, in this order:");
                DryRun.lines(plan).forEach(output::result);
            }
            output.result(Summary.dryRun(plan, idle()));
            output.document(Documents.plan(spec.name(), flux, plan));
            return;
        }
        Result result;
        if (Progress.wanted(output)) {
            try (Progress progress = new Progress(output.terminal(), flux.plan(command).steps().size())) {
                steps.progress(progress);
                result = execute(flux);
            } finally {
                steps.progress(null);
            }
        } else {
            result = execute(flux);
        }
        output.result(summary(result));
        output.document(Documents.result(spec.name(), flux, result, steps.steps()));
    }

    /** What this command runs, for the plan of a dry run or a progress line. */
    abstract Command command();

    abstract Result execute(Flux flux);

    /** The summary line of a run. */
    abstract String summary(Result result);

    /** What there is nothing of in an empty dry run: "apply" or "undo". */
    abstract String idle();
}
