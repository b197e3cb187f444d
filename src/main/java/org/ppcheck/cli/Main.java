package org.ppcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.ppcheck.report.ReportBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ppcheck} command: subcommands for each job, one-line errors, documented exit codes. */
@Command(name = "ppcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {CheckCommand.class, CompareCommand.class, DiffCommand.class, FetchCommand.class, RulesCommand.class, ExplainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        description = "Reads privacy policies and reports, with quoted evidence, what they say and what they leave out.",
        footer = "%nSee 'ppcheck check --help' for the exit codes.")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // reports quote policies verbatim: write UTF-8 whatever the platform's default charset
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs ppcheck with the given streams and returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("ppcheck: " + ex.getMessage()
                    + " (see 'ppcheck " + subcommandName(ex.getCommandLine()) + "--help')");
            return ExitCode.USAGE_ERROR.code();
        });
        cli.setExecutionExceptionHandler((ex, line, result) -> {
            line.getErr().println("ppcheck: internal error: " + ex + " (run with --verbose for details)");
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli.execute(args);
    }

    private static String subcommandName(CommandLine line) {
        return line.getParent() == null ? "" : line.getCommandName() + " ";
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
