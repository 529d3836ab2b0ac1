package dev.flux.spring;

import dev.flux.FluxException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a flux error that stopped start-up into Spring Boot's failure report: the flux code with what went
 * wrong and where (migration, file:line, statement), and the action to take. flux messages never hold a
 * password.
 */
class FluxFailureAnalyzer extends AbstractFailureAnalyzer<FluxException> {
    private static final String DOCS = "See docs/spring-boot.md of flux for the flux.* properties.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FluxException cause) {
        StringBuilder description = new StringBuilder("flux could not migrate the database at start-up.\n\n");
        String message = cause.getMessage();
        String fix = cause.fix().orElse("");
        if (!fix.isEmpty() && message.endsWith(fix)) {
            message = message.substring(0, message.length() - fix.length()).strip();
        }
        description.append(message);
        cause.migrationId().ifPresent(id -> description.append("\n\nMigration: ").append(id));
        cause.where().ifPresent(where -> description.append("\nWhere: ").append(where));
        cause.statement().ifPresent(n -> description.append("\nStatement: ").append(n));
        cause.sqlState().ifPresent(state -> description.append("\nSQLState: ").append(state));
        String action = fix.isEmpty() ? "Fix what the message above names, then start the application again." : fix;
        return new FailureAnalysis(description.toString(), action + "\n" + DOCS, cause);
    }
}
