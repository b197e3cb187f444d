package org.ppcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ppcheck.check.Checker;
import org.ppcheck.check.CompareRun;
import org.ppcheck.check.OutputLock;
import org.ppcheck.check.PolicySource;
import org.ppcheck.compare.ChecklistDecisions;
import org.ppcheck.compare.Comparison;
import org.ppcheck.compare.ComparisonReports;
import org.ppcheck.compare.SourcePaths;
import org.ppcheck.compare.Vendors;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.report.Format;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;
import org.ppcheck.rules.Severity;
import org.ppcheck.util.AtomicFiles;
import org.ppcheck.util.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck compare VENDORS}: check many vendors in parallel and write the comparison reports. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compare vendors: VENDORS is a CSV, XLSX or YAML list (name, source, tags; a source is a URL or a file) "
                + "or a directory of policy files. Writes report.html, checklist.xlsx, comparison.csv, comparison.md "
                + "and every vendor's JSON report; they name a local policy file relative to the vendor list's folder. "
                + "The reviewer decisions and notes of a checklist.xlsx already in --out are carried into the new one, marked for "
                + "re-review where the finding changed. An interrupted compare resumes when run again.")
final class CompareCommand extends BaseCommand {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "comparison", description = "where the reports go (default: ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--fresh", description = "check every vendor again, even those an interrupted earlier run finished")
    boolean fresh;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = CheckCommand.SeverityConverter.class,
            description = "once every report is written, exit with 4 when a vendor failed a finding of this severity or higher: "
                    + "high, medium or low (default: off)")
    Severity failOn;

    @CommandLine.Mixin
    RunMixin run;

    @Parameters(paramLabel = "VENDORS", arity = "0..1", description = "a CSV, XLSX or YAML vendor list, or a directory of policies")
    Path vendorsInput;

    @Option(names = "--from-register", description = "compare the register's vendors as last rechecked (their latest versions), "
            + "fetching nothing, instead of VENDORS")
    boolean fromRegister;

    @Option(names = "--tags", paramLabel = "A,B", split = ",", description = "with --from-register: only the vendors with one of these tags")
    List<String> tags = List.of();

    @CommandLine.Mixin
    RegisterMixin register;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR, ExitCode.FINDINGS_FAILED, ExitCode.SOME_FAILED);
    }

    @Override
    ExitCode execute() throws CliException, IOException {
        if (fromRegister == (vendorsInput != null)) {
            throw new CliException(ExitCode.USAGE_ERROR, fromRegister ? "give either VENDORS or --from-register, not both"
                    : "missing VENDORS: give a vendor list or a directory of policies, or --from-register");
        }
        if (fromRegister) {
            return write(fromRegister(), null, SourcePaths.currentDirectory());
        }
        Checker checker = new Checker(run.settings());
        List<Vendors.Vendor> vendors;
        try {
            List<Path> files = List.of();
            if (Files.isDirectory(vendorsInput)) {
                PolicySource.Expanded expanded = PolicySource.expand(vendorsInput.toString(), outDir);
                expanded.skipped().forEach(this::say);
                files = expanded.sources().stream().map(s -> Path.of(s.location())).toList();
            }
            vendors = Vendors.read(vendorsInput, files);
        } catch (Vendors.VendorsException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.problems(), e);
        }
        Path base = SourcePaths.baseOf(vendorsInput);
        return write(null, () -> compare(checker, vendors, base), base);
    }

    /** Checks the vendors. */
    @FunctionalInterface
    private interface Run {
        List<Comparison.Result> results() throws IOException;
    }

    /**
     * Writes the reports of the results given, or of those {@code run} gives once the output folder
     * is taken; the reports name local sources relative to {@code base}. Then the --fail-on gate.
     */
    private ExitCode write(List<Comparison.Result> given, Run run, Path base) throws CliException {
        try (OutputLock lock = OutputLock.take(outDir)) {
            ChecklistDecisions previous = previousDecisions();
            List<Comparison.Result> results;
            ExitCode exit = ExitCode.OK;
            Thread hint = given == null ? resumeHint() : null;
            try {
                List<Comparison.Result> checked = given != null ? given : run.results();
                for (Comparison.Result r : checked) {
                    if (r.failed()) {
                        error(r.vendor().name() + " (" + r.vendor().source() + "): " + r.failure(), r.cause());
                        exit = ExitCode.SOME_FAILED;
                    }
                }
                results = checked.stream().map(r -> SourcePaths.shown(r, base)).toList();
                writeReports(results, given != null, previous);
            } finally {
                withdraw(hint);
            }
            printRanking(results);
            return exit.worst(gate(results));
        } catch (OutputLock.InUseException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE_ERROR, outDir + ": cannot write there (" + e.getMessage() + "); check --out", e);
        }
    }

    private void writeReports(List<Comparison.Result> results, boolean withVendorReports, ChecklistDecisions previous) throws CliException {
        try {
            if (withVendorReports) {
                writeVendorReports(results);
            }
            ComparisonReports.write(outDir, results, profiles(results), previous);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE_ERROR, outDir + ": cannot write the reports (" + e.getMessage() + "); check --out", e);
        }
    }

    /** The --fail-on gate: each failed finding at or above it, one line on stderr; FINDINGS_FAILED when there is one. */
    private ExitCode gate(List<Comparison.Result> results) {
        List<String> tripped = results.stream().filter(r -> !r.failed())
                .flatMap(r -> FailOnGate.tripped(r.vendor().name(), r.report(), failOn).stream()).toList();
        tripped.forEach(this::say);
        return tripped.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS_FAILED;
    }

    /**
     * A shutdown hook for the time vendors are being checked: a Ctrl-C or a kill then says, in one
     * line, that the same command resumes (the vendors done are kept in OUT/vendors).
     */
    private Thread resumeHint() {
        boolean bar = stderrIsTerminal();
        Thread hint = new Thread(() -> {
            if (bar) {
                err().println(); // end the progress bar's line first
            }
            say("interrupted: run the same command again to resume; the vendors checked so far are kept in " + outDir.resolve("vendors"));
            err().flush();
        }, "compare-interrupted");
        Runtime.getRuntime().addShutdownHook(hint);
        return hint;
    }

    /** Removes the hook of {@link #resumeHint()} once the run is over, so that a normal exit says nothing. */
    private static void withdraw(Thread hint) {
        if (hint == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hint);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook has its say
        }
    }

    /** The register's vendors (with one of --tags, if given) and the reports of their latest versions. */
    private List<Comparison.Result> fromRegister() throws CliException {
        List<Comparison.Result> results = new ArrayList<>();
        try (Register reg = register.open(this)) {
            for (RegisteredVendor v : reg.vendors(List.of())) {
                if (!tags.isEmpty() && v.tags().stream().noneMatch(tags::contains)) {
                    continue;
                }
                Report report = reg.latestReport(v);
                results.add(report == null
                        ? new Comparison.Result(v.asListed(), null, "never checked: run 'ppcheck recheck " + v.name() + "'", null, false)
                        : new Comparison.Result(v.asListed(), report, null, null, true));
            }
        } catch (RegisterException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
        }
        if (results.isEmpty()) {
            throw new CliException(ExitCode.USAGE_ERROR, "no vendors in the register" + (tags.isEmpty() ? "" : " with the tags " + String.join(", ", tags))
                    + "; see 'ppcheck vendors list'");
        }
        return Comparison.rank(results);
    }

    /** Each vendor's JSON report in OUT/vendors, as a comparison that checks them writes it. */
    private void writeVendorReports(List<Comparison.Result> results) throws IOException {
        Path dir = Files.createDirectories(outDir.resolve("vendors"));
        for (Comparison.Result r : results) {
            if (!r.failed()) {
                AtomicFiles.write(dir.resolve(r.vendor().slug() + ".json"), Format.JSON.render(r.report()));
            }
        }
    }

    /**
     * The reviewer input of the checklist already in the output folder, to carry over; an
     * unreadable one stops the run, so that it is never replaced.
     */
    private ChecklistDecisions previousDecisions() throws CliException {
        try {
            ChecklistDecisions previous = ComparisonReports.previousDecisions(outDir);
            previous.problems().forEach(this::say);
            return previous;
        } catch (ChecklistDecisions.ChecklistException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage() + "; compare carries the reviewer decisions in it over and "
                    + "will not replace it: fix it or move it elsewhere, then run compare again", e);
        }
    }

    /** The profiles the reports were made with, as the reports say. */
    private String profiles(List<Comparison.Result> results) throws CliException {
        if (!fromRegister) {
            return run.settings().rules().profileNames();
        }
        return results.stream().filter(r -> !r.failed()).flatMap(r -> r.report().score().profiles().stream()).distinct().sorted()
                .collect(Collectors.joining(", "));
    }

    private List<Comparison.Result> compare(Checker checker, List<Vendors.Vendor> vendors, Path base) throws IOException {
        if (!stderrIsTerminal()) {
            return CompareRun.run(checker, vendors, outDir, base, fresh, () -> { });
        }
        List<Comparison.Result> results;
        try (ProgressBar bar = progressBar(vendors.size(), err())) {
            results = CompareRun.run(checker, vendors, outDir, base, fresh, bar::step);
        }
        err().println();
        return results;
    }

    private void printRanking(List<Comparison.Result> results) {
        int rank = 0;
        for (Comparison.Result r : results) {
            String name = TerminalText.escape(r.vendor().name());
            if (r.failed()) {
                out().println(String.format("   -  %-32s  failed: %s", name, TerminalText.escape(r.failure())));
                continue;
            }
            String attention = KeyFacts.of(r.report()).attention();
            out().println(String.format("%4s  %-32s  %-9s%s", r.report().score().assessed() ? String.valueOf(++rank) : "-", name,
                    KeyFacts.scoreAndGrade(r.report()), attention == null ? "" : "  needs attention: " + TerminalText.escape(attention)).stripTrailing());
        }
        out().flush();
        say(results.size() + " vendors (" + results.stream().filter(Comparison.Result::reused).count() + " from an earlier run, "
                + results.stream().filter(Comparison.Result::failed).count() + " failed); wrote "
                + ComparisonReports.FILES.stream().map(f -> outDir.resolve(f).toString()).collect(Collectors.joining(", "))
                + " and " + outDir.resolve("vendors"));
    }

    /** A progress bar on stderr, redrawn in place. */
    private static ProgressBar progressBar(int max, PrintWriter err) {
        return new ProgressBarBuilder().setTaskName("Checking").setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                })).build();
    }
}
