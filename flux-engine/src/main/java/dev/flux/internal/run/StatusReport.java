package dev.flux.internal.run;

import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Problem;
import dev.flux.Status;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@link Status} of every migration from what was found and what the history holds. */
final class StatusReport {
    private StatusReport() {
    }

    static Status of(List<Migration> migrations, List<HistoryRow> history) {
        return of(migrations, history, List.of(), Optional.empty());
    }

    /**
     * The status, with the files that {@code problems} (found without a database) are about: a pending
     * migration with a problem shows as {@code INVALID}, as does a file that is not among the migrations (a
     * misnamed file, the dropped one of two duplicates); others keep their state and show the problem too. A
     * migration that is not complete is {@code RUNNING} while {@code holder} (of the migration lock) is
     * present, else {@code FAILED}.
     */
    static Status of(List<Migration> migrations, List<HistoryRow> history, List<Problem> problems,
                     Optional<String> holder) {
        Map<String, Problem> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.putIfAbsent(fileOf(p), p));
        Map<Version, HistoryRow> rows = Migrations.rowsByVersion(history);
        List<MigrationInfo> entries = new ArrayList<>();
        for (Migration m : migrations) {
            HistoryRow row = rows.remove(m.version());
            Problem problem = byFile.remove(m.up().location());
            MigrationState state = state(m, row);
            if (state == MigrationState.FAILED && holder.isPresent()) {
                entries.add(new MigrationInfo(m.id(), m.version(), m.description(), MigrationState.RUNNING,
                        row.appliedAt(), "by " + holder.get()));
                continue;
            }
            entries.add(new MigrationInfo(m.id(), m.version(), m.description(),
                    problem != null && state == MigrationState.PENDING ? MigrationState.INVALID : state,
                    row == null ? null : row.appliedAt(), oneLine(problem)));
        }
        rows.forEach((version, row) -> entries.add(new MigrationInfo(row.id(), version, describe(row.id()),
                row.state().complete() ? MigrationState.MISSING
                        : holder.isPresent() ? MigrationState.RUNNING : MigrationState.FAILED,
                row.appliedAt(), row.state().complete() ? null : holder.map(h -> "by " + h).orElse(null))));
        byFile.forEach((file, problem) -> entries.add(invalid(file, problem)));
        entries.sort(Comparator.comparing(MigrationInfo::version, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Status(entries, Migrations.current(history));
    }

    private static MigrationInfo invalid(String file, Problem problem) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int split = name.indexOf("__");
        String head = split < 0 ? "" : name.substring(0, split);
        Version version = Version.isVersion(head) && !head.isEmpty() && Character.toUpperCase(head.charAt(0)) == 'V'
                ? Version.parse(head) : null;
        return new MigrationInfo(file, version, file, MigrationState.INVALID, null, oneLine(problem));
    }

    /** {@code FLUX-DUPLICATE: has version 3, like V3__a.sql.} or {@code FLUX-SYNTAX at line 4: ...}; or null. */
    private static String oneLine(Problem problem) {
        if (problem == null) {
            return null;
        }
        String file = fileOf(problem);
        String line = file.length() < problem.where().length() ? " at line " + problem.where().substring(file.length() + 1)
                : "";
        return problem.code().id() + line + ": " + problem.message().lines().findFirst().orElse("");
    }

    /** The file a problem is about: its {@code where} without {@code :line}. */
    private static String fileOf(Problem problem) {
        return problem.where().replaceFirst(":\\d+$", "");
    }

    private static MigrationState state(Migration m, HistoryRow row) {
        if (row == null) {
            return MigrationState.PENDING;
        }
        if (!row.state().complete()) {
            return MigrationState.FAILED;
        }
        boolean same = row.id().equals(m.id()) && row.checksum().equals(m.checksum());
        if (!same) {
            return MigrationState.CHANGED;
        }
        return row.state() == HistoryState.BASELINE ? MigrationState.BASELINE : MigrationState.APPLIED;
    }

    private static String describe(String id) {
        int split = id.indexOf("__");
        return split < 0 ? id : id.substring(split + 2).replace('_', ' ');
    }
}
