package org.ppcheck.check;

/** A source that could not be checked, where the caller needs its report to go on (as a diff does). */
public final class CheckFailedException extends Exception {
    private final transient PolicySource source;
    private final transient Failure failure;

    public CheckFailedException(PolicySource source, Failure failure) {
        super(source + ": " + failure.reason(), failure.cause());
        this.source = source;
        this.failure = failure;
    }

    public PolicySource source() {
        return source;
    }

    public Failure failure() {
        return failure;
    }
}
