package org.ppcheck.util;

/**
 * Where long work on one policy stops when it is asked to. The flag is the thread's interrupt
 * status, set when a policy runs past its time budget; the stages ask at every block and every
 * sentence, so no thread goes on burning a processor after its policy was given up.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /** Thrown at a checkpoint of work that was cancelled. */
    public static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("cancelled", null, false, false);
        }
    }

    /** Stops the work (throws {@link CancelledException}) when its thread was asked to stop. */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }
}
