package dev.flux;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A migration version: digits separated by {@code .} or {@code _} (equivalent), optionally written after a
 * {@code V}. Versions compare segment by segment as unbounded integers, trailing zero segments ignored, so
 * {@code 1.0} equals {@code 1} and {@code 1.2 < 1.10 < 2 < 10}. {@code 0} is the empty database.
 *
 * <p>The same parser reads file names ({@code V2_1__add_email.sql}), targets ({@code "V5"}, {@code "5"},
 * {@code "2.1"}) and the history table, so they cannot disagree. A version prints as it was spelled
 * ({@link #toString()} and {@link #text()}: {@code 20261204_006}, as in the file name), and has a
 * normalised form ({@link #normalised()}: {@code 20261204.6}), which is how the history stores it.
 * Immutable.
 */
public final class Version implements Comparable<Version> {
    /** The version of an empty database, {@code 0}. */
    public static final Version ZERO = new Version(List.of(), "0");

    private static final Pattern FORMAT = Pattern.compile("[Vv]?\\d+([._]\\d+)*");

    private final List<BigInteger> segments;
    private final String text;
    private final String normalised;

    private Version(List<BigInteger> segments, String text) {
        this.segments = segments;
        this.text = text;
        this.normalised = segments.isEmpty() ? "0"
                : segments.stream().map(BigInteger::toString).collect(Collectors.joining("."));
    }

    /**
     * Whether {@link #parse} accepts {@code text}: digits separated by {@code .} or {@code _}, optionally after
     * a {@code V} ({@code 5}, {@code V2.1}, {@code 20261126_001}); no spaces, no description.
     */
    public static boolean isVersion(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /**
     * Parses {@code 5}, {@code V5}, {@code V2.1}, {@code 2_1}, {@code 0}.
     *
     * @throws IllegalArgumentException when {@link #isVersion} is false
     */
    public static Version parse(String text) {
        if (!isVersion(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a version: write digits separated by '.' or"
                    + " '_', optionally after a V, such as 5, V2.1 or 20261126_001");
        }
        String digits = Character.isDigit(text.charAt(0)) ? text : text.substring(1);
        List<BigInteger> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= digits.length(); i++) {
            if (i == digits.length() || digits.charAt(i) == '.' || digits.charAt(i) == '_') {
                parts.add(new BigInteger(digits.substring(start, i)));
                start = i + 1;
            }
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new Version(List.copyOf(parts), digits);
    }

    /** Whether this is {@code 0}, the empty database (also {@code 0.0}, {@code 00}). */
    public boolean isZero() {
        return segments.isEmpty();
    }

    /** The version as it was written, without a leading {@code V}: {@code 2_1}, {@code 007}, {@code 1.0}. */
    public String text() {
        return text;
    }

    /**
     * The normalised form, as the history table stores it: segments as plain numbers joined by {@code .},
     * trailing zero segments dropped; {@code 0} for the empty database. Equal versions have the same form.
     */
    public String normalised() {
        return normalised;
    }

    @Override
    public int compareTo(Version other) {
        int n = Math.max(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < segments.size() ? segments.get(i) : BigInteger.ZERO;
            BigInteger b = i < other.segments.size() ? other.segments.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Versions are equal when they compare equal: {@code 1.0}, {@code 1_0} and {@code 1} are one version. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && segments.equals(v.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** The version as it was written, without a leading {@code V}: the same as {@link #text()}. */
    @Override
    public String toString() {
        return text;
    }
}
