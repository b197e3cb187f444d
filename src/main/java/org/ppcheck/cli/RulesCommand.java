package org.ppcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ppcheck.rules.Rule;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.RulesException;
import org.ppcheck.rules.RulesLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck rules}: validate rules files and list rules and profiles. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validate rules files, list the rules and profiles.",
        subcommands = {RulesCommand.Validate.class, RulesCommand.ListRules.class})
final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'ppcheck rules validate FILE' or 'ppcheck rules list'");
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every file is valid", "2:a file has problems (each printed as FILE:LINE:COL: path: message)"},
            description = "Check rules files without running them: every problem is reported at once.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "rules files")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ExitCode exit = ExitCode.OK;
            for (Path file : files) {
                try {
                    RuleSet rules = RulesLoader.load(file);
                    out.println(file + ": valid, " + rules.rules().size() + " rules in " + rules.profiles().size() + " profiles"
                            + (rules.defaultProfiles().isEmpty() ? "" : ", default " + String.join(", ", rules.defaultProfiles())));
                } catch (RulesException e) {
                    e.problems().forEach(p -> err.println("ppcheck: " + p));
                    exit = exit.worst(ExitCode.USAGE_ERROR);
                }
            }
            return exit.code();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "List the profiles and the rules of the selected profiles (default: the default profiles).")
    static final class ListRules implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rules", paramLabel = "FILE", description = "rules file to use instead of the built-in rules.yaml")
        Path rulesFile;

        @Option(names = "--profile", paramLabel = "NAME", split = ",", description = "list only the rules of these profiles")
        List<String> profiles = new ArrayList<>();

        @Option(names = "--all", description = "list every rule, whatever its profiles")
        boolean all;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (all && !profiles.isEmpty()) {
                spec.commandLine().getErr().println("ppcheck: rules list: --all and --profile exclude each other; use one");
                return ExitCode.USAGE_ERROR.code();
            }
            RuleSet rules = all ? RulesOptions.loadAll(rulesFile, spec.commandLine().getErr())
                    : RulesOptions.load(rulesFile, profiles, spec.commandLine().getErr());
            if (rules == null) {
                return ExitCode.USAGE_ERROR.code();
            }
            List<Rule> shown = rules.rules();
            out.println("Profiles" + (rules.defaultProfiles().isEmpty() ? "" : " (default: " + String.join(", ", rules.defaultProfiles()) + ")") + ":");
            rules.profiles().forEach((name, description) -> out.printf("  %-12s %s%n", name, description));
            out.println();
            out.println((all ? "All rules" : "Rules of " + (rules.selected().isEmpty() ? "every profile" : String.join(", ", rules.selected())))
                    + " (" + shown.size() + "):");
            out.printf("  %-30s %-8s %6s  %-26s %s%n", "ID", "SEVERITY", "WEIGHT", "PROFILES", "TITLE");
            for (Rule r : shown) {
                out.printf("  %-30s %-8s %6d  %-26s %s%n", r.id(), r.severity().label(), r.weight(),
                        r.profiles().isEmpty() ? "(all)" : String.join(",", r.profiles()), r.title());
            }
            return ExitCode.OK.code();
        }
    }
}
