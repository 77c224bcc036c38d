package io.github.cloudmckeys.bench;

/**
 * Two measurements taken in turns, {@code runs} rounds, the first one first in even rounds and second
 * in odd ones: a slow moment of the machine, or a cache one side warms, falls on both sides alike.
 */
final class Alternation {
    /** One run of one side; it keeps its own figure. */
    interface Run {
        void once() throws BenchmarkException;
    }

    private Alternation() {}

    static void alternate(int runs, Run first, Run second) throws BenchmarkException {
        for (int i = 0; i < runs; i++) {
            Run lead = i % 2 == 0 ? first : second;
            Run follow = lead == first ? second : first;
            lead.once();
            follow.once();
        }
    }
}
