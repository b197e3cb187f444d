package org.ppcheck.compare;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppcheck.compare.Vendors.Vendor;
import org.ppcheck.report.Report;

/**
 * The results of checking many vendors (see {@code org.ppcheck.check.CompareRun}), ranked, and what
 * the comparison reports read from them: the rules in order, each vendor's status per rule, and the
 * gaps vendors share.
 */
public final class Comparison {
    /**
     * One vendor's outcome: its report, or why there is none (and the exception behind it, for
     * --verbose); {@code reused} when taken from an earlier run.
     */
    public record Result(Vendor vendor, Report report, String failure, Throwable cause, boolean reused) {
        public boolean failed() {
            return report == null;
        }
    }

    private Comparison() {
    }

    /**
     * Best grade first, then best score, then by name: an "88 C" (capped) never ranks above an
     * "82 B". Policies not assessed (in a language ppcheck cannot read) come after the graded ones,
     * vendors that could not be checked last.
     */
    public static List<Result> rank(List<Result> results) {
        return results.stream().sorted(Comparator.comparingInt(Comparison::group)
                .thenComparing(r -> group(r) == 0 ? r.report().score().grade() : "")
                .thenComparing(r -> group(r) == 0 ? -r.report().score().value() : 0)
                .thenComparing(r -> r.vendor().name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** 0 graded, 1 not assessed, 2 could not be checked. */
    private static int group(Result r) {
        return r.failed() ? 2 : r.report().score().assessed() ? 0 : 1;
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
