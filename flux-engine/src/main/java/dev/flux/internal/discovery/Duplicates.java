package dev.flux.internal.discovery;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds migrations that share a version, SQL or Java alike. Of each group the first by location
 * stays; every other member is dropped and reported as {@code FLUX-DUPLICATE}.
 */
final class Duplicates {
    private static final Comparator<Migration> ORDER =
            Comparator.comparing(Migration::version).thenComparing(m -> m.up().location());

    private Duplicates() {
    }

    /** The migrations sorted by version without duplicates; a problem is added for each one dropped. */
    static List<Migration> removeFrom(List<Migration> candidates, List<Problem> problems) {
        List<Migration> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        List<Migration> kept = new ArrayList<>();
        for (Migration m : sorted) {
            Migration last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.version().equals(m.version())) {
                problems.add(problem(last, m));
            } else {
                kept.add(m);
            }
        }
        return kept;
    }

    private static Problem problem(Migration kept, Migration dropped) {
        return new Problem(ErrorCode.DUPLICATE, dropped.up().location(),
                "has version " + dropped.version() + ", like " + kept.up().location() + ".",
                "Give one of them another version; versions compare as numbers, so 1.0 and 1_0 equal 1.");
    }
}
