package io.github.cloudmckeys.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic and wording of the benchmark table: medians, ratios, verdicts. */
class BenchmarkTableTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRatioGoalIsJudgedOnTheRatio() {
        Row within = Row.againstRatio("start", 1100, 1000, "%.0f ms", "empty window", 1.15);
        Row over = Row.againstRatio("start", 1200, 1000, "%.0f ms", "empty window", 1.15);

        assertThat(within).isEqualTo(new Row("start", "1100 ms", "1000 ms empty window", "1.10×", "≤ 1.15×", "meets"));
        assertThat(over.ratio()).isEqualTo("1.20×");
        assertThat(over.verdict()).isEqualTo("misses");
    }

    @Test
    void aLimitGoalIsJudgedOnTheFigure() {
        Row row = Row.againstLimit("search", 0.5, 0.05, "%.3f ms", "contains", 2);

        assertThat(row.verdict()).isEqualTo("meets");
        assertThat(row.ratio()).isEqualTo("10.00×");
        assertThat(Row.againstLimit("search", 2.5, 0.05, "%.3f ms", "contains", 2).verdict()).isEqualTo("misses");
    }

    @Test
    void theTableIsMarkdown() {
        String table = Row.table(List.of(Row.reported("size", 56, 50, "%.1f MiB", "bare runtime")));

        assertThat(table.lines().toList()).containsExactly(
                "| figure | median | baseline (median, same run) | ratio | goal | |",
                "|---|---:|---|---:|---|---|",
                "| size | 56.0 MiB | 50.0 MiB bare runtime | 1.12× |  |  |");
    }
}
