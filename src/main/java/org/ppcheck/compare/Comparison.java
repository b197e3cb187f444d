package org.ppcheck.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ppcheck.compare.Vendors.Vendor;
import org.ppcheck.report.Format;
import org.ppcheck.report.Report;
import org.ppcheck.util.AtomicFiles;

/**
 * Checks many vendors in parallel and keeps each vendor's JSON report in {@code OUT/vendors/} as
 * soon as it is done. A run that is interrupted can be run again: vendors whose report is there,
 * made from the same source with the same rules ({@code OUT/run.json}), are not checked again. A
 * vendor that fails is listed with its reason and never stops the others.
 */
public final class Comparison {
    /** Produces the report of one vendor; any exception is that vendor's failure, its message the reason. */
    @FunctionalInterface
    public interface Checker {
        Report check(Vendor vendor) throws Exception;
    }

    /**
     * One vendor's outcome: its report, or why there is none (and the exception behind it, for
     * --verbose); {@code reused} when taken from an earlier run.
     */
    public record Result(Vendor vendor, Report report, String failure, Throwable cause, boolean reused) {
        public boolean failed() {
            return report == null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Comparison() {
    }

    /**
     * Runs the vendors on {@code jobs} threads; {@code fingerprint} identifies the rules and profiles
     * (a report from another fingerprint is not reused); {@code done} hears of each finished vendor.
     * The results are ranked: best score first, failed vendors last, ties by name.
     */
    public static List<Result> run(List<Vendor> vendors, Checker checker, int jobs, Path out, String fingerprint,
                                   Consumer<Result> done) throws IOException {
        Path reports = out.resolve("vendors");
        Files.createDirectories(reports);
        boolean sameRun = fingerprint.equals(readFingerprint(out));
        AtomicFiles.write(out.resolve("run.json"), JSON.writeValueAsString(Map.of("fingerprint", fingerprint)));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            Map<Vendor, Future<Result>> futures = new LinkedHashMap<>();
            for (Vendor v : vendors) {
                futures.put(v, pool.submit(() -> {
                    Result r = one(v, checker, reports, sameRun);
                    done.accept(r);
                    return r;
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Map.Entry<Vendor, Future<Result>> f : futures.entrySet()) {
                try {
                    results.add(f.getValue().get());
                } catch (java.util.concurrent.ExecutionException e) {
                    results.add(new Result(f.getKey(), null, "internal error: " + e.getCause(), e.getCause(), false));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return rank(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result one(Vendor v, Checker checker, Path reports, boolean sameRun) {
        Path file = reports.resolve(v.slug() + ".json");
        if (sameRun && Files.exists(file)) {
            try {
                Report earlier = JSON.readValue(file.toFile(), Report.class);
                if (earlier.source().location().equals(v.source())) {
                    return new Result(v, earlier, null, null, true);
                }
            } catch (IOException e) {
                // an unreadable earlier report is checked again
            }
        }
        try {
            Report report = checker.check(v);
            AtomicFiles.write(file, Format.JSON.render(report));
            return new Result(v, report, null, null, false);
        } catch (Exception e) {
            String reason = org.ppcheck.extract.InputException.oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
            return new Result(v, null, reason, e, false);
        }
    }

    private static String readFingerprint(Path out) {
        try {
            return JSON.readTree(out.resolve("run.json").toFile()).path("fingerprint").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Best score first, failed vendors last, ties by name. */
    static List<Result> rank(List<Result> results) {
        return results.stream().sorted(Comparator.comparing(Result::failed)
                .thenComparing(r -> r.failed() ? 0 : -r.report().score().value())
                .thenComparing(r -> r.vendor().name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** The rules in the order of the first report, for matrices and checklists. */
    public static List<Report.Finding> ruleOrder(List<Result> results) {
        return results.stream().filter(r -> !r.failed()).findFirst().map(r -> r.report().findings()).orElse(List.of());
    }

    /** How many vendors failed each rule, most failed first. */
    public static Map<String, Integer> commonGaps(List<Result> results) {
        Map<String, Integer> gaps = new LinkedHashMap<>();
        for (Report.Finding f : ruleOrder(results)) {
            int n = (int) results.stream().filter(r -> !r.failed()).filter(r -> status(r, f.rule()).equals("fail")).count();
            if (n > 0) {
                gaps.put(f.rule(), n);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        gaps.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The vendor's status for a rule: pass, fail, not_applicable, or "" when the rule did not run. */
    public static String status(Result r, String rule) {
        return r.failed() ? "" : r.report().findings().stream().filter(f -> f.rule().equals(rule)).map(Report.Finding::status)
                .findFirst().orElse("");
    }
}
