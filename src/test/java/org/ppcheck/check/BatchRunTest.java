package org.ppcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ppcheck.util.Cancellation;

/** The batch runner under check, compare and bench: order, failures, the time budget and its threads. */
class BatchRunTest {
    /** A task that never finishes on its own: it only stops at a checkpoint, as the pipeline's stages do. */
    private static Callable<String> endless(AtomicInteger running, AtomicInteger mostAtOnce) {
        return () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                while (true) {
                    Cancellation.checkpoint();
                    Thread.onSpinWait();
                }
            } finally {
                running.decrementAndGet();
            }
        };
    }

    private static Callable<String> quick(String value, AtomicInteger running, AtomicInteger mostAtOnce) {
        return () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
                return value;
            } finally {
                running.decrementAndGet();
            }
        };
    }

    private static List<String> liveBatchThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("ppcheck-")).toList();
    }

    @Test
    void outcomesComeInTheOrderOfTheTasksWithFailuresAndTimeOutsInTheirPlace() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(i == 3 || i == 17 ? endless(running, mostAtOnce) : quick("t" + i, running, mostAtOnce));
        }
        tasks.set(5, () -> {
            throw new IllegalArgumentException("broken input");
        });
        List<BatchRun.Outcome<String>> outcomes = new ArrayList<>();
        new BatchRun<String>(2, Duration.ofMillis(300)).run(tasks, outcomes::add);

        assertThat(outcomes).hasSize(40);
        for (int i = 0; i < 40; i++) {
            BatchRun.Outcome<String> o = outcomes.get(i);
            if (i == 3 || i == 17) {
                assertThat(o.timedOut()).as("task " + i).isTrue();
            } else if (i == 5) {
                assertThat(o.failure()).isInstanceOf(IllegalArgumentException.class).hasMessage("broken input");
            } else {
                assertThat(o.value()).as("task " + i).isEqualTo("t" + i);
            }
        }
        assertThat(mostAtOnce.get()).as("never more than --jobs tasks at once, stopped ones included").isLessThanOrEqualTo(2);
        assertThat(running.get()).as("every task has ended").isZero();
        assertThat(liveBatchThreads()).as("no thread of the run is left").isEmpty();
    }

    @Test
    void theBudgetRunsFromTheStartOfEachTaskNotFromTheStartOfTheRun() {
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> {
                Thread.sleep(150);
                return "done";
            });
        }
        List<BatchRun.Outcome<String>> outcomes = new ArrayList<>();
        new BatchRun<String>(1, Duration.ofMillis(1000)).run(tasks, outcomes::add);
        assertThat(outcomes).allMatch(BatchRun.Outcome::succeeded);
    }

    @Test
    void theConsumerSeesAnOutcomeBeforeLaterTasksAreAllStarted() {
        AtomicInteger started = new AtomicInteger();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tasks.add(started::incrementAndGet);
        }
        List<Integer> startedWhenFirstSeen = new ArrayList<>();
        new BatchRun<Integer>(1, Duration.ofSeconds(10)).run(tasks, o -> {
            if (startedWhenFirstSeen.isEmpty()) {
                startedWhenFirstSeen.add(started.get());
            }
        });
        assertThat(startedWhenFirstSeen.get(0)).as("only a few tasks run ahead of the consumer").isLessThan(200);
    }
}
