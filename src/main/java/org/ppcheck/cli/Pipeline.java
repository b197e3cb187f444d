package org.ppcheck.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks on up to N threads and hands back their results in the order they were submitted.
 * Only a few tasks run ahead of the consumer, so a run of thousands of policies never holds more
 * than a handful of documents. A task that runs past the time budget is given up (its result is
 * null) and no longer counts against the N threads.
 */
final class Pipeline<T> implements AutoCloseable {
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ppcheck-worker");
        t.setDaemon(true); // a task given up after its time budget must not keep the JVM alive
        return t;
    });
    private final Semaphore slots;
    private final Duration budget;
    private final Deque<Callable<T>> waiting = new ArrayDeque<>();
    private final Deque<Running<T>> running = new ArrayDeque<>();
    private final int ahead;

    private record Running<T>(CompletableFuture<T> result, java.util.concurrent.atomic.AtomicLong startedAt) { }

    Pipeline(int threads, Duration budget) {
        this.slots = new Semaphore(threads);
        this.budget = budget;
        this.ahead = threads * 8;
    }

    void submit(Callable<T> task) {
        waiting.add(task);
    }

    /** The result of the next task in submission order; null when it ran past the time budget. */
    T next() {
        while (running.size() < ahead && !waiting.isEmpty()) {
            start(waiting.poll());
        }
        Running<T> r = running.poll();
        if (r == null) {
            throw new IllegalStateException("no task left");
        }
        try {
            while (true) {
                long started = r.startedAt().get();
                if (started == 0) {
                    try {
                        return r.result().get(50, TimeUnit.MILLISECONDS); // not started yet: waiting for a thread
                    } catch (TimeoutException notYet) {
                        continue;
                    }
                }
                long left = started + budget.toNanos() - System.nanoTime();
                try {
                    return r.result().get(Math.max(1, left), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (System.nanoTime() - started >= budget.toNanos()) {
                        if (r.result().cancel(true)) {
                            slots.release(); // the stuck thread no longer holds a slot
                            return null;
                        }
                        return r.result().get(); // it finished just now
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void start(Callable<T> task) {
        java.util.concurrent.atomic.AtomicLong startedAt = new java.util.concurrent.atomic.AtomicLong();
        CompletableFuture<T> result = new CompletableFuture<>();
        pool.execute(() -> {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                result.cancel(true);
                return;
            }
            startedAt.set(System.nanoTime());
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                if (!result.isCancelled()) {
                    slots.release();
                }
            }
        });
        running.add(new Running<>(result, startedAt));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
