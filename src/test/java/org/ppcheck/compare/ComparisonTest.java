package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.CompareRun;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.report.CorpusFiles;
import org.ppcheck.report.Report;

/**
 * A comparison of the corpus policies, checked at the level of the data and of the files written.
 * The corpus is compared once for the class; each test writes the reports to its own folder.
 */
class ComparisonTest {
    @TempDir
    static Path shared;

    @TempDir
    Path out;

    private static List<Vendors.Vendor> vendors;
    private static List<Comparison.Result> results;

    @BeforeAll
    static void compareTheCorpus() throws Exception {
        Path list = shared.resolve("vendors.csv");
        StringBuilder csv = new StringBuilder("name,source,tags\n");
        for (Path p : CorpusFiles.policies()) {
            csv.append(p.getFileName().toString().replaceAll("\\..*", "")).append(',').append(p.toAbsolutePath()).append(",corpus\n");
        }
        csv.append("Ghost Corp,").append(shared.resolve("missing.html")).append(",broken\n");
        Files.writeString(list, csv);
        vendors = Vendors.read(list, List.of());
        Checker checker = new Checker(CheckSettings.defaults(RulesChoice.load(null, List.of())).withJobs(2));
        results = CompareRun.run(checker, vendors, shared.resolve("comparison"), shared, false, () -> { });
    }

    @Test
    void vendorsAreRankedTheMatrixIsRightAndAFailedVendorIsListedLast() {
        assertThat(results).hasSize(vendors.size());
        List<Comparison.Result> graded = results.stream().filter(r -> !r.failed() && r.report().score().assessed()).toList();
        for (int i = 1; i < graded.size(); i++) {
            Report.Score a = graded.get(i - 1).report().score();
            Report.Score b = graded.get(i).report().score();
            assertThat(a.grade().compareTo(b.grade()) < 0 || a.grade().equals(b.grade()) && a.value() >= b.value())
                    .as("by grade, then score: %s %s before %s %s", a.value(), a.grade(), b.value(), b.grade()).isTrue();
        }
        Comparison.Result german = results.stream().filter(r -> r.vendor().name().equals("datenschutz-berg")).findFirst().orElseThrow();
        assertThat(german.report().score().grade()).as("not assessed: no grade").isNull();
        assertThat(german.report().score().notAssessed()).isEqualTo("German (de)");
        assertThat(results.indexOf(german)).as("ranked apart: after the graded, before the failed").isEqualTo(graded.size());
        Comparison.Result last = results.get(results.size() - 1);
        assertThat(last.vendor().name()).isEqualTo("Ghost Corp");
        assertThat(last.failure()).contains("no such file");
        Comparison.Result lotus = results.stream().filter(r -> r.vendor().name().equals("lotus-chat-ai")).findFirst().orElseThrow();
        assertThat(Comparison.status(lotus, "high-risk-location")).isEqualTo("fail");
        Comparison.Result nimbus = results.stream().filter(r -> r.vendor().name().equals("nimbus-eu-saas")).findFirst().orElseThrow();
        assertThat(Comparison.status(nimbus, "art13-dpo")).isEqualTo("pass");
        assertThat(List.copyOf(Comparison.commonGaps(results).values())).isSortedAccordingTo((a, b) -> b - a);
        assertThat(shared.resolve("comparison").resolve("vendors").resolve("lotus-chat-ai.json")).exists();
    }

    /** Golden: the README's grade table for policies-corpus/ is what ppcheck gives (review the README when this fails). */
    @Test
    void theReadmeGradeTableOfTheCorpusIsWhatPpcheckGives() throws Exception {
        String row = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `policies-corpus/`")).findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no grade row for policies-corpus/"));
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\\((\\d+) policies").matcher(row);
        assertThat(count.find()).as(row).isTrue();
        List<String> cells = java.util.Arrays.stream(row.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        List<Long> readme = cells.subList(cells.size() - 6, cells.size()).stream().map(Long::valueOf).toList();
        List<Comparison.Result> checked = results.stream().filter(r -> !r.failed()).toList();
        assertThat(checked).hasSize(Integer.parseInt(count.group(1)));
        List<Long> actual = java.util.stream.Stream.of("A", "B", "C", "D", "F", null)
                .map(g -> checked.stream().filter(r -> java.util.Objects.equals(r.report().score().grade(), g)).count()).toList();
        assertThat(actual).as("grades A, B, C, D, F and not assessed of the corpus; README.md says " + readme).isEqualTo(readme);
    }

    @Test
    void theChecklistReadsBackWithASheetPerVendorAndAnEmptyReviewerColumn() throws Exception {
        ComparisonReports.write(out, results, "vendor-risk, gdpr");
        try (InputStream in = Files.newInputStream(out.resolve("checklist.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + vendors.size() - 1);
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(results.get(0).vendor().name());
            Row ghost = summary.getRow(vendors.size());
            assertThat(ghost.getCell(1).getStringCellValue()).isEqualTo("Ghost Corp");
            assertThat(ghost.getCell(List.of(ChecklistSummary.COLUMNS).indexOf("Status")).getStringCellValue()).startsWith("could not be checked");
            Sheet lotus = wb.getSheet("lotus-chat-ai");
            int header = ChecklistVendorSheet.HEADER_ROW;
            int decision = List.of(ChecklistVendorSheet.COLUMNS).indexOf("Reviewer decision");
            assertThat(lotus.getRow(header).getCell(decision).getStringCellValue()).isEqualTo("Reviewer decision");
            Report lotusReport = results.stream().filter(r -> r.vendor().name().equals("lotus-chat-ai")).findFirst().orElseThrow().report();
            assertThat(lotus.getLastRowNum()).isEqualTo(header + lotusReport.findings().size());
            boolean sawEvidence = false;
            for (int i = header + 1; i <= lotus.getLastRowNum(); i++) {
                Row row = lotus.getRow(i);
                assertThat(row.getCell(decision).getStringCellValue()).isEmpty();
                if (row.getCell(0).getStringCellValue().equals("high-risk-location")) {
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("failed");
                    assertThat(row.getCell(5).getStringCellValue()).contains("China");
                    sawEvidence = true;
                }
            }
            assertThat(sawEvidence).isTrue();
        }
    }

    @Test
    void theCsvAndMarkdownAndHtmlCarryTheSameRanking() throws Exception {
        ComparisonReports.write(out, results, "vendor-risk, gdpr");
        List<CSVRecord> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(out.resolve("comparison.csv"))) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).forEach(rows::add);
        }
        assertThat(rows).hasSize(vendors.size());
        assertThat(rows.get(0).get("vendor")).isEqualTo(results.get(0).vendor().name());
        assertThat(rows.get(0).get("score")).isEqualTo(String.valueOf(results.get(0).report().score().value()));
        CSVRecord lotus = rows.stream().filter(r -> r.get("vendor").equals("lotus-chat-ai")).findFirst().orElseThrow();
        assertThat(lotus.get("high-risk-location")).isEqualTo("fail");
        assertThat(rows.get(rows.size() - 1).get("error")).contains("no such file");
        assertThat(Files.readString(out.resolve("comparison.md"))).contains("| 1 | " + results.get(0).vendor().name(), "Ghost Corp", "Most common gaps");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).doesNotContain("<link ", "src=\"http", "href=\"http").contains("<svg", "<th scope=\"col\">", "lotus-chat-ai");
    }
}
