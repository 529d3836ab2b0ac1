package dev.flux.maven;

import dev.flux.Plan;
import dev.flux.text.Summary;
import dev.flux.text.DryRun;
import org.apache.maven.plugin.logging.Log;

/** Logs a dry run: what it is, the script it would run, and the summary. */
final class DryRunLog {
    private DryRunLog() {
    }

    static void print(Log log, Plan plan, String idle) {
        if (!plan.isEmpty()) {
            log.info("Dry run: these statements would run, in this order:");
            DryRun.lines(plan).forEach(log::info);
        }
        log.info(Summary.dryRun(plan, idle));
    }
}
