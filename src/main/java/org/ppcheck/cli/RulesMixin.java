package org.ppcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ppcheck.rules.RuleSet;
import picocli.CommandLine.Option;

/** The rules a command applies: {@code --rules FILE} and {@code --profile NAME}, shared by check, compare and diff. */
final class RulesMixin {
    @Option(names = "--rules", paramLabel = "FILE", description = "rules file to use instead of the built-in rules.yaml")
    Path rulesFile;

    @Option(names = "--profile", paramLabel = "NAME", split = ",",
            description = "apply only the rules of these profiles (repeat or separate with commas; 'all' for every rule; "
                    + "see 'ppcheck rules list'); default: the rules file's default-profiles")
    List<String> profiles = new ArrayList<>();

    /** The chosen rules; null after printing what was wrong with the file or a profile. */
    RuleSet load(PrintWriter err) {
        return RulesOptions.load(rulesFile, profiles, err);
    }
}
