package org.ppcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.rules.Rule;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.RulesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppcheck explain RULE}: what a rule checks, why it matters, the legal reference, how a vendor
 * fixes a failure and what a buyer asks the vendor for.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Explain rules: what each checks, why it matters, the legal reference, how a vendor fixes a failure "
                + "and what a buyer asks the vendor for.")
final class ExplainCommand extends BaseCommand {
    @Option(names = "--rules", paramLabel = "FILE", description = "rules file to use instead of the built-in rules.yaml")
    Path rulesFile;

    @Parameters(arity = "1..*", paramLabel = "RULE", description = "rule ids (see 'ppcheck rules list --all')")
    List<String> ids;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Override
    ExitCode execute() throws CliException {
        PrintWriter out = out();
        RuleSet all;
        try {
            all = RulesChoice.loadAll(rulesFile);
        } catch (RulesException e) {
            throw RulesMixin.problems(e);
        }
        ExitCode exit = ExitCode.OK;
        for (String id : ids) {
            Rule r = all.rule(id);
            if (r == null) {
                say("explain: no rule '" + id + "'" + all.suggestRule(id) + "; see 'ppcheck rules list --all'");
                exit = exit.worst(ExitCode.USAGE_ERROR);
                continue;
            }
            out.println(r.id() + ": " + r.title());
            out.println("  checks:     " + r.describe());
            out.println("  why:        " + orDash(r.why()));
            out.println("  reference:  " + orDash(r.reference()));
            out.println("  vendor fix: " + orDash(r.fix()));
            out.println("  buyer ask:  " + orDash(r.ask()));
            out.println("  as a gap:   " + (r.gap() == null ? "-" : r.gap().replace("{found}", "<what the check found>")));
            out.println("  severity:   " + r.severity().label() + ", weight " + r.weight() + ", worth " + r.weight()
                    * all.severityFactors().getOrDefault(r.severity(), 1) + " points" + (r.cap() == null ? "" : "; while it fails the grade is at most " + r.cap()));
            out.println("  profiles:   " + (r.profiles().isEmpty() ? "all" : String.join(", ", r.profiles())));
            out.println();
        }
        out.flush();
        return exit;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
