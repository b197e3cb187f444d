package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.compare.Vendors.Vendor;
import org.ppcheck.compare.Vendors.VendorsException;

/** Vendor lists as spreadsheets save them: XLSX, CSV with a byte-order mark, semicolons or tabs; owner and review period. */
class VendorListsTest {
    private static final String ACME = "https://acme.example/privacy";

    @TempDir
    Path tmp;

    @Test
    void theFirstSheetOfAWorkbookIsAVendorListWithItsOwnColumnsLeftAlone() throws Exception {
        Path list = workbook("vendors.xlsx", new String[][] {
            {},
            {"Name", "URL", "Tags", "Owner", "Review every", "Contract ends"},
            {"Acme", ACME, "saas; eu", "Dana Procurement", "90d", "2027-01-01"},
            {},
            {"Beta", "policies/beta.txt", "", "", "P3M"},
            {"Gamma", "/srv/gamma.md"},
        });
        assertThat(Vendors.read(list, List.of())).containsExactly(
                new Vendor("Acme", ACME, List.of("saas", "eu"), "Dana Procurement", Period.ofDays(90)),
                new Vendor("Beta", tmp.resolve("policies/beta.txt").toString(), List.of(), null, Period.ofMonths(3)),
                new Vendor("Gamma", "/srv/gamma.md", List.of()));
    }

