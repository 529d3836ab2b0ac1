package dev.flux.bench;

import java.util.ArrayList;
import java.util.List;

/** The timings of one tool in one case, in milliseconds. */
final class Measurement {
    final String caseName;
    final String tool;
    private final List<Double> samples = new ArrayList<>();

    Measurement(String caseName, String tool) {
        this.caseName = caseName;
        this.tool = tool;
    }

    void add(double millis) {
        samples.add(millis);
    }

    double median() {
        List<Double> sorted = samples.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    int count() {
        return samples.size();
    }
}
