package dev.flux.internal.run;

import static dev.flux.internal.run.Fixtures.applied;
import static dev.flux.internal.run.Fixtures.migration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.Command;
import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Plan;
import dev.flux.Step;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Script;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private final Migration v1 = migration("V1__a", true);
    private final Migration v2 = migration("V2__b", true);
    private final Migration v3 = migration("V3__c", false);
    private final Discovery found = new Discovery(List.of(v1, v2, v3),
            List.of(new Script("pre-apply/010.sql", "DROP VIEW v;", false)),
            List.of(new Script("post-apply/010.sql", "CREATE VIEW v AS SELECT 1;", false)), List.of());

    private Plan plan(Command command, Migration... applied) {
        return planner(true).schedule(command, List.of(applied).stream().map(Fixtures::applied).toList()).toPlan();
    }

    private Planner planner(boolean repeatablesOnUndo) {
        return new Planner(found, new ParsedScripts(found, Fixtures::split), repeatablesOnUndo);
    }

    @Test
    void migrateAppliesPendingBetweenThePreAndPostApplyScripts() {
        Plan plan = plan(Command.migrate(), v1);
        assertThat(plan.steps()).extracting(s -> s.kind() + " " + s.id()).containsExactly(
                "PRE_APPLY pre-apply/010.sql", "APPLY V2__b", "APPLY V3__c", "POST_APPLY post-apply/010.sql");
        assertThat(plan.fromVersion()).hasToString("1");
        assertThat(plan.toVersion()).hasToString("3");
    }

    @Test
    void nothingPendingMeansNoStepsAtAllNotEvenRepeatables() {
        Plan plan = plan(Command.migrate(), v1, v2, v3);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void migrateToStopsAtTheTargetIncludingIt() {
        Plan plan = plan(Command.migrateTo("V2"));
        assertThat(plan.steps()).extracting(Step::id).contains("V1__a", "V2__b").doesNotContain("V3__c");
        assertThat(plan.toVersion()).hasToString("2");
    }

    @Test
    void migrateToBelowTheCurrentVersionIsRefused() {
        assertThatThrownBy(() -> plan(Command.migrateTo("1"), v1, v2))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET))
                .hasMessageContaining("at V2").hasMessageContaining("rollbackTo");
    }

    @Test
    void rollbackUndoesTheLatestFirstAndToEmptyRunsNoPostApply() {
        Plan plan = plan(Command.rollbackTo("0"), v1, v2);
        assertThat(plan.steps()).extracting(s -> s.kind() + " " + s.id()).as("post-apply has nothing left at 0")
                .containsExactly("PRE_APPLY pre-apply/010.sql", "UNDO V2__b", "UNDO V1__a");
        assertThat(plan.toVersion()).hasToString("0");
        assertThat(plan(Command.rollbackTo("V1"), v1, v2).steps()).extracting(s -> s.kind() + " " + s.id())
                .containsExactly("PRE_APPLY pre-apply/010.sql", "UNDO V2__b", "POST_APPLY post-apply/010.sql");
    }

    @Test
    void rollbackWithoutRepeatablesWhenSoConfigured() {
        Plan plan = planner(false).schedule(Command.rollback(1), List.of(applied(v1))).toPlan();
        assertThat(plan.steps()).extracting(Step::id).containsExactly("V1__a");
    }

    @Test
    void rollbackOverAMigrationWithoutUndoIsRefusedNamingIt() {
        assertThatThrownBy(() -> plan(Command.rollback(2), v1, v2, v3))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_UNDO))
                .hasMessageContaining("V3__c has no undo")
                .hasMessageContaining("V3__c.undo.sql")
                .hasMessageContaining("Nothing was changed");
    }

    @Test
    void rollbackCountsMustFitWhatIsApplied() {
        assertThatThrownBy(() -> plan(Command.rollback(3), v1, v2))
                .hasMessageContaining("only 2 applied");
        assertThatThrownBy(() -> plan(Command.rollback(0), v1))
                .hasMessageContaining("at least 1");
    }

    @Test
    void rollbackToAboveTheCurrentVersionIsRefused() {
        assertThatThrownBy(() -> plan(Command.rollbackTo("V3"), v1))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET))
                .hasMessageContaining("migrateTo");
    }

    @Test
    void aTargetEqualToTheCurrentVersionDoesNothing() {
        assertThat(plan(Command.migrateTo("V2"), v1, v2).steps()).isEmpty();
        assertThat(plan(Command.rollbackTo("V2"), v1, v2).steps()).isEmpty();
    }
}
