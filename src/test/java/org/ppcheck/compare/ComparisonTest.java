package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.cli.PolicyChecker;
import org.ppcheck.extract.Extraction;
import org.ppcheck.report.CorpusFiles;
import org.ppcheck.report.Report;
import org.ppcheck.rules.RulesLoader;

/** A comparison of the corpus policies, checked at the level of the data and of the files written. */
class ComparisonTest {
    @TempDir
    Path out;

    private List<Vendors.Vendor> vendors;
    private PolicyChecker checker;
    private final AtomicInteger checked = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        Path list = out.resolve("vendors.csv");
        StringBuilder csv = new StringBuilder("name,source,tags\n");
        for (Path p : CorpusFiles.policies()) {
            csv.append(p.getFileName().toString().replaceAll("\\..*", "")).append(',').append(p.toAbsolutePath()).append(",corpus\n");
        }
        csv.append("Ghost Corp,").append(out.resolve("missing.html")).append(",broken\n");
        Files.writeString(list, csv);
        vendors = Vendors.read(list, List.of());
        checker = new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
    }

    private List<Comparison.Result> run(String fingerprint) throws Exception {
        return Comparison.run(vendors, v -> {
            checked.incrementAndGet();
            return checker.check(Extraction.fromFile(Path.of(v.source())));
        }, 2, out, fingerprint, r -> { });
    }

    @Test
    void vendorsAreRankedTheMatrixIsRightAndAFailedVendorIsListedLast() throws Exception {
        List<Comparison.Result> results = run("f1");
        assertThat(results).hasSize(vendors.size());
        List<Integer> scores = results.stream().filter(r -> !r.failed()).map(r -> r.report().score().value()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        Comparison.Result last = results.get(results.size() - 1);
        assertThat(last.vendor().name()).isEqualTo("Ghost Corp");
        assertThat(last.failure()).contains("no such file");
        Comparison.Result lotus = results.stream().filter(r -> r.vendor().name().equals("lotus-chat-ai")).findFirst().orElseThrow();
        assertThat(Comparison.status(lotus, "high-risk-location")).isEqualTo("fail");
        Comparison.Result nimbus = results.stream().filter(r -> r.vendor().name().equals("nimbus-eu-saas")).findFirst().orElseThrow();
        assertThat(Comparison.status(nimbus, "art13-dpo")).isEqualTo("pass");
        assertThat(List.copyOf(Comparison.commonGaps(results).values())).isSortedAccordingTo((a, b) -> b - a);
        assertThat(out.resolve("vendors").resolve("lotus-chat-ai.json")).exists();
    }

    @Test
    void anInterruptedRunResumesWithoutRedoingFinishedVendorsUnlessTheRulesChanged() throws Exception {
        run("f1");
        int first = checked.get();
        Files.delete(out.resolve("vendors").resolve("tiny-vague.json")); // as if the run stopped before it
        List<Comparison.Result> again = run("f1");
        assertThat(checked.get() - first).as("only tiny-vague and the failed vendor are checked again").isEqualTo(2);
        assertThat(again.stream().filter(Comparison.Result::reused).count()).isEqualTo(vendors.size() - 2);
        run("f2");
        assertThat(checked.get() - first).as("other rules: everything again").isEqualTo(2 + vendors.size());
    }

    @Test
    void theChecklistReadsBackWithASheetPerVendorAndAnEmptyReviewerColumn() throws Exception {
        List<Comparison.Result> results = run("f1");
        ComparisonReports.write(out, results, "vendor-risk, gdpr");
        try (InputStream in = Files.newInputStream(out.resolve("checklist.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + vendors.size() - 1);
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(results.get(0).vendor().name());
            Row ghost = summary.getRow(vendors.size());
            assertThat(ghost.getCell(1).getStringCellValue()).isEqualTo("Ghost Corp");
            assertThat(ghost.getCell(8).getStringCellValue()).startsWith("could not be checked");
            Sheet lotus = wb.getSheet("lotus-chat-ai");
            assertThat(lotus.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Reviewer decision");
            Report lotusReport = results.stream().filter(r -> r.vendor().name().equals("lotus-chat-ai")).findFirst().orElseThrow().report();
            assertThat(lotus.getLastRowNum()).isEqualTo(lotusReport.findings().size());
            boolean sawEvidence = false;
            for (int i = 1; i <= lotus.getLastRowNum(); i++) {
                Row row = lotus.getRow(i);
                assertThat(row.getCell(9).getStringCellValue()).isEmpty();
                if (row.getCell(0).getStringCellValue().equals("high-risk-location")) {
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("fail");
                    assertThat(row.getCell(5).getStringCellValue()).contains("China");
                    sawEvidence = true;
                }
            }
            assertThat(sawEvidence).isTrue();
        }
    }

    @Test
    void theCsvAndMarkdownAndHtmlCarryTheSameRanking() throws Exception {
        List<Comparison.Result> results = run("f1");
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
