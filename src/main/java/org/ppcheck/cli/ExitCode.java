package org.ppcheck.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exit codes of ppcheck, documented in the README; each command's help lists its own, in the
 * words given here. When several apply to one run, the first of INTERNAL_ERROR, USAGE_ERROR,
 * FETCH_FAILED, NO_POLICY, SOME_FAILED, FINDINGS_FAILED wins.
 */
public enum ExitCode {
    /** Every input was handled and, with {@code --fail-on}, no finding reached it. */
    OK(0, "success: every input was handled (with --fail-on: no finding at or above it failed)"),
    /** A bug in ppcheck; the message says so, {@code --verbose} shows the stack trace. */
    INTERNAL_ERROR(1, "internal error (a bug: run again with --verbose and report it)"),
    /** A bad option, a broken rules or data file, or an input that is missing, empty, binary, encrypted, corrupt or too slow. */
    USAGE_ERROR(2, "bad usage, a broken rules or data file, or an input that cannot be read or took longer than --time-budget"),
    /** A URL could not be fetched: network, timeout, HTTP error, too large, robots.txt, or a page that needs JavaScript. */
    FETCH_FAILED(3, "a URL could not be fetched (network, HTTP error, timeout, too large, robots.txt, needs JavaScript)"),
    /** A finding at or above the {@code --fail-on} severity failed. */
    FINDINGS_FAILED(4, "a finding at or above --fail-on failed"),
    /** {@code compare}, {@code recheck}: some vendors failed (each listed with its reason); the others have their reports or versions. */
    SOME_FAILED(5, "some vendors could not be checked (each is listed with its reason; the others have their reports or versions)"),
    /** A URL was fetched, but neither it nor the pages it links to is a privacy policy. */
    NO_POLICY(6, "a URL was fetched but no privacy policy was found there");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** What the code means, as the help says it. */
    public String meaning() {
        return meaning;
    }

    /** The help's exit-code list for these codes: code to meaning, in order. */
    static Map<String, String> help(List<ExitCode> codes) {
        Map<String, String> list = new LinkedHashMap<>();
        codes.forEach(c -> list.put(String.valueOf(c.code), c.meaning));
        return list;
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
