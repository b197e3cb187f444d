package org.ppcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ppcheck.util.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every command shares: one {@code --verbose}, one way to report an error ("ppcheck: " and
 * one line on stderr, the stack trace with {@code --verbose}), and the mapping of the outcome to an
 * exit code. A command implements {@link #execute()}; it returns the exit code or throws a
 * {@link CliException}. Any other exception is an internal error, reported by {@link Main}.
 */
abstract class BaseCommand implements Callable<Integer> {
    /** The prefix of every message ppcheck writes to stderr. */
    static final String PREFIX = "ppcheck: ";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    /** Runs the command; the exit code of its outcome. */
    abstract ExitCode execute() throws Exception;

    /** The exit codes this command can give, listed in its help. */
    abstract List<ExitCode> exitCodes();

    @Override
    public final Integer call() throws Exception {
        try {
            return execute().code();
        } catch (CliException e) {
            e.lines().forEach(this::say);
            trace(e.getCause());
            return e.exit().code();
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Writes a message to stderr, on one line: messages quote file names, URLs, vendor names and
     * reasons that may come from a hostile source, so control and bidi characters are shown escaped.
     */
    void say(String message) {
        err().println(PREFIX + TerminalText.escape(message));
    }

    /** Writes an error to stderr, and its cause's stack trace with --verbose. */
    void error(String message, Throwable cause) {
        say(message);
        trace(cause);
    }

    private void trace(Throwable cause) {
        if (verbose && cause != null) {
            cause.printStackTrace(err());
        }
    }

    /** The register named before the command ({@code ppcheck --db X ...}), or null. */
    String globalDb() {
        return spec.root().userObject() instanceof Main main ? main.db : null;
    }

    /** Whether stderr is a terminal, where a progress bar may be drawn. */
    boolean stderrIsTerminal() {
        return spec.root().userObject() instanceof Main main && main.stderrIsTerminal;
    }
}
