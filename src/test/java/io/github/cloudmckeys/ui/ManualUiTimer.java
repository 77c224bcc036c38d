package io.github.cloudmckeys.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link UiTimer} whose time moves only when the test says so, on the test's thread. */
final class ManualUiTimer implements UiTimer {
    private final class Task implements Repeating {
        final long periodMillis;
        final Runnable action;
        long dueMillis;
        boolean stopped;

        Task(Duration period, Runnable action) {
            this.periodMillis = period.toMillis();
            this.action = action;
            this.dueMillis = nowMillis + periodMillis;
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private long nowMillis;

    @Override
    public Repeating every(Duration period, Runnable action) {
        Task task = new Task(period, action);
        tasks.add(task);
        return task;
    }

    /** Moves time forward by {@code seconds}, running every action that falls due, in order. */
    void advanceSeconds(long seconds) {
        long end = nowMillis + seconds * 1000;
        while (true) {
            Task next = tasks.stream().filter(t -> !t.stopped && t.dueMillis <= end)
                    .min((a, b) -> Long.compare(a.dueMillis, b.dueMillis)).orElse(null);
            if (next == null) {
                break;
            }
            nowMillis = next.dueMillis;
            next.dueMillis += next.periodMillis;
            next.action.run();
        }
        nowMillis = end;
        tasks.removeIf(t -> t.stopped);
    }

    /** Repeating actions not stopped yet. */
    long running() {
        return tasks.stream().filter(t -> !t.stopped).count();
    }
}
