package org.ppcheck.compare;

import java.io.IOException;
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

    public static void write(Path out, List<Result> results, String profiles) throws IOException {
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        AtomicFiles.write(out.resolve("report.html"), HtmlComparison.render(results, profiles, now));
        AtomicFiles.write(out.resolve("checklist.xlsx"), XlsxChecklist.write(results, profiles));
        AtomicFiles.write(out.resolve("comparison.csv"), TableReports.csv(results));
        AtomicFiles.write(out.resolve("comparison.md"), TableReports.markdown(results, profiles));
    }
}
