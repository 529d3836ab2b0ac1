package dev.flux.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Plan;
import dev.flux.Step;
import dev.flux.StepKind;
import dev.flux.Version;
import dev.flux.spi.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DryRunTest {
    @Test
    void listsEveryStepAndItsStatementsInOrderAsAScript() {
        Plan plan = new Plan(Version.parse("1"), Version.parse("2"), List.of(
                new Step(StepKind.PRE_APPLY, "pre-apply/010_drop_views.sql", "pre-apply/010_drop_views.sql",
                        List.of(new SqlStatement("DROP VIEW IF EXISTS v", 1))),
                new Step(StepKind.APPLY, "V2__orders", "V2__orders.sql", List.of(
                        new SqlStatement("CREATE TABLE orders (\n    id BIGINT\n)", 1),
                        new SqlStatement("CREATE INDEX o ON orders (id)", 4))),
                new Step(StepKind.POST_APPLY, "post-apply/010_views.sql", "post-apply/010_views.sql", List.of())));

        assertThat(DryRun.lines(plan)).containsExactly(
                "-- run pre-apply/010_drop_views.sql",
                "DROP VIEW IF EXISTS v;",
                "-- apply V2__orders (V2__orders.sql)",
                "CREATE TABLE orders (",
                "    id BIGINT",
                ");",
                "CREATE INDEX o ON orders (id);",
                "-- run post-apply/010_views.sql",
                "-- (no statements)");
    }

    @Test
    void aStatementThatEndsWithItsOwnTerminatorIsPrintedAsSentTerminatedOnce() {
        Plan plan = new Plan(Version.ZERO, Version.parse("1"), List.of(new Step(StepKind.APPLY, "V1__proc", "V1__proc.sql", List.of(
                new SqlStatement("CREATE TABLE t (n NUMBER)", 1),
                new SqlStatement("CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;", 2),
                new SqlStatement("BEGIN\n  p;\nEND;", 7)))));

        assertThat(DryRun.lines(plan)).containsExactly(
                "-- apply V1__proc (V1__proc.sql)",
                "CREATE TABLE t (n NUMBER);",
                "CREATE OR REPLACE PROCEDURE p IS",
                "BEGIN",
                "  NULL;",
                "END;",
                "BEGIN",
                "  p;",
                "END;");
    }

    @Test
    void summarySaysNothingWasChanged() {
        Plan undo = new Plan(Version.parse("3"), Version.parse("1"), List.of(
                new Step(StepKind.UNDO, "V3__c", "V3__c.undo.sql", List.of()),
                new Step(StepKind.UNDO, "V2__b", "V2__b.undo.sql", List.of())));

        assertThat(Summary.dryRun(undo, "undo"))
                .isEqualTo("Dry run: would undo 2 migrations, taking the database from V3 to V1. Nothing was changed.");
        assertThat(Summary.dryRun(new Plan(Version.parse("3"), Version.parse("3"), List.of()), "apply"))
                .isEqualTo("Dry run: database at V3; nothing to apply. Nothing was changed.");
    }
}
