package org.ppcheck.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
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
                .append(results.stream().filter(Result::failed).count()).append(" failed.\n\n");
        sb.append("| Rank | Vendor | Score | Grade | Failed (high) | Biggest gaps |\n|---|---|---|---|---|---|\n");
        int rank = 0;
        for (Result r : results) {
            if (r.failed()) {
                sb.append("| – | ").append(esc(r.vendor().name())).append(" | – | – | – | **could not be checked:** ").append(esc(r.failure())).append(" |\n");
                continue;
            }
            List<String> gaps = r.report().failed().stream().limit(3).map(Report.Finding::title).toList();
            sb.append("| ").append(++rank).append(" | ").append(esc(r.vendor().name())).append(" | ").append(r.report().score().assessed() ? String.valueOf(r.report().score().value()) : "–")
                    .append(" | ").append(KeyFacts.grade(r.report())).append(" | ").append(r.report().failed().size()).append(" (")
                    .append(failed(r, "high")).append(") | ").append(esc(String.join("; ", gaps))).append(" |\n");
        }
        sb.append("\n## Most common gaps\n\n| Rule | Vendors failing |\n|---|---|\n");
        Comparison.commonGaps(results).forEach((rule, n) -> sb.append("| ").append(esc(rule)).append(" | ").append(n).append(" |\n"));
        return sb.toString();
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
