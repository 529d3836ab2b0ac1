package dev.flux.internal.config;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tomlj.TomlPosition;

/**
 * Collects the problems of one {@code flux.toml}, each at a line and column, and reports them all at
 * once, compiler-style ({@code flux.toml:6:12: flux.bakend: unknown key — did you mean 'backend'? ...}),
 * sorted by position.
 */
final class ConfigProblems {
    private record Entry(int line, int column, String text) {
    }

    private final String file;
    private final List<Entry> entries = new ArrayList<>();

    /** {@code file} is the name shown in front of every position. */
    ConfigProblems(String file) {
        this.file = file;
    }

    /** {@code file:line:column} for a position; line 1, column 1 when the position is unknown. */
    String where(TomlPosition position) {
        return position == null ? file + ":1:1" : file + ":" + position.line() + ":" + position.column();
    }

    void add(TomlPosition position, String text) {
        if (position == null) {
            entries.add(new Entry(1, 1, text));
        } else {
            entries.add(new Entry(position.line(), position.column(), text));
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Throws one {@link FluxException} with code CONFIG listing every problem, one per line, if any. */
    void throwIfAny() {
        if (entries.isEmpty()) {
            return;
        }
        List<String> lines = entries.stream()
                .sorted(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::column))
                .map(entry -> file + ":" + entry.line() + ":" + entry.column() + ": " + entry.text())
                .toList();
        String message = lines.size() == 1
                ? lines.get(0)
                : lines.size() + " problems in " + file + ":\n" + String.join("\n", lines);
        throw new FluxException(ErrorCode.CONFIG, message);
    }
}
