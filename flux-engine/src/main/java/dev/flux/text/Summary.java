package dev.flux.text;

import dev.flux.Flux;
import dev.flux.Plan;
import dev.flux.RepairResult;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.StepKind;
import dev.flux.Version;
import java.time.Duration;

/**
 * The lines that report a command's progress and end its output, as the Maven plugin and the command line
 * show them.
 */
public final class Summary {
    private Summary() {
    }

    /** {@code Database: h2 at jdbc:h2:file:/app/target/flux/db}, with any password hidden. */
    public static String database(Flux flux) {
        if (isOffline(flux)) {
            return "Backend: " + flux.backendName() + "; no database configured";
        }
        return "Database: " + flux.describeDatabase();
    }

    /** Whether {@code flux} has no database to talk to (validation then runs offline). */
    public static boolean isOffline(Flux flux) {
        return !flux.hasDatabase();
    }

    /** {@code Applied 3 migrations in 412 ms; database at V5}, or {@code Database at V5; nothing to apply}. */
    public static String applied(Result result) {
        return result.migrations().isEmpty()
                ? "Database at " + version(result.version()) + "; nothing to apply"
                : "Applied " + migrations(result.migrations().size()) + " in " + result.elapsed().toMillis()
                        + " ms; database at " + version(result.version());
    }

    /** {@code Undid 2 migrations in 40 ms; database at V3}, or {@code Database at V3; nothing to undo}. */
    public static String undone(Result result) {
        return result.migrations().isEmpty()
                ? "Database at " + version(result.version()) + "; nothing to undo"
                : "Undid " + migrations(result.migrations().size()) + " in " + result.elapsed().toMillis()
                        + " ms; database at " + version(result.version());
    }

    /**
     * The last line of a dry run: {@code Dry run: would apply 2 migrations, taking the database from V1 to
     * V3. Nothing was changed.}; {@code idle} ("apply", "undo") completes "nothing to ..." for an empty plan.
     */
    public static String dryRun(Plan plan, String idle) {
        if (plan.isEmpty()) {
            return "Dry run: database at " + version(plan.fromVersion()) + "; nothing to " + idle
                    + ". Nothing was changed.";
        }
        long applies = plan.steps().stream().filter(s -> s.kind() == StepKind.APPLY).count();
        long undos = plan.steps().stream().filter(s -> s.kind() == StepKind.UNDO).count();
        String verb = applies > 0 ? "apply " + migrations(applies) : "undo " + migrations(undos);
        return "Dry run: would " + verb + ", taking the database from " + version(plan.fromVersion()) + " to "
                + version(plan.toVersion()) + ". Nothing was changed.";
    }

    /** {@code applied V1__create_users (12 ms)}, {@code ran post-apply/010_views.sql (3 ms)}. */
    public static String step(Step step, Duration elapsed) {
        String what = switch (step.kind()) {
            case APPLY -> "applied " + step.id();
            case UNDO -> "undid " + step.id();
            case PRE_APPLY, POST_APPLY -> "ran " + step.file();
        };
        return what + " (" + elapsed.toMillis() + " ms)";
    }

    /** {@code skipped post-apply/010_views.sql: it runs since V3 and the batch ends at V1}. */
    public static String skipped(Step step, String reason) {
        return "skipped " + step.file() + ": " + reason;
    }

    /**
     * The last line of a repair: {@code Repaired: removed 1 failed row, re-recorded 2 checksums}, or
     * {@code Nothing to repair: no failed migrations}; {@code acceptChecksums} says whether checksums were
     * asked to be re-recorded.
     */
    public static String repaired(RepairResult result, boolean acceptChecksums) {
        int removed = result.removedFailedRows().size();
        int accepted = result.acceptedChecksums().size();
        if (removed == 0 && accepted == 0) {
            return "Nothing to repair: no failed migrations" + (acceptChecksums ? " and no changed checksums" : "");
        }
        return "Repaired: removed " + removed + (removed == 1 ? " failed row" : " failed rows") + (acceptChecksums
                ? ", re-recorded " + accepted + (accepted == 1 ? " checksum" : " checksums") : "");
    }

    /** {@code V5}, or {@code V0 (empty)}. */
    public static String version(Version version) {
        return version.isZero() ? "V0 (empty)" : "V" + version;
    }

    /** {@code 1 migration}, {@code 3 migrations}. */
    public static String migrations(long count) {
        return count + (count == 1 ? " migration" : " migrations");
    }
}
