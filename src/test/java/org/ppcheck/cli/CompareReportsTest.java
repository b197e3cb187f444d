package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of 'ppcheck compare' as they are shared and opened in Excel: no path of the user's
 * machine in them, a CSV Excel reads as UTF-8, and a checklist that leads with each vendor's facts,
 * ranks by number, colours statuses, keeps every quote and links each vendor to its sheet. The
 * vendor list names its policies relative to itself, as users write them.
 */
class CompareReportsTest {
    @TempDir
    static Path tmp;

    private static Path out;
    private static Cli.Run run;

    @BeforeAll
    static void compareAListOfRelativeSources() throws Exception {
        Path policies = Files.createDirectories(tmp.resolve("lists").resolve("policies"));
        Files.copy(Path.of("policies-corpus", "lotus-chat-ai.html"), policies.resolve("lotus.html"));
        Files.copy(Path.of("policies-corpus", "tiny-vague.txt"), policies.resolve("tiny.txt"));
        Files.copy(Path.of("policies-corpus", "nimbus-eu-saas.html"), policies.resolve("nimbus.html"));
        Path list = Files.writeString(tmp.resolve("lists").resolve("vendors.csv"), """
                name,source,tags
                Lotus Chat,policies/lotus.html,ai
                Zürich Tiny AG,policies/tiny.txt,
                O'Brien Cloud,./policies/nimbus.html,saas
                Gone Ltd,policies/gone.pdf,
                """);
        out = tmp.resolve("out");
        run = Cli.ppcheck("compare", "--out", out.toString(), list.toString());
    }

    @Test
    void noReportNamesAPathOfTheUsersMachineAndTheRunStillResumes() throws Exception {
        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        List<Path> reports = new ArrayList<>(List.of(out.resolve("report.html"), out.resolve("comparison.csv"), out.resolve("comparison.md")));
        try (Stream<Path> json = Files.list(out.resolve("vendors"))) {
            reports.addAll(json.toList());
        }
        assertThat(reports).hasSize(6);
        for (Path report : reports) {
            assertThat(Files.readString(report)).as(report.toString()).doesNotContain(tmp.toString()).doesNotContain(tmp.toRealPath().toString());
        }
        assertThat(xmlOf(out.resolve("checklist.xlsx"))).doesNotContain(tmp.toString()).contains("policies/lotus.html");
        assertThat(run.out()).doesNotContain(tmp.toString());
        assertThat(Files.readString(out.resolve("vendors/lotus-chat.json"))).contains("\"location\" : \"policies/lotus.html\"");
        assertThat(Files.readString(out.resolve("comparison.md") )).doesNotContain("/lists/");

        Cli.Run again = Cli.ppcheck("compare", "--out", out.toString(), tmp.resolve("lists/vendors.csv").toString());
        assertThat(again.err()).contains("3 from an earlier run");
    }

