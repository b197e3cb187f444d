package org.ppcheck.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.util.AtomicFiles;

/** Writes every report of a comparison into one folder, each file atomically. */
public final class ComparisonReports {
    /** The files written, relative to the folder. */
    public static final List<String> FILES = List.of("report.html", "checklist.xlsx", "comparison.csv", "comparison.md");

    private ComparisonReports() {
    }

    /** Renders every report before writing any, so that a report that cannot be made leaves the earlier set whole. */
    public static void write(Path out, List<Result> results, String profiles) throws IOException {
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        byte[] html = HtmlComparison.render(results, profiles, now).getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = XlsxChecklist.write(results, profiles);
        byte[] csv = TableReports.csv(results).getBytes(StandardCharsets.UTF_8);
        byte[] md = TableReports.markdown(results, profiles).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out.resolve("report.html"), html);
        AtomicFiles.write(out.resolve("checklist.xlsx"), xlsx);
        AtomicFiles.write(out.resolve("comparison.csv"), csv);
        AtomicFiles.write(out.resolve("comparison.md"), md);
    }
}
