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
