package org.ppcheck.cli;

import java.time.Instant;
import java.util.List;
import org.ppcheck.register.Decision;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.Reviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck decide NAME [RULE-ID] DECISION --by WHO}: record a reviewer's decision on the latest version. */
@Command(name = "decide", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Record a reviewer's decision on a vendor's latest version: overall, or on one rule (RULE-ID). "
                + "DECISION is approve, approve-with-conditions, reject or pending. A decision carries over to later versions "
                + "until one changes what it was made on; then it needs re-review.")
final class DecideCommand extends BaseCommand {
    @Mixin
    RegisterMixin register;

    @Parameters(arity = "2..3", paramLabel = "NAME [RULE-ID] DECISION")
    List<String> args;

    @Option(names = "--by", paramLabel = "WHO", required = true, description = "who decides")
    String by;

    @Option(names = "--note", paramLabel = "TEXT", description = "why, or the conditions")
    String note;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Override
    ExitCode execute() throws CliException {
        String name = args.get(0);
        String rule = args.size() == 3 ? args.get(1) : null;
        String decision = args.get(args.size() - 1);
        if (by.isBlank()) {
            throw new CliException(ExitCode.USAGE_ERROR, "--by: say who decides", null);
        }
        try (Register reg = register.open(this)) {
            Decision d = new Reviews(reg).decide(name, rule, decision, by.strip(), note, Instant.now());
            say("recorded: " + d.vendor() + (rule == null ? "" : " / " + rule) + ": " + d.decision() + " by " + d.by() + " on version " + d.versionSeq());
            return ExitCode.OK;
        } catch (RegisterException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
        }
    }
}
