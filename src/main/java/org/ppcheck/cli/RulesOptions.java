package org.ppcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.RulesException;
import org.ppcheck.rules.RulesLoader;

/** Loading a rules file and narrowing it to profiles, with the errors every command reports the same way. */
final class RulesOptions {
    private RulesOptions() {
    }

    /** Every rule of the built-in rules or of the file; null after printing every problem, one per line. */
    static RuleSet loadAll(Path rulesFile, PrintWriter err) {
        try {
            return rulesFile == null ? RulesLoader.loadDefault() : RulesLoader.load(rulesFile);
        } catch (RulesException e) {
            e.problems().forEach(p -> err.println("ppcheck: " + p));
            return null;
        }
    }

    /** The rules narrowed to the profiles (the default profiles when none are given); null after printing what was wrong. */
    static RuleSet load(Path rulesFile, List<String> profiles, PrintWriter err) {
        RuleSet all = loadAll(rulesFile, err);
        if (all == null) {
            return null;
        }
        try {
            return all.select(profiles);
        } catch (IllegalArgumentException e) {
            err.println("ppcheck: --profile: " + e.getMessage());
            return null;
        }
    }
}
