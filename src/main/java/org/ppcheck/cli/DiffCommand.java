package org.ppcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ppcheck.compare.PolicyDiff;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.fetch.Archive;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.report.Report;
import org.ppcheck.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck diff OLD NEW}: what changed between two versions of a policy. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the diff was printed",
            "1:internal error (a bug: run again with --verbose and report it)",
            "2:bad usage, a broken rules file, or a version that cannot be read",
            "3:a URL could not be fetched",
            "6:a URL was fetched but no privacy policy was found there"},
        description = "Compare two versions of a policy (files, URLs, or archived snapshots written sha256:HEX): facts and "
                + "disclosures that appeared or disappeared, findings that changed status, the score, and the changed sections.")
final class DiffCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE})")
    String format;

    @CommandLine.Mixin
    RulesMixin rulesChoice;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    @CommandLine.Mixin
    FetchOptionsMixin fetch;

    @CommandLine.Mixin
    LimitsMixin limits;

    @Parameters(index = "0", paramLabel = "OLD", description = "the older version: a file, a URL or sha256:HEX from the archive")
    String oldInput;

    @Parameters(index = "1", paramLabel = "NEW", description = "the newer version")
    String newInput;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "html").contains(fmt)) {
            err.println("ppcheck: diff: unknown format '" + format + "': use text, json or html");
            return ExitCode.USAGE_ERROR.code();
        }
        RuleSet rules = rulesChoice.load(err);
        if (rules == null) {
            return ExitCode.USAGE_ERROR.code();
        }
        limits.apply();
        PolicyChecker checker = new PolicyChecker(rules);
        Extraction.Extracted a;
        Extraction.Extracted b;
        try {
            a = load(oldInput);
            b = load(newInput);
        } catch (InputException e) {
            err.println("ppcheck: diff: " + e.getMessage());
            trace(err, e);
            return ExitCode.USAGE_ERROR.code();
        } catch (FetchException e) {
            err.println("ppcheck: diff: " + e.getMessage());
            trace(err, e);
            return FetchOptionsMixin.exitFor(e).code();
        }
        Report ra = checker.check(a);
        Report rb = checker.check(b);
        PolicyDiff diff = PolicyDiff.of(ra, a.text(), rb, b.text());
        out.print(switch (fmt) {
            case "json" -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(diff) + "\n";
            case "html" -> diff.html();
            default -> diff.text();
        });
        out.flush();
        return ExitCode.OK.code();
    }

    private void trace(PrintWriter err, Exception e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }

    /** A version: a URL (fetched), an archived snapshot (sha256:HEX), or a file. */
    private Extraction.Extracted load(String input) throws InputException, FetchException {
        if (FetchOptionsMixin.isUrl(input)) {
            return fetch.fetchPolicy(input);
        }
        if (input.matches("sha256:[0-9a-f]{64}")) {
            Path object = new Archive(fetch.archiveDir()).object(input.substring(7));
            if (!Files.exists(object)) {
                throw new InputException("no snapshot " + input + " in the archive " + fetch.archiveDir() + "; check --archive");
            }
            try {
                return Extraction.fromBytes(input, Files.readAllBytes(object));
            } catch (IOException e) {
                throw new InputException("the snapshot " + input + " cannot be read (" + e.getMessage() + ")", e);
            }
        }
        Extraction.Extracted e = Extraction.fromFile(Path.of(input));
        return e;
    }
}
