package org.ppcheck.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;
import org.ppcheck.util.CsvText;
import org.ppcheck.util.MarkdownText;

/**
 * The comparison as tables: {@code comparison.csv} (one row per vendor, one column per rule) and
 * {@code comparison.md}. Names, tags, sources and messages are data: a CSV cell that a spreadsheet
 * would run as a formula starts with {@code '}, and Markdown text is escaped so that it cannot
 * become a link, an image or HTML.
 */
final class TableReports {
    private TableReports() {
    }

    static String csv(List<Result> results) throws IOException {
        List<Report.Finding> rules = Comparison.ruleOrder(results);
        List<String> header = new ArrayList<>(List.of("rank", "vendor", "source", "tags", "score", "grade", "failed_high", "failed_total", "error"));
        rules.forEach(f -> header.add(cell(f.rule())));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            int rank = 0;
            for (Result r : results) {
                List<Object> row = new ArrayList<>();
                row.add(r.failed() ? "" : String.valueOf(++rank));
                row.add(cell(r.vendor().name()));
                row.add(cell(r.vendor().source()));
                row.add(cell(String.join(";", r.vendor().tags())));
                row.add(r.failed() ? "" : r.report().score().value());
                row.add(r.failed() ? "" : KeyFacts.grade(r.report()));
                row.add(r.failed() ? "" : failed(r, "high"));
                row.add(r.failed() ? "" : r.report().failed().size());
                row.add(r.failed() ? cell(r.failure()) : "");
                rules.forEach(f -> row.add(Comparison.status(r, f.rule())));
                csv.printRecord(row);
            }
        }
        return out.toString();
    }

    static String markdown(List<Result> results, String profiles) {
        StringBuilder sb = new StringBuilder("# Vendor comparison\n\n");
        sb.append("Profiles: ").append(esc(profiles)).append(". ").append(results.size()).append(" vendors, ")
                .append(results.stream().filter(Result::failed).count()).append(" could not be checked.\n\n");
        Map<Result, KeyFacts> facts = new java.util.IdentityHashMap<>(); // each vendor's facts, worked out once
        results.stream().filter(r -> !r.failed()).forEach(r -> facts.put(r, KeyFacts.of(r.report())));
        List<Result> attention = results.stream().filter(r -> !r.failed() && facts.get(r).attention() != null).toList();
        if (!attention.isEmpty()) {
            sb.append("## Needs attention\n\n");
            attention.forEach(r -> sb.append("- **").append(esc(r.vendor().name())).append("**: ")
                    .append(esc(facts.get(r).attention())).append('\n'));
            sb.append('\n');
        }
        sb.append("## Ranking\n\n| Rank | Vendor | Grade | Score | Where data goes | Sensitive data | Laws cited | Retention | Biggest gaps |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        int rank = 0;
        for (Result r : results) {
            if (r.failed()) {
                sb.append("| – | ").append(esc(r.vendor().name())).append(" | – | – | | | | | **could not be checked:** ").append(esc(r.failure()))
                        .append(" |\n");
                continue;
            }
            Report report = r.report();
            KeyFacts k = facts.get(r);
            List<String> gaps = report.score().assessed() ? KeyFacts.gaps(report, null).stream().limit(3).toList() : List.of();
            sb.append("| ").append(report.score().assessed() ? String.valueOf(++rank) : "–").append(" | ").append(esc(r.vendor().name()))
                    .append(" | ").append(esc(KeyFacts.grade(report))).append(" | ")
                    .append(report.score().assessed() ? String.valueOf(report.score().value()) : "–").append(" | ")
                    .append(esc(KeyFacts.words(k.whereDataGoes(), "not stated"))).append(" | ")
                    .append(esc(KeyFacts.words(k.sensitiveFields(), "none found"))).append(" | ")
                    .append(esc(KeyFacts.words(k.laws(), "none cited"))).append(" | ")
                    .append(esc(KeyFacts.words(k.retention(), "not stated"))).append(" | ")
                    .append(esc(String.join("; ", gaps))).append(" |\n");
        }
        sb.append("\n## Most common gaps\n\n| Gap | Rule | Vendors failing |\n|---|---|---|\n");
        Comparison.commonGaps(results).forEach((rule, n) -> sb.append("| ").append(esc(commonGap(results, rule))).append(" | `").append(rule)
                .append("` | ").append(n).append(" |\n"));
        return sb.toString();
    }

    /**
     * A rule's failure in words: the gap its failures share ("never refers to the GDPR"), or, where
     * each says what it found, the first few of those ("collects health data; collects biometric data").
     */
    private static final int COMMON_GAPS_SHOWN = 3;

    static String commonGap(List<Result> results, String rule) {
        List<Report.Finding> failures = results.stream().filter(r -> !r.failed()).flatMap(r -> r.report().findings().stream())
                .filter(f -> f.rule().equals(rule) && f.status().equals("fail")).toList();
        if (failures.isEmpty()) {
            return rule;
        }
        List<String> gaps = failures.stream().map(KeyFacts::gap).distinct().toList();
        return gaps.size() <= COMMON_GAPS_SHOWN ? String.join("; ", gaps)
                : String.join("; ", gaps.subList(0, COMMON_GAPS_SHOWN)) + " and " + (gaps.size() - COMMON_GAPS_SHOWN) + " more";
    }

    static long failed(Result r, String severity) {
        return r.report().failed().stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** A CSV cell that a spreadsheet shows as text (see {@link CsvText#cell}). */
    static String cell(String s) {
        return CsvText.cell(s);
    }

    private static String esc(String s) {
        return MarkdownText.escape(s);
    }
}
