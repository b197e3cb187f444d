package org.ppcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ppcheck.check.FileValidation;
import org.ppcheck.rules.Rule;
import org.ppcheck.rules.RuleSet;
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
            description = "Check rules files, and the data files ppcheck ships (lexicons such as data-fields.yaml, cues.yaml, "
                    + "negation.yaml, discovery.yaml; known by their names), without running them: every problem is reported "
                    + "at once, each as FILE:LINE:COL: path: message.")
    static final class Validate extends BaseCommand {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "rules files or data files")
        List<Path> files;

        @Override
        List<ExitCode> exitCodes() {
            return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
        }

        @Override
        ExitCode execute() {
            ExitCode exit = ExitCode.OK;
            for (Path file : files) {
                FileValidation.Result result = FileValidation.validate(file);
                result.problems().forEach(this::say);
                if (!result.valid()) {
                    exit = exit.worst(ExitCode.USAGE_ERROR);
                } else if (result.rules() == null) {
                    out().println(file + ": valid");
                } else {
                    RuleSet rules = result.rules();
                    out().println(file + ": valid, " + rules.rules().size() + " rules in " + rules.profiles().size() + " profiles"
                            + (rules.defaultProfiles().isEmpty() ? "" : ", default " + String.join(", ", rules.defaultProfiles())));
                }
            }
            return exit;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "List the profiles and the rules of the selected profiles (default: the default profiles).")
    static final class ListRules extends BaseCommand {
        @CommandLine.Mixin
        RulesMixin choice;

        @Option(names = "--all", description = "list every rule, whatever its profiles")
        boolean all;

        @Override
        List<ExitCode> exitCodes() {
            return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
        }

        @Override
        ExitCode execute() throws CliException {
            if (all && !choice.profiles.isEmpty()) {
                throw new CliException(ExitCode.USAGE_ERROR, "rules list: --all and --profile exclude each other; use one");
            }
            RuleSet rules = all ? choice.all() : choice.choose().rules();
            PrintWriter out = out();
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
            return ExitCode.OK;
        }
    }
}
