package dev.flux.cli;

import dev.flux.Flux;
import dev.flux.MigrationInfo;
import dev.flux.Plan;
import dev.flux.RepairResult;
import dev.flux.Result;
import dev.flux.Status;
import dev.flux.Step;
import dev.flux.spi.SqlStatement;
import java.util.List;
import java.util.Map;

/** The JSON documents of {@code --format json}, as docs/cli.md describes them. */
final class Documents {
    private Documents() {
    }

    /**
     * {@code {"backend", "database", "version", "migrations": [{version, id, description, state, appliedAt,
     * detail}]}}.
     */
    static Map<String, Object> status(Flux flux, Status status) {
        List<Map<String, Object>> migrations = status.migrations().stream().map(Documents::migration).toList();
        Map<String, Object> document = connection(flux);
        document.put("version", status.currentVersion().toString());
        document.put("migrations", migrations);
        return document;
    }

    /** What a migrate or rollback did: the steps, the migrations, the time and the version reached. */
    static Map<String, Object> result(String command, Flux flux, Result result, List<Map<String, Object>> steps) {
        Map<String, Object> document = Json.object("command", command, "dryRun", false);
        document.putAll(connection(flux));
        document.put("steps", steps);
        document.put("migrations", result.migrations());
        document.put("milliseconds", result.elapsed().toMillis());
        document.put("version", result.version().toString());
        return document;
    }

    /** What a dry run would do: the versions from and to, and every step with its statements. */
    static Map<String, Object> plan(String command, Flux flux, Plan plan) {
        Map<String, Object> document = Json.object("command", command, "dryRun", true);
        document.putAll(connection(flux));
        document.put("fromVersion", plan.fromVersion().toString());
        document.put("toVersion", plan.toVersion().toString());
        document.put("steps", plan.steps().stream().map(Documents::plannedStep).toList());
        return document;
    }

    static Map<String, Object> verify(Flux flux, Integer migrations) {
        Map<String, Object> document = Json.object("command", "verify");
        document.putAll(connection(flux));
        document.put("offline", !flux.hasDatabase());
        document.put("migrations", migrations);
        document.put("problems", List.of());
        return document;
    }

    static Map<String, Object> repair(Flux flux, RepairResult result) {
        Map<String, Object> document = Json.object("command", "repair");
        document.putAll(connection(flux));
        document.put("removedFailedRows", result.removedFailedRows());
        document.put("acceptedChecksums", result.acceptedChecksums());
        return document;
    }

    /** {@code backend} and {@code database}: the URL with passwords hidden, or null without a database. */
    private static Map<String, Object> connection(Flux flux) {
        String prefix = flux.backendName() + " at ";
        String described = flux.describeDatabase();
        return Json.object("backend", flux.backendName(), "database", !flux.hasDatabase() ? null
                : described.startsWith(prefix) ? described.substring(prefix.length()) : described);
    }

    private static Map<String, Object> migration(MigrationInfo m) {
        return Json.object("version", m.version() == null ? null : m.version().toString(), "id", m.id(),
                "description", m.description(), "state", m.state().name(),
                "appliedAt", m.appliedAt() == null ? null : m.appliedAt().toString(), "detail", m.detail());
    }

    private static Map<String, Object> plannedStep(Step step) {
        return Json.object("id", step.id(), "kind", step.kind().name(), "file", step.file(),
                "statements", step.statements().stream().map(SqlStatement::sql).toList());
    }
}
