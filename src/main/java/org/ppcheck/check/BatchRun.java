package org.ppcheck.check;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a fixed number of threads and hands their outcomes back in the order of the tasks.
 * Only a few tasks run ahead of the consumer, so a run of thousands of policies never holds more
 * than a handful of reports. A task that runs past the time budget is interrupted: the stages stop
 * at their next checkpoint ({@link org.ppcheck.util.Cancellation}), and the thread is only free for
 * the next task once it has, so no more than {@code jobs} threads ever work. When {@link #run}
 * returns, every thread it started has ended.
 *
 * @param <T> what a task gives
 */
public final class BatchRun<T> {
    /** How long {@link #run} waits, at the end, for a task that ignores its interruption. */
    private static final Duration STRAGGLER_WAIT = Duration.ofSeconds(30);
    /** Tasks started per thread ahead of the consumer. */
    private static final int AHEAD_PER_THREAD = 8;

    private final int jobs;
    private final Duration budget;

    /** The outcome of one task: its value, or the exception it threw, or that it ran past the budget and was stopped. */
    public record Outcome<T>(T value, Throwable failure, boolean timedOut) {
        public boolean succeeded() {
            return failure == null && !timedOut;
        }
    }

    /** A runner of {@code jobs} tasks at once, each stopped after {@code budget}. */
    public BatchRun(int jobs, Duration budget) {
        if (jobs < 1 || budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("jobs must be at least 1 and the budget positive");
        }
        this.jobs = jobs;
        this.budget = budget;
    }

    /** One task with its timer: the budget runs from the moment a thread starts it. */
    private static final class Job<T> {
        private final FutureTask<T> future;
        private volatile boolean timedOut;

        Job(Callable<T> work, ScheduledExecutorService timer, Duration budget) {
            this.future = new FutureTask<>(() -> {
                ScheduledFuture<?> alarm = timer.schedule(this::expire, budget.toNanos(), TimeUnit.NANOSECONDS);
                try {
                    return work.call();
                } finally {
                    alarm.cancel(false);
                }
            });
        }

        private void expire() {
            timedOut = true;
            future.cancel(true);
        }

        Outcome<T> await() throws InterruptedException {
            try {
                return new Outcome<>(future.get(), null, false);
            } catch (CancellationException e) {
                return new Outcome<>(null, null, true);
            } catch (ExecutionException e) {
                return timedOut ? new Outcome<>(null, null, true) : new Outcome<>(null, e.getCause(), false);
            }
        }
    }

    /**
     * Runs every task and gives {@code inOrder} each outcome in the order of {@code tasks}, on the
     * calling thread. Returns once every task is done and every thread of the run has ended (a task
     * that ignores its interruption is waited for at most {@link #STRAGGLER_WAIT}).
     */
    public void run(List<? extends Callable<T>> tasks, Consumer<Outcome<T>> inOrder) {
        List<Thread> started = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, threads("ppcheck-worker", started));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(threads("ppcheck-budget", started));
        try {
            Iterator<? extends Callable<T>> waiting = tasks.iterator();
            Deque<Job<T>> queued = new ArrayDeque<>();
            int ahead = jobs * AHEAD_PER_THREAD;
            while (waiting.hasNext() || !queued.isEmpty()) {
                while (queued.size() < ahead && waiting.hasNext()) {
                    Job<T> job = new Job<>(waiting.next(), timer, budget);
                    pool.execute(job.future);
                    queued.add(job);
                }
                inOrder.accept(queued.poll().await());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a policy", e);
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
            awaitEnd(started);
        }
    }

    /** Waits until every thread of the run has ended (a pool can count as terminated a moment before its threads have). */
    private static void awaitEnd(List<Thread> threads) {
        long deadline = System.nanoTime() + STRAGGLER_WAIT.toNanos();
        try {
            for (Thread t : threads) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads named after their job, so that a straggler never keeps the JVM alive; each is kept in {@code started}. */
    private static ThreadFactory threads(String name, List<Thread> started) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            started.add(t);
            return t;
        };
    }
}
