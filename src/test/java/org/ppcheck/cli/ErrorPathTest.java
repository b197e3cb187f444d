package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one error path every command shares: one-line messages, exit codes from one enum, traces only with --verbose. */
class ErrorPathTest {
    /** A command with a bug, to see how an internal error reaches the user. */
    @Command(name = "boom")
    static final class Boom extends BaseCommand {
        @Override
        ExitCode execute() {
            throw new IllegalStateException("a bug in a command");
        }

        @Override
        List<ExitCode> exitCodes() {
            return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR);
        }
    }

    private static Cli.Run runWithBoom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cli = Main.commandLine(o, e, false);
        cli.addSubcommand(new Boom());
        cli.setOut(o).setErr(e); // the streams reach commands added after they were set only this way
        int exit = cli.execute(args);
        return new Cli.Run(exit, out.toString(), err.toString());
    }

    @Test
    void anInternalErrorIsOneLineWithoutVerboseAndAStackTraceWithIt() {
        Cli.Run quiet = runWithBoom("boom");
        assertThat(quiet.exit()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err().lines().toList()).containsExactly(
                "ppcheck: internal error: java.lang.IllegalStateException: a bug in a command (run with --verbose for details)");

        Cli.Run verbose = runWithBoom("boom", "--verbose");
        assertThat(verbose.exit()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(verbose.err()).startsWith("ppcheck: internal error: java.lang.IllegalStateException: a bug in a command")
                .contains("\tat org.ppcheck.cli.ErrorPathTest$Boom.execute").doesNotContain("run with --verbose");
    }

    @Test
    void everyCommandTakesVerboseAndListsItsExitCodesInTheWordsOfTheEnum() {
        for (String command : List.of("check", "compare", "diff", "fetch", "explain", "bench", "rules validate", "rules list")) {
            String[] args = (command + " --help").split(" ");
            Cli.Run help = Cli.ppcheck(args);
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("--verbose", "Exit codes:", listed(ExitCode.OK), listed(ExitCode.INTERNAL_ERROR),
                    listed(ExitCode.USAGE_ERROR));
        }
        assertThat(Cli.ppcheck("check", "--help").out()).contains(Arrays.stream(new ExitCode[] {ExitCode.FETCH_FAILED,
                ExitCode.FINDINGS_FAILED, ExitCode.NO_POLICY}).map(ErrorPathTest::listed).toArray(String[]::new));
        assertThat(Cli.ppcheck("compare", "--help").out()).contains(listed(ExitCode.SOME_FAILED));
    }

    /** How the help lists a code: the code and the first words of its meaning (the help wraps long lines). */
    private static String listed(ExitCode code) {
        return "  " + code.code() + "   " + code.meaning().substring(0, 30);
    }

    @Test
    void aBadOptionIsAUsageErrorThatPointsAtTheCommandsHelp() {
        Cli.Run run = Cli.ppcheck("rules", "validate", "--no-such-option", "x.yaml");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE_ERROR.code());
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("ppcheck: Unknown option: '--no-such-option'").endsWith("(see 'ppcheck rules validate --help')");
    }
}
