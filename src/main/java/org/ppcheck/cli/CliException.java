package org.ppcheck.cli;

import java.util.List;

/**
 * A command that cannot go on: its messages, one line each and without the "ppcheck: " prefix
 * ({@link BaseCommand} adds it), the exit code, and the exception behind it for {@code --verbose}.
 */
final class CliException extends Exception {
    private final ExitCode exit;
    private final List<String> lines;

    CliException(ExitCode exit, String message) {
        this(exit, List.of(message), null);
    }

    CliException(ExitCode exit, String message, Throwable cause) {
        this(exit, List.of(message), cause);
    }

    CliException(ExitCode exit, List<String> lines, Throwable cause) {
        super(String.join("; ", lines), cause);
        this.exit = exit;
        this.lines = List.copyOf(lines);
    }

    ExitCode exit() {
        return exit;
    }

    List<String> lines() {
        return lines;
    }
}
