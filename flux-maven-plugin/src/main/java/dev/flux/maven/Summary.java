package dev.flux.maven;

import dev.flux.Flux;
import dev.flux.Plan;
import dev.flux.Result;
import dev.flux.StepKind;
import dev.flux.Version;

/** The one-line summaries that end a goal's output. */
final class Summary {
    private Summary() {
    }

    /** {@code Database: h2 at jdbc:h2:file:/app/target/flux/db}, with any password hidden. */
    static String database(Flux flux) {
        if (isOffline(flux)) {
            return "Backend: " + flux.backendName() + "; no database configured";
        }
        return "Database: " + flux.describeDatabase();
    }

    /** Whether {@code flux} has no database to talk to (validation then runs offline). */
    static boolean isOffline(Flux flux) {
        return !flux.hasDatabase();
    }

    /** {@code Applied 3 migrations in 412 ms; database at V5}, or {@code Database at V5; nothing to apply}. */
    static String applied(Result result) {
        return result.migrations().isEmpty()
                ? "Database at " + version(result.version()) + "; nothing to apply"
                : "Applied " + migrations(result.migrations().size()) + " in " + result.elapsed().toMillis()
                        + " ms; database at " + version(result.version());
    }

    /** {@code Undid 2 migrations in 40 ms; database at V3}, or {@code Database at V3; nothing to undo}. */
    static String undone(Result result) {
        return result.migrations().isEmpty()
                ? "Database at " + version(result.version()) + "; nothing to undo"
                : "Undid " + migrations(result.migrations().size()) + " in " + result.elapsed().toMillis()
                        + " ms; database at " + version(result.version());
    }

    /**
     * The last line of a dry run: {@code Dry run: would apply 2 migrations, taking the database from V1 to
     * V3. Nothing was changed.}; {@code idle} ("apply", "undo") completes "nothing to ..." for an empty plan.
     */
    static String dryRun(Plan plan, String idle) {
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

    /** {@code V5}, or {@code V0 (empty)}. */
    static String version(Version version) {
        return version.isZero() ? "V0 (empty)" : "V" + version;
    }

    /** {@code 1 migration}, {@code 3 migrations}. */
    static String migrations(long count) {
        return count + (count == 1 ? " migration" : " migrations");
    }
}
