package org.ppcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ppcheck.compare.Comparison;
import org.ppcheck.compare.ComparisonReports;
import org.ppcheck.compare.Vendors;
import org.ppcheck.extract.Extraction;
import org.ppcheck.report.ReportBuilder;
import org.ppcheck.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck compare VENDORS}: check many vendors in parallel and write the comparison reports. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every vendor was checked and the reports written",
            "1:internal error (a bug: run again with --verbose and report it)",
            "2:bad usage, a broken vendor list or rules file, or the reports cannot be written",
            "5:some vendors could not be checked (each is listed with its reason; the others have their reports)"},
        description = "Compare vendors: VENDORS is a CSV or YAML list (name, source, tags; a source is a URL or a file) "
                + "or a directory of policy files. Writes report.html, checklist.xlsx, comparison.csv, comparison.md "
                + "and every vendor's JSON report.")
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "comparison", description = "where the reports go (default: ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--jobs", paramLabel = "N", description = "vendors checked at once (default: the number of processors)")
    Integer jobs;

    @CommandLine.Mixin
    RulesMixin rulesChoice;

    @Option(names = "--fresh", description = "check every vendor again, even those an interrupted earlier run finished")
    boolean fresh;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    @CommandLine.Mixin
    FetchOptionsMixin fetch;

    @CommandLine.Mixin
    LimitsMixin limits;

    @Parameters(paramLabel = "VENDORS", description = "a CSV or YAML vendor list, or a directory of policies")
    Path vendorsInput;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules = rulesChoice.load(err);
        if (rules == null) {
            return ExitCode.USAGE_ERROR.code();
        }
        limits.apply();
        List<Vendors.Vendor> vendors;
        try {
            vendors = Vendors.read(vendorsInput, Files.isDirectory(vendorsInput) ? Inputs.expand(vendorsInput) : List.of());
        } catch (Vendors.VendorsException e) {
            err.println("ppcheck: " + e.getMessage());
            return ExitCode.USAGE_ERROR.code();
        }
        PolicyChecker checker = new PolicyChecker(rules);
        String profileNames = rules.selected().isEmpty() ? "all rules" : String.join(", ", rules.selected());
        int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("ppcheck: " + outDir + ": cannot create the output folder (" + e.getMessage() + "); check --out");
            return ExitCode.USAGE_ERROR.code();
        }
        String fingerprint = fresh ? "fresh-" + System.nanoTime() : fingerprint(rules);
        AtomicInteger reused = new AtomicInteger();
        List<Comparison.Result> results;
        try (ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("Checking")
                .setInitialMax(vendors.size()).setStyle(ProgressBarStyle.ASCII).setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            results = Comparison.run(vendors, v -> checker.check(load(v)), threads, outDir, fingerprint, r -> {
                if (r.reused()) {
                    reused.incrementAndGet();
                }
                if (bar != null) {
                    bar.step();
                }
            });
        }
        ExitCode exit = ExitCode.OK;
        for (Comparison.Result r : results) {
            if (r.failed()) {
                err.println("ppcheck: " + r.vendor().name() + " (" + r.vendor().source() + "): " + r.failure());
                if (verbose && r.cause() != null) {
                    r.cause().printStackTrace(err);
                }
                exit = ExitCode.SOME_FAILED;
            }
        }
        try {
            ComparisonReports.write(outDir, results, profileNames);
        } catch (IOException e) {
            err.println("ppcheck: " + outDir + ": cannot write the reports (" + e.getMessage() + "); check --out");
            return ExitCode.USAGE_ERROR.code();
        }
        int rank = 0;
        for (Comparison.Result r : results) {
            out.println(r.failed() ? String.format("   -  %-32s  failed: %s", r.vendor().name(), r.failure())
                    : String.format("%4d  %-32s  %3d  %s", ++rank, r.vendor().name(), r.report().score().value(), r.report().score().grade()));
        }
        out.flush();
        err.println("ppcheck: " + results.size() + " vendors (" + reused.get() + " from an earlier run, "
                + results.stream().filter(Comparison.Result::failed).count() + " failed); wrote "
                + String.join(", ", ComparisonReports.FILES.stream().map(f -> outDir.resolve(f).toString()).toList()) + " and " + outDir.resolve("vendors"));
        return exit.code();
    }

    private Extraction.Extracted load(Vendors.Vendor v) throws Exception {
        return v.isUrl() ? fetch.fetchPolicy(v.source()) : Extraction.fromFile(Path.of(v.source()));
    }

    /** What makes reports comparable between runs: ppcheck's version, the rules and the profiles. */
    private String fingerprint(RuleSet rules) throws IOException {
        String rulesText = rulesChoice.rulesFile == null ? "built-in" : Files.readString(rulesChoice.rulesFile, StandardCharsets.UTF_8);
        return Extraction.sha256((ReportBuilder.VERSION + "\n" + rulesText + "\n" + String.join(",", rules.selected()))
                .getBytes(StandardCharsets.UTF_8));
    }
}
