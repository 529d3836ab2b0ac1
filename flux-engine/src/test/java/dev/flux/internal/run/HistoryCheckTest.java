package dev.flux.internal.run;

import static dev.flux.internal.run.Fixtures.applied;
import static dev.flux.internal.run.Fixtures.migration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Problem;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCheckTest {
    private final Migration v1 = migration("V1__a", true);
    private final Migration v2 = migration("V2__b", true);
    private final Migration v3 = migration("V3__c", true);

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.where()).toList();
    }

    @Test
    void aMatchingHistoryHasNoProblems() {
        assertThat(HistoryCheck.problems(List.of(v1, v2, v3), List.of(applied(v1), applied(v2)))).isEmpty();
    }

    @Test
    void everyKindOfProblemIsReportedTogether() {
        HistoryRow changed = new HistoryRow(Version.parse("2"), "V2__b", "old", HistoryState.APPLIED, 1, null, 1);
        HistoryRow gone = new HistoryRow(Version.parse("4"), "V4__gone", "x", HistoryState.APPLIED, 1, null, 1);
        HistoryRow failed = new HistoryRow(Version.parse("5"), "V5__half", "y", HistoryState.RUNNING, 2, null, 1);
        List<Problem> problems = HistoryCheck.problems(List.of(v1, v2, v3), List.of(changed, gone, failed));
        assertThat(codes(problems)).containsExactly("FLUX-CHECKSUM V2__b.sql", "FLUX-MISSING V4__gone",
                "FLUX-FAILED V5__half", "FLUX-GAP V1__a.sql", "FLUX-GAP V3__c.sql");
        assertThat(problems.get(0).message()).contains("applied old, now sum-V2__b");
        assertThat(problems.get(2).message()).contains("2 statement(s) completed");
    }

    @Test
    void aRenamedFileOfAnAppliedVersionIsAChecksumProblem() {
        HistoryRow row = new HistoryRow(Version.parse("1"), "V1__old_name", v1.checksum(), HistoryState.APPLIED, 1,
                null, 1);
        List<Problem> problems = HistoryCheck.problems(List.of(v1), List.of(row));
        assertThat(codes(problems)).containsExactly("FLUX-CHECKSUM V1__a.sql");
        assertThat(problems.get(0).fix()).contains("Rename it back to V1__old_name");
    }

    @Test
    void baselinedRowsCountAsAppliedAndTheirFilesMayNotChange() {
        HistoryRow kept = v1.baselineRow();
        HistoryRow edited = new HistoryRow(Version.parse("2"), "V2__b", "old", HistoryState.BASELINE, 0, null, 0);
        assertThat(codes(HistoryCheck.problems(List.of(v1, v2, v3), List.of(kept, edited))))
                .containsExactly("FLUX-CHECKSUM V2__b.sql");
        assertThat(StatusReport.of(List.of(v1, v2, v3), List.of(kept, edited)).migrations())
                .extracting(m -> m.state().name()).containsExactly("BASELINE", "CHANGED", "PENDING");
    }

    @Test
    void aFailedRowCountsAsLatestForGaps() {
        HistoryRow failed = new HistoryRow(Version.parse("2"), "V2__b", v2.checksum(), HistoryState.RUNNING, 0, null, 1);
        assertThat(codes(HistoryCheck.problems(List.of(v1, v2), List.of(failed))))
                .containsExactly("FLUX-FAILED V2__b", "FLUX-GAP V1__a.sql");
    }
}
