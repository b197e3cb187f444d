package org.ppcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.RulesException;
import picocli.CommandLine.Option;

/** The rules a command applies: {@code --rules FILE} and {@code --profile NAME}. */
final class RulesMixin {
    @Option(names = "--rules", paramLabel = "FILE", description = "rules file to use instead of the built-in rules.yaml")
    Path rulesFile;

    @Option(names = "--profile", paramLabel = "NAME", split = ",",
            description = "apply only the rules of these profiles (repeat or separate with commas; 'all' for every rule; "
                    + "see 'ppcheck rules list'); default: the rules file's default-profiles")
    List<String> profiles = new ArrayList<>();

    /** The chosen rules, narrowed to the profiles. */
    RulesChoice choose() throws CliException {
        try {
            return RulesChoice.load(rulesFile, profiles);
        } catch (RulesException e) {
            throw problems(e);
        }
    }

    /** Every rule of the file, whatever the profiles. */
    RuleSet all() throws CliException {
        try {
            return RulesChoice.loadAll(rulesFile);
        } catch (RulesException e) {
            throw problems(e);
        }
    }

    /** A rules file's problems, one line each, as a usage error. */
    static CliException problems(RulesException e) {
        return new CliException(ExitCode.USAGE_ERROR, e.problems(), e);
    }
}
