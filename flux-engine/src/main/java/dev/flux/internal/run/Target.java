package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.HistoryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Resolves a target as users write it: a version ({@code V5}, {@code 5}, {@code V2.1}, {@code 0}), parsed by
 * {@link Version}, or a full migration id ({@code V5__add_email}), which must match an existing id exactly.
 */
final class Target {
    private Target() {
    }

    static Version resolve(String target, List<Migration> migrations, List<HistoryRow> history) {
        TreeSet<Version> known = new TreeSet<>();
        migrations.forEach(m -> known.add(m.version()));
        history.forEach(r -> known.add(r.version()));
        String text = target.strip();
        if (Version.isVersion(text)) {
            Version version = Version.parse(text);
            if (!version.isZero() && !known.contains(version)) {
                throw unknown(target, "no migration has version " + version, known, version);
            }
            return version;
        }
        for (Migration m : migrations) {
            if (m.id().equals(text)) {
                return m.version();
            }
        }
        for (HistoryRow r : history) {
            if (r.id().equals(text)) {
                return r.version();
            }
        }
        int split = text.indexOf("__");
        if (split < 0) {
            throw new FluxException(ErrorCode.TARGET, "'" + target + "' is not a version. Write a target as a "
                    + "version (V5, 5, V2.1, 0 for empty) or a migration id (V5__add_email).");
        }
        String prefix = text.substring(0, split);
        Version near = Version.isVersion(prefix) ? Version.parse(prefix) : null;
        String why = "no migration has the id " + text;
        if (near != null && known.contains(near)) {
            why += " (version " + near + " is " + idOf(near, migrations, history) + ")";
        }
        throw unknown(target, why, known, near);
    }

    private static String idOf(Version version, List<Migration> migrations, List<HistoryRow> history) {
        for (Migration m : migrations) {
            if (m.version().equals(version)) {
                return m.id();
            }
        }
        for (HistoryRow r : history) {
            if (r.version().equals(version)) {
                return r.id();
            }
        }
        return "V" + version;
    }

    private static FluxException unknown(String target, String why, TreeSet<Version> known, Version near) {
        List<String> nearest = new ArrayList<>();
        if (near != null) {
            Version below = known.lower(near);
            Version above = known.higher(near);
            if (below != null) {
                nearest.add("V" + below);
            }
            if (known.contains(near)) {
                nearest.add("V" + near);
            }
            if (above != null) {
                nearest.add("V" + above);
            }
        }
        if (nearest.isEmpty()) {
            known.stream().limit(3).forEach(v -> nearest.add("V" + v));
            if (known.size() > 3) {
                nearest.add("... V" + known.last());
            }
        }
        String hint = known.isEmpty() ? "there are no migrations; the only target is 0 (empty)"
                : "nearest existing versions: " + String.join(", ", nearest);
        return new FluxException(ErrorCode.TARGET, "unknown target '" + target + "': " + why + "; " + hint
                + ". Use an existing version or migration id, or 0 for empty.");
    }
}
