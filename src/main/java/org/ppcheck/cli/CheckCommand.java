package org.ppcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ppcheck.extract.InputException;
import org.ppcheck.report.Format;
import org.ppcheck.report.Report;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck check}: one report per policy file; a bad input is reported and the others go on. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input checked, no finding at or above --fail-on failed",
            "1:internal error (a bug: run again with --verbose and report it)",
            "2:bad usage, broken rules file, or an input that cannot be read",
            "4:a finding at or above --fail-on failed"},
        description = "Check privacy policies (HTML, PDF, Markdown or text files, or directories of them).")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or md (default: ${DEFAULT-VALUE})", converter = FormatConverter.class)
    Format format;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "write one report per input to DIR, named after the input's file name plus the format's extension")
    Path outputDir;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file to use instead of the built-in rules.yaml")
    Path rulesFile;

    @Option(names = "--profile", paramLabel = "NAME", split = ",",
            description = "apply only the rules of these profiles (repeat or separate with commas; see 'ppcheck rules list'); "
                    + "default: the rules file's default-profiles")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "exit with 4 when a finding of this severity or higher fails: high, medium or low (default: off)")
    Severity failOn;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "policy files or directories")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules = RulesOptions.load(rulesFile, profiles, err);
        if (rules == null) {
            return ExitCode.USAGE_ERROR.code();
        }
        PolicyChecker checker = new PolicyChecker(rules);
        ExitCode exit = ExitCode.OK;
        List<Report> reports = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Path arg : paths) {
            List<Path> files;
            try {
                files = Inputs.expand(arg);
            } catch (IOException e) {
                err.println("ppcheck: " + arg + ": cannot list the directory (" + e.getMessage() + ")");
                exit = exit.worst(ExitCode.USAGE_ERROR);
                continue;
            }
            if (files.isEmpty()) {
                err.println("ppcheck: " + arg + ": no policy files (" + String.join(", ", Inputs.POLICY_EXTENSIONS.stream().sorted().toList())
                        + ") in this directory");
                exit = exit.worst(ExitCode.USAGE_ERROR);
            }
            for (Path file : files) {
                Report report;
                try {
                    report = checker.check(file);
                } catch (InputException e) {
                    err.println("ppcheck: " + file + ": " + e.getMessage());
                    verboseTrace(err, e);
                    exit = exit.worst(ExitCode.USAGE_ERROR);
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    err.println("ppcheck: " + file + ": internal error: " + e + " (run with --verbose for details)");
                    verboseTrace(err, e);
                    exit = exit.worst(ExitCode.INTERNAL_ERROR);
                    continue;
                }
                if (failOn != null && report.failed().stream().anyMatch(f -> Severity.parse(f.severity()).compareTo(failOn) >= 0)) {
                    exit = exit.worst(ExitCode.FINDINGS_FAILED);
                }
                if (outputDir == null) {
                    reports.add(report);
                } else {
                    exit = exit.worst(write(report, file, written, err));
                }
            }
        }
        if (outputDir == null && !reports.isEmpty()) {
            out.print(format.renderAll(reports));
            out.flush();
        }
        return exit.code();
    }

    private ExitCode write(Report report, Path input, Set<String> written, PrintWriter err) {
        String name = input.getFileName() + "." + format.extension();
        for (int n = 2; !written.add(name); n++) {
            name = input.getFileName() + "-" + n + "." + format.extension();
        }
        Path target = outputDir.resolve(name);
        try {
            AtomicFiles.write(target, format.render(report));
            err.println("ppcheck: " + input + ": score " + report.score().value() + " (" + report.score().grade() + "), wrote " + target);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("ppcheck: " + target + ": cannot write the report (" + e.getMessage() + "); check --output-dir");
            verboseTrace(err, e);
            return ExitCode.USAGE_ERROR;
        }
    }

    private void verboseTrace(PrintWriter err, Throwable e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
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
