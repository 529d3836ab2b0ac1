package dev.flux.text;

import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Status;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link Status} as a text table (Version, Description, State, Applied at) and a closing line, as the Maven
 * plugin and the command line show it.
 */
public final class StatusTable {
    private static final List<String> HEADERS = List.of("Version", "Description", "State", "Applied at");

    private final DateTimeFormatter time;

    /** Times are shown in {@code zone}, to the second. */
    public StatusTable(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /** The table's lines, header first; one line saying so when there are no migrations. */
    public List<String> lines(Status status) {
        if (status.migrations().isEmpty()) {
            return List.of("No migrations found.");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        rows.add(null);
        for (MigrationInfo m : status.migrations()) {
            rows.add(List.of(m.version() == null ? "?" : m.version().toString(),
                    m.detail() == null ? m.description() : m.description() + ": " + m.detail(), m.state().name(),
                    m.appliedAt() == null ? "" : time.format(m.appliedAt())));
        }
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; row != null && i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row == null ? "-".repeat(widths[i]) : row.get(i);
                line.append(i == 0 ? "" : "  ").append(i == widths.length - 1 ? cell : pad(cell, widths[i]));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * {@code Database at V3; 2 pending, 1 changed}, or {@code Database at V3; up to date}; baselined
     * migrations are counted ({@code 2 baselined}), applied ones not.
     */
    public static String summary(Status status) {
        Map<MigrationState, Integer> counts = new EnumMap<>(MigrationState.class);
        status.migrations().forEach(m -> counts.merge(m.state(), 1, Integer::sum));
        counts.remove(MigrationState.APPLIED);
        String rest = counts.isEmpty() ? "up to date" : counts.entrySet().stream()
                .map(e -> e.getValue() + " " + (e.getKey() == MigrationState.BASELINE ? "baselined"
                        : e.getKey().name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        return "Database at " + Summary.version(status.currentVersion()) + "; " + rest;
    }

    /** Whether a migration is changed, missing, failed or invalid: something verify would report. */
    public static boolean needsAttention(Status status) {
        return status.migrations().stream().anyMatch(m -> m.state() != MigrationState.APPLIED
                && m.state() != MigrationState.BASELINE && m.state() != MigrationState.PENDING
                && m.state() != MigrationState.RUNNING);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
