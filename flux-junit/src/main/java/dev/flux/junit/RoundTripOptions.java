package dev.flux.junit;

/**
 * How {@link FluxDatabase#roundTrips(RoundTripOptions)} judges migrations. By default a migration without
 * undo is reported as skipped, and column order is not compared: an undo that re-adds a dropped column
 * cannot restore its position. The JUnit configuration parameters {@code flux.test.roundtrips.strict} and
 * {@code flux.test.roundtrips.columnorder} ({@code true}/{@code false}) set what
 * {@link FluxDatabase#roundTrips()} uses.
 */
public final class RoundTripOptions {
    private final boolean strict;
    private final boolean columnOrder;

    private RoundTripOptions(boolean strict, boolean columnOrder) {
        this.strict = strict;
        this.columnOrder = columnOrder;
    }

    /** Not strict; column order ignored. */
    public static RoundTripOptions defaults() {
        return new RoundTripOptions(false, false);
    }

    /** These options, but a migration without undo fails instead of being skipped. */
    public RoundTripOptions strict() {
        return new RoundTripOptions(true, columnOrder);
    }

    /** These options, but a column at another position is a difference. */
    public RoundTripOptions compareColumnOrder() {
        return new RoundTripOptions(strict, true);
    }

    public boolean isStrict() {
        return strict;
    }

    public boolean comparesColumnOrder() {
        return columnOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoundTripOptions other && other.strict == strict && other.columnOrder == columnOrder;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(strict) * 31 + Boolean.hashCode(columnOrder);
    }

    @Override
    public String toString() {
        return "RoundTripOptions[strict=" + strict + ", compareColumnOrder=" + columnOrder + "]";
    }
}
