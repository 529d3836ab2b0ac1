package dev.flux.oracle;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each test of a class, with the message saying why and how to run it, when {@link OracleTestDatabase} has no
 * database to offer. Tests are skipped one by one (not the class), so every skip is reported with its reason
 * and no set-up or clean-up of a skipped test runs.
 */
final class RequiresOracle implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("checked for each test");
        }
        return OracleTestDatabase.unavailable()
                .map(why -> ConditionEvaluationResult.disabled(why + ". " + OracleTestDatabase.HOW_TO_RUN))
                .orElseGet(() -> ConditionEvaluationResult.enabled("an Oracle database is available"));
    }
}
