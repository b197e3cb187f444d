package org.ppcheck.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.util.AtomicFiles;

/**
 * Writes every report of a comparison into one folder, each file atomically. The reports show each
 * source as the results carry it: callers pass results whose local sources are already relative
 * ({@link SourcePaths#shown(Comparison.Result, Path)}).
 */
public final class ComparisonReports {
    private static final String CHECKLIST = "checklist.xlsx";
    /** Excel reads a CSV file as UTF-8 only when it starts with the byte-order mark; without it "Zürich" shows as "ZÃ¼rich". */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** The files written, relative to the folder. */
    public static final List<String> FILES = List.of("report.html", CHECKLIST, "comparison.csv", "comparison.md");

    private ComparisonReports() {
    }

    /** Writes the reports of a first comparison: a checklist with no earlier reviewer input. */
    public static void write(Path out, List<Result> results, String profiles) throws IOException {
        write(out, results, profiles, ChecklistDecisions.NONE);
    }

    /**
     * Renders every report before writing any, so that a report that cannot be made leaves the
     * earlier set whole; the checklist carries over the decisions and notes of {@code previous}
     * (see {@link #previousDecisions}).
     */
    public static void write(Path out, List<Result> results, String profiles, ChecklistDecisions previous) throws IOException {
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        byte[] html = HtmlComparison.render(results, profiles, now).getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = XlsxChecklist.write(results, profiles, previous);
        byte[] csv = (BYTE_ORDER_MARK + TableReports.csv(results)).getBytes(StandardCharsets.UTF_8);
        byte[] md = TableReports.markdown(results, profiles).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out.resolve("report.html"), html);
        AtomicFiles.write(out.resolve(CHECKLIST), xlsx);
        AtomicFiles.write(out.resolve("comparison.csv"), csv);
        AtomicFiles.write(out.resolve("comparison.md"), md);
    }

    /**
     * The reviewer input of the checklist an earlier comparison left in {@code out}, or
     * {@link ChecklistDecisions#NONE} when there is none. Read before checking anything, so that a
     * checklist that cannot be read stops the run before it could be replaced.
     *
     * @throws ChecklistDecisions.ChecklistException when there is a checklist but it cannot be read back
     */
    public static ChecklistDecisions previousDecisions(Path out) throws ChecklistDecisions.ChecklistException {
        Path checklist = out.resolve(CHECKLIST);
        if (!Files.exists(checklist, LinkOption.NOFOLLOW_LINKS)) {
            return ChecklistDecisions.NONE;
        }
        return ChecklistDecisions.read(checklist);
    }
}
