package org.ppcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ppcheck.check.Checked;
import org.ppcheck.check.Checker;
import org.ppcheck.check.Failure;
import org.ppcheck.check.PolicySource;
import org.ppcheck.report.Format;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;
import org.ppcheck.rules.Severity;
import org.ppcheck.util.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck check}: one report per policy; a bad input is reported and the others go on. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check privacy policies: HTML, PDF, Markdown or text files, directories of them, http(s) URLs "
                + "(a homepage is enough: the policy is found from its links), or archived snapshots written sha256:HEX.")
final class CheckCommand extends BaseCommand {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or md (default: ${DEFAULT-VALUE})", converter = FormatConverter.class)
    Format format;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "write one report per input to DIR, named after the input's file name plus the format's extension")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "exit with 4 when a finding of this severity or higher fails, naming each on stderr: high, medium or low "
                    + "(default: off)")
    Severity failOn;

    @CommandLine.Mixin
    RunMixin run;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "policy files, directories, http(s) URLs or sha256:HEX snapshots")
    List<String> inputs;

    private final Set<String> written = new HashSet<>();
    private int printed;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR, ExitCode.FETCH_FAILED, ExitCode.FINDINGS_FAILED,
                ExitCode.NO_POLICY);
    }

    @Override
    ExitCode execute() throws CliException {
        Checker checker = new Checker(run.settings());
        ExitCode exit = ExitCode.OK;
        List<PolicySource> sources = new ArrayList<>();
        for (String input : inputs) {
            try {
                PolicySource.Expanded expanded = PolicySource.expand(input, outputDir);
                expanded.skipped().forEach(this::say);
                List<PolicySource> found = expanded.sources();
                if (found.isEmpty()) {
                    say(input + ": no policy files (" + String.join(", ", PolicySource.POLICY_EXTENSIONS.stream().sorted().toList())
                            + ") in this directory");
                    exit = exit.worst(ExitCode.USAGE_ERROR);
                }
                sources.addAll(found);
            } catch (IOException e) {
                error(input + ": cannot list the directory (" + e.getMessage() + ")", e);
                exit = exit.worst(ExitCode.USAGE_ERROR);
            }
        }
        boolean array = format == Format.JSON && sources.size() != 1 && outputDir == null;
        ExitCode[] worst = {exit};
        checker.checkAll(sources, checked -> worst[0] = worst[0].worst(report(checked, array)));
        if (array) {
            out().print(printed == 0 ? "[ ]" + System.lineSeparator() : "]" + System.lineSeparator());
            out().flush();
        }
        return worst[0];
    }

    /** Prints or writes one source's report, or says why it has none; the exit code of that source. */
    private ExitCode report(Checked checked, boolean array) {
        PolicySource source = checked.source();
        if (checked.failed()) {
            Failure f = checked.failure();
            error(source + ": " + f.reason() + (f.kind() == Failure.Kind.INTERNAL && !verbose ? " (run with --verbose for details)" : ""), f.cause());
            return exitFor(f);
        }
        if (checked.origin() != null) {
            say(source + ": checking " + checked.origin().finalUrl()
                    + (checked.origin().snapshot() == null ? "" : ", archived as " + checked.origin().snapshot()));
        }
        Report report = checked.report();
        List<String> tripped = FailOnGate.tripped(source.toString(), report, failOn);
        tripped.forEach(this::say);
        ExitCode exit = tripped.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS_FAILED;
        if (outputDir != null) {
            return exit.worst(write(report, source));
        }
        if (array) {
            out().print(printed == 0 ? "[ " : ", ");
        } else if (printed > 0) {
            out().print(System.lineSeparator());
        }
        out().print(format.render(report).stripTrailing());
        out().print(System.lineSeparator());
        out().flush();
        printed++;
        return exit;
    }

    /** The exit code of a source that could not be checked. */
    static ExitCode exitFor(Failure f) {
        return switch (f.kind()) {
            case BAD_INPUT, TIMED_OUT -> ExitCode.USAGE_ERROR;
            case FETCH_FAILED -> ExitCode.FETCH_FAILED;
            case NO_POLICY -> ExitCode.NO_POLICY;
            case INTERNAL -> ExitCode.INTERNAL_ERROR;
        };
    }

    private ExitCode write(Report report, PolicySource source) {
        String baseName = source.reportName();
        String name = baseName + "." + format.extension();
        for (int n = 2; !written.add(name); n++) {
            name = baseName + "-" + n + "." + format.extension();
        }
        Path target = outputDir.resolve(name);
        try {
            AtomicFiles.write(target, format.render(report));
            say(source + ": " + (report.score().assessed() ? "score " : "") + KeyFacts.scoreAndGrade(report) + ", wrote " + target);
            return ExitCode.OK;
        } catch (IOException e) {
            error(target + ": cannot write the report (" + e.getMessage() + "); check --output-dir", e);
            return ExitCode.USAGE_ERROR;
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown format '" + value + "': use text, json or md");
            }
        }
    }

    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown severity '" + value + "': use high, medium or low");
            }
        }
    }
}
