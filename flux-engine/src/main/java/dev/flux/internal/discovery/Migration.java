package dev.flux.internal.discovery;

import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;

/**
 * A versioned migration, SQL or Java: its version, id (file name without {@code .sql}, or simple class
 * name), description, up script, optional undo script ({@code null} when none), and checksum of the up
 * script.
 */
public record Migration(Version version, String id, String description, Script up, Script undo,
                        String checksum) {
    public boolean hasUndo() {
        return undo != null;
    }

    /** The history row that records this migration as baselined: there before flux, never run by it. */
    public HistoryRow baselineRow() {
        return new HistoryRow(version, id, checksum, HistoryState.BASELINE, 0, null, 0);
    }
}
