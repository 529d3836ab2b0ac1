package dev.flux.internal.flyway;

import dev.flux.ErrorCode;
import dev.flux.ImportResult;
import dev.flux.Problem;
import dev.flux.ValidationException;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares Flyway's history with flux's migrations and decides what an import records: each version Flyway
 * applied (and did not undo or delete since) becomes an applied row with flux's checksum, and the
 * migrations up to Flyway's baseline that it did not apply become baselined rows. Every problem is
 * collected: a failed Flyway row, a version without a flux migration, a SQL file whose Flyway checksum
 * differs from the one Flyway recorded (unless accepted). Repeatable rows are listed, never recorded.
 */
public final class FlywayTakeover {
    private final List<HistoryRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> imported = new ArrayList<>();
    private final List<String> baselined = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private final Set<String> repeatables = new LinkedHashSet<>();
    private Version version = Version.ZERO;

    private FlywayTakeover() {
    }

    /** What importing {@code flyway} (in installed order) over {@code migrations} (in version order) does. */
    public static FlywayTakeover of(List<FlywayRow> flyway, List<Migration> migrations, boolean acceptChecksums,
                                    String table) {
        FlywayTakeover t = new FlywayTakeover();
        Map<Version, FlywayRow> applied = new LinkedHashMap<>();
        Map<Version, FlywayRow> failed = new LinkedHashMap<>();
        Version baseline = Version.ZERO;
        for (FlywayRow row : flyway) {
            if (row.marker()) {
                continue;
            }
            if (row.repeatable()) {
                t.repeatables.add(row.script());
                continue;
            }
            if (!Version.isVersion(row.version())) {
                t.problems.add(new Problem(ErrorCode.CONFIG, table, "Flyway's row " + row.installedRank()
                        + " has the version '" + row.version() + "', which flux cannot read.",
                        "Rename the migration to a version of digits and dots in Flyway first, or remove the row."));
                continue;
            }
            Version v = Version.parse(row.version());
            if (!row.success()) {
                failed.put(v, row);
            } else if (row.cancels()) {
                applied.remove(v);
            } else if (row.baseline()) {
                baseline = v.compareTo(baseline) > 0 ? v : baseline;
            } else {
                applied.put(v, row);
                failed.remove(v);
            }
        }
        failed.forEach((v, row) -> t.problems.add(new Problem(ErrorCode.FAILED, row.script(), "Flyway recorded"
                + " version " + v + " (" + row.script() + ") as failed: the database may hold part of it.",
                "Finish or remove its half-applied changes by hand and run flyway repair (or apply it with Flyway),"
                        + " then import again.")));
        t.compare(applied, migrations, acceptChecksums);
        t.baseline(baseline, applied.keySet(), migrations);
        return t;
    }

    private void compare(Map<Version, FlywayRow> applied, List<Migration> migrations, boolean acceptChecksums) {
        Map<Version, Migration> byVersion = new LinkedHashMap<>();
        migrations.forEach(m -> byVersion.putIfAbsent(m.version(), m));
        for (Map.Entry<Version, FlywayRow> entry : applied.entrySet()) {
            Version v = entry.getKey();
            FlywayRow row = entry.getValue();
            Migration m = byVersion.get(v);
            if (m == null) {
                problems.add(new Problem(ErrorCode.MISSING, row.script(), "Flyway applied version " + v + " ("
                        + row.script() + "), but no flux migration has that version.", "Put " + row.script()
                        + " into the migration directory (as Flyway applied it), then import again."));
                continue;
            }
            if (row.checksum() != null && m.up().location().endsWith(".sql") && row.type().equals("SQL")) {
                int now = FlywayChecksum.of(m.up().text());
                if (now != row.checksum() && acceptChecksums) {
                    accepted.add(m.id());
                } else if (now != row.checksum()) {
                    problems.add(new Problem(ErrorCode.CHECKSUM, m.up().location(), m.up().location() + " changed"
                            + " after Flyway applied it (Flyway's checksum " + row.checksum() + ", the file's now "
                            + now + ").", "Restore the file as Flyway applied it (from version control) and put the"
                            + " change in a new migration; if the edit is harmless, import with acceptChecksums."));
                    continue;
                }
            }
            rows.add(new HistoryRow(v, m.id(), m.checksum(), HistoryState.APPLIED, 0, null, row.executionMillis()));
            imported.add(m.id());
            version = v.compareTo(version) > 0 ? v : version;
        }
    }

    private void baseline(Version at, Set<Version> applied, List<Migration> migrations) {
        for (Migration m : migrations) {
            if (m.version().compareTo(at) <= 0 && !applied.contains(m.version())) {
                rows.add(m.baselineRow());
                baselined.add(m.id());
                version = m.version().compareTo(version) > 0 ? m.version() : version;
            }
        }
        rows.sort((a, b) -> a.version().compareTo(b.version()));
    }

    /** Throws a {@link ValidationException} listing every problem found; nothing may be recorded then. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The rows to record, in version order. */
    public List<HistoryRow> rows() {
        return List.copyOf(rows);
    }

    public ImportResult result() {
        return new ImportResult(imported, baselined, accepted, List.copyOf(repeatables), version);
    }
}
