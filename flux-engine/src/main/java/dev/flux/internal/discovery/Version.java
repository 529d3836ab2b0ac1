package dev.flux.internal.discovery;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A migration version: digits separated by {@code .} or {@code _}, compared segment by segment as
 * unbounded integers, trailing zero segments ignored ({@code 1.0} equals {@code 1}).
 */
public final class Version implements Comparable<Version> {
    /** The version of an empty database. */
    public static final Version ZERO = new Version(List.of());

    private static final Pattern FORMAT = Pattern.compile("\\d+([._]\\d+)*");

    private final List<BigInteger> segments;
    private final String text;

    private Version(List<BigInteger> segments) {
        this.segments = segments;
        this.text = segments.isEmpty() ? "0"
                : segments.stream().map(BigInteger::toString).collect(Collectors.joining("."));
    }

    /** Whether {@code text} is a well-formed version such as {@code 2.1} or {@code 20261126_001}. */
    public static boolean isVersion(String text) {
        return FORMAT.matcher(text).matches();
    }

    /** Parses a well-formed version; see {@link #isVersion(String)}. */
    public static Version parse(String text) {
        if (!isVersion(text)) {
            throw new IllegalArgumentException("not a version: " + text);
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new Version(List.copyOf(parts));
    }

    public boolean isZero() {
        return segments.isEmpty();
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && segments.equals(v.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** The normalised form: segments joined by {@code .}, {@code 0} for the empty version. */
    @Override
    public String toString() {
        return text;
    }
}
