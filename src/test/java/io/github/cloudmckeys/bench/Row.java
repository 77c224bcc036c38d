package io.github.cloudmckeys.bench;

import java.util.List;
import java.util.Locale;

/** One line of the table: a figure beside its baseline from the same run, and its goal. */
record Row(String figure, String measured, String baseline, String ratio, String goal, String verdict) {

    /** A figure whose goal is a ratio to its baseline ({@code goalRatio}×, lower is better). */
    static Row againstRatio(String figure, double measured, double baseline, String unitFormat, String baselineName,
                            double goalRatio) {
        double ratio = measured / baseline;
        return new Row(figure, format(unitFormat, measured), format(unitFormat, baseline) + " " + baselineName,
                ratio(ratio), "≤ " + format("%.2f×", goalRatio), ratio <= goalRatio ? "meets" : "misses");
    }

    /** A figure whose goal is an absolute limit ({@code goal}, same unit, lower is better). */
    static Row againstLimit(String figure, double measured, double baseline, String unitFormat, String baselineName,
                            double goal) {
        return new Row(figure, format(unitFormat, measured), format(unitFormat, baseline) + " " + baselineName,
                ratio(measured / baseline), "≤ " + format(unitFormat, goal), measured <= goal ? "meets" : "misses");
    }

    /** A figure reported beside its baseline, without a goal. */
    static Row reported(String figure, double measured, double baseline, String unitFormat, String baselineName) {
        return new Row(figure, format(unitFormat, measured), format(unitFormat, baseline) + " " + baselineName,
                ratio(measured / baseline), "", "");
    }

    /** The rows as a Markdown table. */
    static String table(List<Row> rows) {
        StringBuilder text = new StringBuilder(
                "| figure | median | baseline (median, same run) | ratio | goal | |\n|---|---:|---|---:|---|---|\n");
        for (Row row : rows) {
            text.append("| ").append(String.join(" | ", row.figure, row.measured, row.baseline, row.ratio, row.goal,
                    row.verdict)).append(" |\n");
        }
        return text.toString();
    }

    private static String ratio(double ratio) {
        return format("%.2f×", ratio);
    }

    static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
