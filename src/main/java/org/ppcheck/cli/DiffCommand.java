package org.ppcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.ppcheck.check.CheckFailedException;
import org.ppcheck.check.Checker;
import org.ppcheck.check.PolicySource;
import org.ppcheck.compare.PolicyDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck diff OLD NEW}: what changed between two versions of a policy. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compare two versions of a policy (files, URLs, or archived snapshots written sha256:HEX): facts and "
                + "disclosures that appeared or disappeared, findings that changed status, the score, and the changed sections.")
final class DiffCommand extends BaseCommand {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE})")
    String format;

    @CommandLine.Mixin
    RunMixin run;

    @Parameters(index = "0", paramLabel = "OLD", description = "the older version: a file, a URL or sha256:HEX from the archive")
    String oldInput;

    @Parameters(index = "1", paramLabel = "NEW", description = "the newer version")
    String newInput;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR, ExitCode.FETCH_FAILED, ExitCode.NO_POLICY);
    }

    @Override
    ExitCode execute() throws CliException, IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "html").contains(fmt)) {
            throw new CliException(ExitCode.USAGE_ERROR, "diff: unknown format '" + format + "': use text, json or html");
        }
        Checker checker = new Checker(run.settings());
        PolicyDiff diff;
        try {
            diff = checker.diff(PolicySource.of(oldInput), PolicySource.of(newInput));
        } catch (CheckFailedException e) {
            throw new CliException(CheckCommand.exitFor(e.failure()), "diff: " + e.source() + ": " + e.failure().reason(), e.failure().cause());
        }
        out().print(switch (fmt) {
            case "json" -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(diff) + "\n";
            case "html" -> diff.html();
            default -> diff.text();
        });
        out().flush();
        return ExitCode.OK;
    }
}
