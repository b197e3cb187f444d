package org.ppcheck.cli;

/**
 * The exit codes of ppcheck, documented in the README. When several apply to one run, the first
 * of INTERNAL_ERROR, USAGE_ERROR, FETCH_FAILED, NO_POLICY, SOME_FAILED, FINDINGS_FAILED wins.
 */
public enum ExitCode {
    /** Every input was checked and no finding reached {@code --fail-on}. */
    OK(0),
    /** A bug in ppcheck; the message says so, {@code --verbose} shows the stack trace. */
    INTERNAL_ERROR(1),
    /** A bad option, a broken rules file, or an input that is missing, empty, binary, encrypted or corrupt. */
    USAGE_ERROR(2),
    /** A URL could not be fetched: network, timeout, HTTP error, too large, robots.txt, or a page that needs JavaScript. */
    FETCH_FAILED(3),
    /** A finding at or above the {@code --fail-on} severity failed. */
    FINDINGS_FAILED(4),
    /** {@code compare}: some vendors failed (each listed with its reason); the others have their reports. */
    SOME_FAILED(5),
    /** A URL was fetched, but neither it nor the pages it links to is a privacy policy. */
    NO_POLICY(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The more important of two outcomes. */
    ExitCode worst(ExitCode other) {
        return rank() <= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case INTERNAL_ERROR -> 0;
            case USAGE_ERROR -> 1;
            case FETCH_FAILED -> 2;
            case NO_POLICY -> 3;
            case SOME_FAILED -> 4;
            case FINDINGS_FAILED -> 5;
            case OK -> 6;
        };
    }
}