    @Test
    void aSourceCellThatLinksToTheWebStandsForThePageItLinksTo() throws Exception {
        Path xlsx = tmp.resolve("vendors.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("Vendors");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(1).setCellValue("source");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Acme");
            Cell source = row.createCell(1);
            source.setCellValue("Privacy policy");
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(ACME);
            source.setHyperlink(link);
            Row mail = sheet.createRow(2);
            mail.createCell(0).setCellValue("Beta");
            Cell local = mail.createCell(1);
            local.setCellValue("beta.txt");
            Hyperlink mailto = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            mailto.setAddress("mailto:dpo@beta.example");
            local.setHyperlink(mailto);
            wb.write(out);
        }
        assertThat(Vendors.read(xlsx, List.of())).extracting(Vendor::source).containsExactly(ACME, tmp.resolve("beta.txt").toString());
    }

    @Test
    void excelsCsvUtf8WithAByteOrderMarkAndSemicolonsReadsLikeAPlainCsv() throws Exception {
        Path list = tmp.resolve("vendors.csv");
        Files.write(list, ("\uFEFFName;Source;Tags;Owner;review_every\r\nAcme;" + ACME + ";\"saas;eu\";Dana;12w\r\nCafé;https://cafe.example/;;;1y\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(Vendors.read(list, List.of())).containsExactly(
                new Vendor("Acme", ACME, List.of("saas", "eu"), "Dana", Period.ofWeeks(12)),
                new Vendor("Café", "https://cafe.example/", List.of(), null, Period.ofYears(1)));
    }

    @Test
    void aTabSeparatedListReadsToo() throws Exception {
        Path list = Files.writeString(tmp.resolve("vendors.tsv"), "name\tsource\towner\nAcme\t" + ACME + "\tDana, Legal\n");
        assertThat(Vendors.read(list, List.of())).containsExactly(new Vendor("Acme", ACME, List.of(), "Dana, Legal", null));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsSaysWhichColumnsItFound() throws Exception {
        Path csv = Files.writeString(tmp.resolve("vendors.csv"), "# our vendors\nVendor;URL\nAcme;" + ACME + "\n");
        assertThatThrownBy(() -> Vendors.read(csv, List.of())).isInstanceOf(VendorsException.class).hasMessage(csv
                + ":2: the header must name the columns 'name' and 'source' (or 'url' or 'path'), e.g. name,source,tags; found: Vendor;URL");
        Path xlsx = workbook("vendors.xlsx", new String[][] {{"Vendor", "Link"}, {"Acme", ACME}});
        assertThatThrownBy(() -> Vendors.read(xlsx, List.of())).isInstanceOf(VendorsException.class)
                .hasMessageEndingWith("; found: Vendor, Link").hasMessageStartingWith(xlsx + ":Sheet1!A1: the header must name");
    }

    @Test
    void everyBadReviewPeriodIsReportedAtOnceWithFileRowAndValue() throws Exception {
        Path csv = Files.writeString(tmp.resolve("vendors.csv"), "name,source,review-every\nA,a.txt,3 months\n# paused\nB,b.txt,6m\nC,c.txt,0d\n");
        VendorsException e = catchThrowableOfType(VendorsException.class, () -> Vendors.read(csv, List.of()));
        assertThat(e.problems()).containsExactly(
                csv + ":2: review-every: '3 months' is not a review period; use a number of days, weeks, months or years "
                        + "(90d, 12w, 6m, 1y) or an ISO 8601 period such as P3M, longer than zero",
                csv + ":5: review-every: '0d' is not a review period; use a number of days, weeks, months or years "
                        + "(90d, 12w, 6m, 1y) or an ISO 8601 period such as P3M, longer than zero");
        Path yaml = Files.writeString(tmp.resolve("vendors.yaml"), "vendors:\n  - name: A\n    source: a.txt\n    review-every: quarterly\n"
                + "  - {name: B, source: b.txt, owner: Dana, review_every: P1Y}\n");
        assertThat(catchThrowableOfType(VendorsException.class, () -> Vendors.read(yaml, List.of())).problems())
                .singleElement().asString().startsWith(yaml + ":4:19: review-every: 'quarterly' is not a review period");
        Path fixed = Files.writeString(tmp.resolve("fixed.yaml"), Files.readString(yaml).replace("quarterly", "\"90d\""));
        assertThat(Vendors.read(fixed, List.of()).get(1)).isEqualTo(new Vendor("B", tmp.resolve("b.txt").toString(), List.of(), "Dana",
                Period.ofYears(1)));
    }

    @Test
    void aFormulaInAWorkbookVendorListIsRefusedNotEvaluated() throws Exception {
        Path xlsx = tmp.resolve("vendors.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("Vendors");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(1).setCellValue("source");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Acme");
            row.createCell(1).setCellFormula("HYPERLINK(\"https://evil.example/\",\"privacy\")");
            wb.write(out);
        }
        assertThat(catchThrowableOfType(VendorsException.class, () -> Vendors.read(xlsx, List.of())).problems()).containsExactly(
                xlsx + ":Vendors!B2: source: is a formula (=HYPERLINK(\"https://evil.example/\",\"privacy\")); type the value itself",
                xlsx + ":Vendors!A2: needs both a name and a source (a URL or a file)");
    }

    @Test
    void anOldExcelFileOrACsvThatIsNotUtf8GetsAMessageSayingHowToSaveIt() throws Exception {
        Path xls = tmp.resolve("vendors.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Vendors").createRow(0).createCell(0).setCellValue("name");
            wb.write(out);
        }
        assertThatThrownBy(() -> Vendors.read(xls, List.of())).hasMessage(xls
                + ": an Excel 97-2003 (.xls) or password-protected workbook; save it as an .xlsx workbook without a password");
        Path latin1 = tmp.resolve("vendors.csv");
        Files.write(latin1, "name,source\nCaf\u00e9,https://cafe.example/\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Vendors.read(latin1, List.of())).hasMessageContaining(latin1 + ": not UTF-8 text; save it as CSV UTF-8");
    }

    @Test
    void theThreeArgumentVendorHasNoOwnerAndNoReviewPeriod() {
        Vendor v = new Vendor("Acme", ACME, List.of("saas"));
        assertThat(v.owner()).isNull();
        assertThat(v.reviewEvery()).isNull();
    }

    @Test
    void reviewPeriodsAreShortFormsOrIsoPeriods() {
        assertThat(List.of("90d", "12w", "6m", "1y", "P3M", "p1y6m", " 2 W ").stream().map(Vendors::parsePeriod))
                .containsExactly(Period.ofDays(90), Period.ofWeeks(12), Period.ofMonths(6), Period.ofYears(1), Period.ofMonths(3),
                        Period.of(1, 6, 0), Period.ofWeeks(2));
        for (String bad : List.of("", "0d", "-5d", "P-1D", "PT5H", "3 months", "90", "P")) {
            assertThatThrownBy(() -> Vendors.parsePeriod(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + bad.strip() + "' is not a review period; use a number of days, weeks, months or years "
                            + "(90d, 12w, 6m, 1y) or an ISO 8601 period such as P3M, longer than zero");
        }
    }

    /** A workbook whose first sheet holds the rows; an empty array is an empty row. */
    private Path workbook(String name, String[][] rows) throws Exception {
        Path file = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
