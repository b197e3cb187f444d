package org.ppcheck.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ppcheck.web.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck users}: the users file of {@code serve --auth}. */
@Command(name = "users", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Keep the users file of 'ppcheck serve --auth': names with BCrypt hashes of their passwords.",
        subcommands = UsersCommand.Add.class)
final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'ppcheck users add NAME'");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Add a user, or set a user's password: asked on the terminal (not shown), or read as one line from standard "
                    + "input when it is not a terminal. The file is written atomically; the other users are kept.")
    static final class Add extends BaseCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--file", paramLabel = "FILE", defaultValue = "users.yaml", description = "the users file (default: ${DEFAULT-VALUE})")
        Path file;

        @Override
        List<ExitCode> exitCodes() {
            return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
        }

        @Override
        ExitCode execute() throws CliException, IOException {
            char[] password = password();
            try {
                Users.add(file, name, password);
            } catch (Users.UsersException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.problems(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
            say("password of " + name + " set in " + file);
            return ExitCode.OK;
        }

        private char[] password() throws CliException, IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] again = console.readPassword("Again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new CliException(ExitCode.USAGE_ERROR, "the two passwords differ; run 'ppcheck users add " + name + "' again");
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CliException(ExitCode.USAGE_ERROR, "no password on standard input; pipe one line, or run on a terminal to be asked");
            }
            return line.toCharArray();
        }
    }
}
