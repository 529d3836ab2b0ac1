package dev.flux.spi;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders normalised versions ({@code 2.1}, {@code 10}, {@code 20261126.1}) segment by segment as
 * unbounded integers, so {@code 2 < 10} and {@code 1.2 < 1.10}; missing segments count as zero. A
 * segment that is not a number sorts after all numbers, by its text. {@link MigrationBackend#readHistory()}
 * returns rows in this order of {@link HistoryRow#version()}.
 */
public final class VersionOrder implements Comparator<String> {
    /** The one instance. */
    public static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int c = compareSegments(i < left.length ? left[i] : "0", i < right.length ? right[i] : "0");
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static int compareSegments(String a, String b) {
        boolean numberA = isNumber(a);
        boolean numberB = isNumber(b);
        if (numberA && numberB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }
}
