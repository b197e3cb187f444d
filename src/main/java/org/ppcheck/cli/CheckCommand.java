package org.ppcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.ppcheck.util.AtomicFiles;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.fetch.FetchException;
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
            "3:a URL could not be fetched (network, HTTP error, timeout, too large, robots.txt, needs JavaScript)",
            "4:a finding at or above --fail-on failed",
            "6:a URL was fetched but no privacy policy was found there"},
        description = "Check privacy policies: HTML, PDF, Markdown or text files, directories of them, or http(s) URLs "
                + "(a homepage is enough: the policy is found from its links).")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or md (default: ${DEFAULT-VALUE})", converter = FormatConverter.class)
    Format format;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "write one report per input to DIR, named after the input's file name plus the format's extension")
    Path outputDir;

    @CommandLine.Mixin
    RulesMixin rulesChoice;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "exit with 4 when a finding of this severity or higher fails: high, medium or low (default: off)")
    Severity failOn;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    @Option(names = "--jobs", paramLabel = "N", description = "policies checked at once (default: the number of processors)")
    Integer jobsOption;

    @CommandLine.Mixin
    FetchOptionsMixin fetch;

    @CommandLine.Mixin
    LimitsMixin limits;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "120",
            description = "longest time spent on one policy before it is given up with an error (default: ${DEFAULT-VALUE})")
    int timeBudgetSeconds;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "policy files, directories, or http(s) URLs")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules = rulesChoice.load(err);
        if (rules == null) {
            return ExitCode.USAGE_ERROR.code();
        }
        limits.apply();
        PolicyChecker checker = new PolicyChecker(rules);
        ExitCode exit = ExitCode.OK;
        List<Job> jobs = new ArrayList<>();
        for (String input : inputs) {
            if (FetchOptionsMixin.isUrl(input)) {
                jobs.add(new Job(input, Names.forUrl(input), () -> fetch.fetchPolicy(input)));
                continue;
            }
            Path arg = Path.of(input);
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
                jobs.add(new Job(file.toString(), file.getFileName().toString(), () -> Extraction.fromFile(file)));
            }
        }
        Set<String> written = new HashSet<>();
        boolean array = format == Format.JSON && jobs.size() != 1;
        int printed = 0;
        int threads = jobsOption != null ? Math.max(1, jobsOption) : Runtime.getRuntime().availableProcessors();
        try (Pipeline<Outcome> pipeline = new Pipeline<>(threads, Duration.ofSeconds(timeBudgetSeconds))) {
            for (Job job : jobs) {
                pipeline.submit(() -> checkOne(job, checker));
            }
            for (Job job : jobs) {
                Outcome o = pipeline.next();
                if (o == null) {
                    o = Outcome.failed(ExitCode.USAGE_ERROR, "ppcheck: " + job.label() + ": took longer than the time budget of "
                            + timeBudgetSeconds + " s and was stopped (see --time-budget)", null);
                }
                o.messages().forEach(err::println);
                if (o.trace() != null && verbose) {
                    o.trace().printStackTrace(err);
                }
                exit = exit.worst(o.exit());
                if (o.report() == null) {
                    continue;
                }
                if (outputDir != null) {
                    exit = exit.worst(write(o.report(), job.label(), job.name(), written, err));
                    continue;
                }
                if (array) {
                    out.print(printed == 0 ? "[ " : ", ");
                } else if (printed > 0) {
                    out.print(System.lineSeparator());
                }
                out.print(format.render(o.report()).stripTrailing());
                out.print(System.lineSeparator());
                out.flush();
                printed++;
            }
        }
        if (array && outputDir == null) {
            out.print(printed == 0 ? "[ ]" + System.lineSeparator() : "]" + System.lineSeparator());
            out.flush();
        }
        return exit.code();
    }

    /** Where a policy comes from: a file read or a URL fetched. */
    private interface Source {
        Extraction.Extracted get() throws InputException, FetchException;
    }

    /** One input: the label used in messages, the base name of its report file, and how to read it. */
    private record Job(String label, String name, Source source) { }

    /** What checking one input gave: a report or none, its messages for stderr, and its exit code. */
    private record Outcome(ExitCode exit, Report report, List<String> messages, Throwable trace) {
        static Outcome failed(ExitCode exit, String message, Throwable trace) {
            return new Outcome(exit, null, List.of(message), trace);
        }
    }

    /** Checks one input, on a worker thread; nothing is printed here, so that output keeps the order of the inputs. */
    private Outcome checkOne(Job job, PolicyChecker checker) {
        List<String> messages = new ArrayList<>();
        Report report;
        try {
            Extraction.Extracted extracted = job.source().get();
            if (extracted.origin() != null) {
                messages.add("ppcheck: " + job.label() + ": checking " + extracted.origin().finalUrl()
                        + (extracted.origin().snapshot() == null ? "" : ", archived as " + extracted.origin().snapshot()));
            }
            report = checker.check(extracted);
        } catch (InputException e) {
            return Outcome.failed(ExitCode.USAGE_ERROR, "ppcheck: " + job.label() + ": " + e.getMessage(), e);
        } catch (FetchException e) {
            return Outcome.failed(FetchOptionsMixin.exitFor(e), "ppcheck: " + job.label() + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Outcome.failed(ExitCode.INTERNAL_ERROR, "ppcheck: " + job.label() + ": internal error: " + e
                    + " (run with --verbose for details)", e);
        }
        ExitCode exit = ExitCode.OK;
        if (failOn != null && report.failed().stream().anyMatch(f -> Severity.parse(f.severity()).compareTo(failOn) >= 0)) {
            exit = ExitCode.FINDINGS_FAILED;
        }
        return new Outcome(exit, report, messages, null);
    }

    private ExitCode write(Report report, String input, String baseName, Set<String> written, PrintWriter err) {
        String name = baseName + "." + format.extension();
        for (int n = 2; !written.add(name); n++) {
            name = baseName + "-" + n + "." + format.extension();
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
