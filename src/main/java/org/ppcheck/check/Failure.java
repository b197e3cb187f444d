package org.ppcheck.check;

import java.time.Duration;
import org.ppcheck.extract.InputException;
import org.ppcheck.fetch.FetchException;

/**
 * Why a policy has no report: the kind (front ends map it to an exit code or a status), a one-line
 * reason that says what to do, and the exception behind it (for {@code --verbose}; null when none).
 */
public record Failure(Kind kind, String reason, Throwable cause) {
    /** The kinds of failure. */
    public enum Kind {
        /** The input is missing, empty, binary, encrypted, corrupt or over a limit. */
        BAD_INPUT,
        /** A URL could not be fetched. */
        FETCH_FAILED,
        /** A URL was fetched, but neither it nor the pages it links to is a privacy policy. */
        NO_POLICY,
        /** The policy took longer than the time budget and was stopped. */
        TIMED_OUT,
        /** A bug in ppcheck. */
        INTERNAL
    }

    /** The failure an exception thrown while loading or checking a policy stands for. */
    public static Failure of(Throwable e) {
        if (e instanceof InputException) {
            return new Failure(Kind.BAD_INPUT, e.getMessage(), e);
        }
        if (e instanceof FetchException f) {
            return new Failure(f.kind() == FetchException.Kind.NO_POLICY ? Kind.NO_POLICY : Kind.FETCH_FAILED, e.getMessage(), e);
        }
        return new Failure(Kind.INTERNAL, "internal error: " + e, e);
    }

    /**
     * Why a task of a batch gave no value: stopped after {@code budget}, or the exception it threw
     * (see {@link #of(Throwable)}); null when it succeeded.
     */
    public static Failure of(BatchRun.Outcome<?> outcome, Duration budget) {
        if (outcome.timedOut()) {
            return timedOut(budget);
        }
        return outcome.failure() == null ? null : of(outcome.failure());
    }

    /** The failure of a policy stopped after {@code budget}. */
    public static Failure timedOut(Duration budget) {
        String took = budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
        return new Failure(Kind.TIMED_OUT, "took longer than the time budget of " + took + " and was stopped (see --time-budget)", null);
    }
}
