package dev.flux.internal.run;

import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.HistoryRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small look-ups over migrations and history rows shared by the checks and the planner. */
final class Migrations {
    private Migrations() {
    }

    static Map<Version, Migration> byVersion(List<Migration> migrations) {
        Map<Version, Migration> map = new LinkedHashMap<>();
        migrations.forEach(m -> map.putIfAbsent(m.version(), m));
        return map;
    }

    static Map<Version, HistoryRow> rowsByVersion(List<HistoryRow> history) {
        Map<Version, HistoryRow> map = new LinkedHashMap<>();
        history.forEach(row -> map.put(row.version(), row));
        return map;
    }

    /** The highest version applied completely (or baselined), or {@link Version#ZERO}. */
    static Version current(List<HistoryRow> history) {
        Version current = Version.ZERO;
        for (HistoryRow row : history) {
            if (row.state().complete() && row.version().compareTo(current) > 0) {
                current = row.version();
            }
        }
        return current;
    }
}
