package dev.flux.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints measurements as a table: case, tool, median, min–max, and flux's median over the other's. The
 * first measurement added for a case is flux's.
 */
final class Report {
    private final List<Measurement> rows = new ArrayList<>();

    void add(Measurement m) {
        rows.add(m);
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%n| case | tool | median | min–max | runs | flux / tool |%n");
        out.printf("|---|---|---:|---:|---:|---:|%n");
        for (Measurement m : rows) {
            Measurement flux = rows.stream().filter(r -> r.caseName.equals(m.caseName)).findFirst().orElseThrow();
            String ratio = flux == m ? "" : String.format(Locale.ROOT, "%.2f×",
                    flux.median() / m.median());
            out.printf(Locale.ROOT, "| %s | %s | %s | %s–%s | %d | %s |%n", m.caseName, m.tool, ms(m.median()),
                    ms(m.min()), ms(m.max()), m.count(), ratio);
        }
        out.flush();
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
