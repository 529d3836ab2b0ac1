package dev.flux.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.RepairResult;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.StepKind;
import dev.flux.Version;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void appliedCountsMigrationsWithTheTimeAndTheVersion() {
        Result result = new Result(List.of("V1__a", "V2__b", "V5__c"), Duration.ofMillis(412), Version.parse("5"));

        assertThat(Summary.applied(result)).isEqualTo("Applied 3 migrations in 412 ms; database at V5");
    }

    @Test
    void oneMigrationIsSingular() {
        assertThat(Summary.undone(new Result(List.of("V3__c"), Duration.ofMillis(7), Version.parse("2"))))
                .isEqualTo("Undid 1 migration in 7 ms; database at V2");
    }

    @Test
    void nothingToDoNamesTheVersion() {
        assertThat(Summary.applied(new Result(List.of(), Duration.ofMillis(3), Version.parse("5"))))
                .isEqualTo("Database at V5; nothing to apply");
        assertThat(Summary.undone(new Result(List.of(), Duration.ofMillis(3), Version.parse("0"))))
                .isEqualTo("Database at V0 (empty); nothing to undo");
    }

    @Test
    void progressLineNamesTheMigrationOrScriptAndItsTime() {
        Duration took = Duration.ofMillis(12);

        assertThat(Summary.step(new Step(StepKind.APPLY, "V1__a", "V1__a.sql", List.of()), took))
                .isEqualTo("applied V1__a (12 ms)");
        assertThat(Summary.step(new Step(StepKind.UNDO, "V1__a", "V1__a.undo.sql", List.of()), took))
                .isEqualTo("undid V1__a (12 ms)");
        assertThat(Summary.step(new Step(StepKind.POST_APPLY, "x", "post-apply/010_views.sql", List.of()), took))
                .isEqualTo("ran post-apply/010_views.sql (12 ms)");
    }

    @Test
    void aRepairSaysWhatItDidOrThatThereWasNothingToDo() {
        assertThat(Summary.repaired(new RepairResult(List.of("V3__c"), List.of()), false))
                .isEqualTo("Repaired: removed 1 failed row");
        assertThat(Summary.repaired(new RepairResult(List.of(), List.of("V1__a", "V2__b")), true))
                .isEqualTo("Repaired: removed 0 failed rows, re-recorded 2 checksums");
        assertThat(Summary.repaired(new RepairResult(List.of(), List.of()), true))
                .isEqualTo("Nothing to repair: no failed migrations and no changed checksums");
    }
}
