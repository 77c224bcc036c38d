package io.github.cloudmckeys.bench;

import java.util.List;

/** Medians, the figure every row of the table gives. */
final class Stats {
    private Stats() {}

    /** The median of {@code values} (the mean of the two middle ones for an even count). */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
