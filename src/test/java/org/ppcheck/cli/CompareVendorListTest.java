package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'ppcheck compare' on vendor lists kept in a spreadsheet. */
class CompareVendorListTest {
    @TempDir
    Path tmp;

    /** Excel's "CSV UTF-8" (a byte-order mark), European Excel's ';' and a tab-separated export, each compared as it is. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {",", ";", "\t"})
    void aCsvVendorListAsExcelSavesItIsCompared(String delimiter) throws Exception {
        String tiny = Path.of("policies-corpus", "tiny-vague.txt").toAbsolutePath().toString();
        String nimbus = Path.of("policies-corpus", "nimbus-eu-saas.html").toAbsolutePath().toString();
        Path list = tmp.resolve("vendors.csv");
        Files.write(list, ("\uFEFFName" + delimiter + "Source" + delimiter + "Tags\r\nZürich Tiny" + delimiter + tiny + delimiter + "a;b\r\n"
                + "Nimbus" + delimiter + nimbus + delimiter + "\r\n").replace("a;b", delimiter.equals(";") ? "\"a;b\"" : "a;b")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cli.Run run = Cli.ppcheck("compare", "--out", tmp.resolve("out").toString(), list.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Zürich Tiny", "Nimbus");
        byte[] csv = Files.readAllBytes(tmp.resolve("out/comparison.csv"));
        assertThat(new String(csv, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).as("a byte-order mark for Excel").isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("Zürich Tiny");
    }

    @Test
    void aWorkbookVendorListIsCompared() throws Exception {
        Path list = tmp.resolve("vendors.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(list)) {
            Sheet sheet = wb.createSheet("Vendors");
            String[][] rows = {{"Name", "Path", "Owner", "Review every"},
                {"Tiny", Path.of("policies-corpus", "tiny-vague.txt").toAbsolutePath().toString(), "Dana", "1y"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        Cli.Run run = Cli.ppcheck("compare", "--out", tmp.resolve("out").toString(), list.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Tiny");
        assertThat(tmp.resolve("out/vendors/tiny.json")).exists();
    }

    @Test
    void everyBadRowOfAVendorListIsOneLineAndNothingIsChecked() throws Exception {
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name;source;review-every\nA;a.txt;3 months\n;b.txt;\nC;c.txt;6m\n");
        Cli.Run run = Cli.ppcheck("compare", "--out", tmp.resolve("out").toString(), list.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "ppcheck: " + list + ":2: review-every: '3 months' is not a review period; use a number of days, weeks, months or years "
                        + "(90d, 12w, 6m, 1y) or an ISO 8601 period such as P3M, longer than zero",
                "ppcheck: " + list + ":3: needs both a name and a source (a URL or a file)");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
