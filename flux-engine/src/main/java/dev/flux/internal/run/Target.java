package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Version;
import dev.flux.spi.HistoryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Resolves a target as users write it ({@code V5}, {@code 5}, {@code V2.1}, {@code 0}, {@code V5__x}). */
final class Target {
    private Target() {
    }

    static Version resolve(String target, List<Migration> migrations, List<HistoryRow> history) {
        TreeSet<Version> known = new TreeSet<>();
        migrations.forEach(m -> known.add(m.version()));
        history.forEach(r -> known.add(Version.parse(r.version())));
        String text = target.trim();
        if (text.contains("__")) {
            for (Migration m : migrations) {
                if (m.id().equals(text)) {
                    return m.version();
                }
            }
            for (HistoryRow r : history) {
                if (r.id().equals(text)) {
                    return Version.parse(r.version());
                }
            }
            throw unknown(target, "no migration has the id " + text, known, null);
        }
        String digits = text.startsWith("V") || text.startsWith("v") ? text.substring(1) : text;
        if (!Version.isVersion(digits)) {
            throw new FluxException(ErrorCode.TARGET, "'" + target + "' is not a version. Write a target as a "
                    + "version (V5, 5, V2.1, 0 for empty) or a migration id (V5__add_email).");
        }
        Version version = Version.parse(digits);
        if (!version.isZero() && !known.contains(version)) {
            throw unknown(target, "no migration has version " + version, known, version);
        }
        return version;
    }

    private static FluxException unknown(String target, String why, TreeSet<Version> known, Version near) {
        List<String> nearest = new ArrayList<>();
        if (near != null) {
            Version below = known.lower(near);
            Version above = known.higher(near);
            if (below != null) {
                nearest.add("V" + below);
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
                + ". Use an existing version, or 0 for empty.");
    }
}
