package dev.flux.internal.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name a user probably meant: a case-insensitive match, else the nearest candidate within a
 * small edit distance (transpositions count as one edit), else a candidate the input is a prefix of.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The candidate closest to {@code input}, or empty when none is close enough to suggest. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isEmpty() || candidates == null) {
            return Optional.empty();
        }
        String wanted = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, lower);
            int allowed = candidate.length() <= 4 ? 1 : 2;
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null && wanted.length() >= 4) {
            best = candidates.stream()
                    .filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(wanted))
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(best);
    }

    /** {@code " — did you mean 'x'?"} for the closest candidate, or an empty string when there is none. */
    public static String hint(String input, Collection<String> candidates) {
        return closest(input, candidates).map(name -> " — did you mean '" + name + "'?").orElse("");
    }

    /** Edit distance where an insertion, deletion, substitution or swap of neighbours costs one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