    @Test
    void comparisonCsvStartsWithTheByteOrderMarkExcelNeedsForUtf8() throws Exception {
        byte[] csv = Files.readAllBytes(out.resolve("comparison.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFrank,vendor,source").contains("Zürich Tiny AG");
    }

    @Test
    void theSummaryRanksByNumberFiltersKeepsItsHeaderInViewAndLinksEveryVendorToItsSheet() throws Exception {
        try (XSSFWorkbook wb = Checklists.open(out.resolve("checklist.xlsx"))) {
            XSSFSheet summary = wb.getSheet("Summary");
            Row header = summary.getRow(0);
            assertThat(text(header, 0)).isEqualTo("Rank");
            List<Double> ranks = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                Cell rank = summary.getRow(r).getCell(0);
                assertThat(rank.getCellType()).isEqualTo(CellType.NUMERIC);
                ranks.add(rank.getNumericCellValue());
                for (String column : List.of("Vendor", "Sheet")) {
                    Cell cell = summary.getRow(r).getCell(column(summary, column));
                    assertThat(cell.getHyperlink()).as(column).isNotNull();
                    assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                    String sheet = new CellReference(cell.getHyperlink().getAddress()).getSheetName();
                    assertThat(wb.getSheet(sheet)).as(cell.getHyperlink().getAddress()).isNotNull();
                    assertThat(sheet).isEqualTo(text(summary.getRow(r), column(summary, "Sheet")));
                }
            }
            assertThat(ranks).containsExactly(1.0, 2.0, 3.0);
            assertThat(summary.getRow(4).getCell(0)).as("a vendor that could not be checked has no rank").isNull();
            assertThat(wb.getSheet("O'Brien Cloud")).isNotNull();
            PaneInformation pane = summary.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + CellReference.convertNumToColString(header.getLastCellNum() - 1) + "5");
            Row lotus = rowOf(summary, "Lotus Chat");
            assertThat(text(lotus, column(summary, "Where data goes"))).isEqualTo("stores data in China");
            assertThat(text(lotus, column(summary, "Sensitive data"))).isEqualTo("keystroke patterns");
            assertThat(text(lotus, column(summary, "Laws cited"))).isEqualTo("China's PIPL");
            assertThat(text(lotus, column(summary, "Retention"))).startsWith("no period ('");
            assertThat(text(lotus, column(summary, "Last updated"))).isEqualTo("2025-11-20");
            assertThat(text(lotus, column(summary, "Source"))).isEqualTo("policies/lotus.html");
        }
    }

    @Test
    void aVendorSheetLeadsWithItsFactsThenShowsEachStatusInWordsOnItsColourWithEveryQuote() throws Exception {
        try (XSSFWorkbook wb = Checklists.open(out.resolve("checklist.xlsx"))) {
            Sheet lotus = wb.getSheet("Lotus Chat");
            assertThat(fact(lotus, "Where data goes")).isEqualTo("stores data in China");
            assertThat(fact(lotus, "Sensitive data")).isEqualTo("keystroke patterns");
            assertThat(fact(lotus, "Data collected")).contains("email addresses", "keystroke patterns");
            assertThat(fact(lotus, "Laws cited")).isEqualTo("China's PIPL");
            assertThat(fact(lotus, "Recipients")).contains("government authorities");
            assertThat(fact(lotus, "Policy")).isEqualTo("policies/lotus.html");
            assertThat(fact(lotus, "Fetched")).isEqualTo("not fetched: read from policies/lotus.html");
            int header = Checklists.headerRow(lotus);
            assertThat(header).isGreaterThan(10);
            assertThat(lotus.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));

            List<String> statuses = new ArrayList<>();
            int status = Checklists.column(lotus, "Status");
            for (int r = header + 1; r <= lotus.getLastRowNum(); r++) {
                Cell cell = lotus.getRow(r).getCell(status);
                statuses.add(cell.getStringCellValue());
                byte[] fill = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getRGB();
                String expected = switch (cell.getStringCellValue()) {
                    case "passed" -> "C6EFCE";
                    case "failed" -> "FFC7CE";
                    default -> "E7E6E6";
                };
                assertThat(String.format("%02X%02X%02X", fill[0], fill[1], fill[2])).isEqualTo(expected);
                assertThat(contrastWithBlack(fill)).as("black text on the fill of " + cell.getStringCellValue()).isGreaterThanOrEqualTo(4.5);
            }
            assertThat(statuses).contains("passed", "failed").allMatch(s -> List.of("passed", "failed", "not applicable").contains(s));

            String evidence = Checklists.row(lotus, "high-risk-location").getCell(Checklists.column(lotus, "Evidence")).getStringCellValue();
            List<String> quotes = List.of(evidence.split("\n\n"));
            assertThat(quotes).as("both quotes of the finding").hasSize(2)
                    .allMatch(q -> q.contains("\n— section: Lotus Chat Privacy Policy"));
        }
    }

    private static double contrastWithBlack(byte[] rgb) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = (rgb[i] & 0xFF) / 255.0;
            luminance += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return (luminance + 0.05) / 0.05;
    }

    private static String fact(Sheet sheet, String label) {
        return text(rowOf(sheet, label), 1);
    }

    private static Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (text(row, 0).equals(firstCell) || text(row, 1).equals(firstCell) && sheet.getSheetName().equals("Summary")) {
                return row;
            }
        }
        throw new AssertionError("no row for " + firstCell + " in " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String title) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(title)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** Every XML part of a workbook, as one text. */
    private static String xmlOf(Path xlsx) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.write(zip.readAllBytes());
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
