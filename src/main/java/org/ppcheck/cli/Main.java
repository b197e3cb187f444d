package org.ppcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ppcheck.report.ReportBuilder;
import org.ppcheck.util.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ppcheck} command: subcommands for each job, one-line errors, documented exit codes. */
@Command(name = "ppcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {CheckCommand.class, CompareCommand.class, DiffCommand.class, FetchCommand.class, VendorsCommand.class,
            RecheckCommand.class, HistoryCommand.class, DecideCommand.class, DecisionsCommand.class, FeedCommand.class, RulesCommand.class, ExplainCommand.class,
            ServeCommand.class, UsersCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class},
        description = "Reads privacy policies and reports, with quoted evidence, what they say and what they leave out.",
        footer = "%nSee 'ppcheck COMMAND --help' for a command's options and exit codes.")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--db", paramLabel = "FILE|URL",
            description = "the vendor register of the register commands (vendors, recheck, history, decide, decisions, feed): "
                    + "a SQLite file or a jdbc:postgresql:// URL (default: $PPCHECK_DB, else ~/.local/share/ppcheck/register.db)")
    String db;

    /** Whether stderr is a terminal (progress bars are drawn only there). */
    final boolean stderrIsTerminal;

    private Main(boolean stderrIsTerminal) {
        this.stderrIsTerminal = stderrIsTerminal;
    }

    public static void main(String[] args) {
        // reports quote policies verbatim: write UTF-8 whatever the platform's default charset
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, stderrIsTerminal()));
    }

    /** Runs ppcheck with the given streams and returns the exit code; the CLI tests call this in-process. */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
        return commandLine(out, err, stderrIsTerminal).execute(args);
    }

    /** The command line with every command, writing to these streams, with ppcheck's error handling. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
        CommandLine cli = new CommandLine(new Main(stderrIsTerminal));
        cli.setOut(out);
        cli.setErr(err);
        listExitCodes(cli);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(BaseCommand.PREFIX + TerminalText.escape(ex.getMessage())
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.USAGE_ERROR.code();
        });
        cli.setExecutionExceptionHandler((ex, line, result) -> {
            boolean verbose = line.getCommand() instanceof BaseCommand c && c.verbose;
            line.getErr().println(BaseCommand.PREFIX + "internal error: " + TerminalText.escape(String.valueOf(ex))
                    + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                ex.printStackTrace(line.getErr());
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli;
    }

    /** Every command's help ends with its exit codes, in the words of {@link ExitCode}. */
    static void listExitCodes(CommandLine line) {
        if (line.getCommand() instanceof BaseCommand command) {
            line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.help(command.exitCodes()));
        }
        line.getSubcommands().values().forEach(Main::listExitCodes);
    }

    /**
     * Whether this process's stderr is a terminal. Java 17 can only ask whether the console is one
     * ({@code System.console()}, which looks at stdin and stdout); on Linux the link of file
     * descriptor 2 says where stderr goes.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'ppcheck check PATH...'");
    }

    /** The version Maven built into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ppcheck " + ReportBuilder.VERSION};
        }
    }
}
