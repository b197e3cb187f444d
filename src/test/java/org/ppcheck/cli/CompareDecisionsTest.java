package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'ppcheck compare' run again into the same folder never loses what reviewers typed into
 * checklist.xlsx: decisions and notes are carried over, and a finding that changed is marked for
 * re-review.
 */
class CompareDecisionsTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondCompareKeepsTheDecisionsAndFlagsTheFindingThatChanged() throws Exception {
        Path tiny = Files.copy(Path.of("policies-corpus", "tiny-vague.txt"), tmp.resolve("tiny.txt"));
        Files.copy(Path.of("policies-corpus", "nimbus-eu-saas.html"), tmp.resolve("nimbus.html"));
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nTiny,tiny.txt\nNimbus,nimbus.html\n");
        Path out = tmp.resolve("out");
        Path checklist = out.resolve("checklist.xlsx");
        assertThat(Cli.ppcheck("compare", "--out", out.toString(), list.toString()).exit()).isZero();

        String typo;
        try (XSSFWorkbook wb = Checklists.open(checklist)) {
            Sheet nimbus = wb.getSheet("Nimbus");
            typo = CellReference.convertNumToColString(Checklists.column(nimbus, "Reviewer decision"))
                    + (Checklists.row(nimbus, "children").getRowNum() + 1);
            Checklists.type(wb.getSheet("Tiny"), "gdpr-reference", "Reject", "no GDPR section; ask legal");
            Checklists.type(wb.getSheet("Tiny"), "retention-period", "Approve with conditions", "");
            Checklists.type(wb.getSheet("Nimbus"), "art13-dpo", "approve", "DPO named");
            Checklists.type(wb.getSheet("Nimbus"), "children", "aprove", "");
            Checklists.save(wb, checklist);
        }
        Files.writeString(tiny, Files.readString(tiny)
                + "\n\nYour rights under the GDPR\n\nUnder the GDPR you have the right to access and delete your personal data.\n");
        Cli.Run second = Cli.ppcheck("compare", "--out", out.toString(), list.toString());

        assertThat(second.exit()).isZero();
        assertThat(second.err()).contains("1 from an earlier run").contains("ppcheck: " + checklist + ":Nimbus!" + typo
                + ": 'aprove' is not a decision; use one of approve, approve-with-conditions, reject, pending");
        try (XSSFWorkbook wb = Checklists.open(checklist)) {
            Sheet tinySheet = wb.getSheet("Tiny");
            assertThat(cells(tinySheet, "gdpr-reference")).containsExactly("passed", "reject", "no GDPR section; ask legal",
                    "needs re-review: status was failed, now passed");
            assertThat(cells(tinySheet, "retention-period")).containsExactly("failed", "approve-with-conditions", "", "");
            Sheet nimbus = wb.getSheet("Nimbus");
            assertThat(cells(nimbus, "art13-dpo")).containsExactly("passed", "approve", "DPO named", "");
            assertThat(cells(nimbus, "children").subList(1, 4)).containsExactly("aprove", "", "");
            List<String> flagged = new ArrayList<>();
            for (Sheet sheet : List.of(tinySheet, nimbus)) {
                int reReview = Checklists.column(sheet, "Re-review");
                for (int r = Checklists.headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
                    if (!sheet.getRow(r).getCell(reReview).getStringCellValue().isEmpty()) {
                        flagged.add(sheet.getSheetName() + "/" + sheet.getRow(r).getCell(0).getStringCellValue());
                    }
                }
            }
            assertThat(flagged).containsExactly("Tiny/gdpr-reference");
            assertThat(wb.getSheet("Earlier decisions")).isNull();
        }
    }

    @Test
    void anOldChecklistThatCannotBeReadStopsCompareAndStaysAsItWas() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        byte[] damaged = "PK\u0003\u0004 this was a checklist before the disk filled up".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path checklist = Files.write(out.resolve("checklist.xlsx"), damaged);
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nTiny," + Path.of("policies-corpus", "tiny-vague.txt")
                .toAbsolutePath() + "\n");
        Cli.Run run = Cli.ppcheck("compare", "--out", out.toString(), list.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("ppcheck: " + checklist + ": not an XLSX workbook")
                .endsWith("; compare carries the reviewer decisions in it over and will not replace it: fix it or move it elsewhere, "
                        + "then run compare again");
        assertThat(Files.readAllBytes(checklist)).isEqualTo(damaged);
        assertThat(out.resolve("report.html")).doesNotExist();
        assertThat(out.resolve("vendors/tiny.json")).as("nothing was checked").doesNotExist();
    }

    /** Status, Reviewer decision, Reviewer notes and Re-review of a rule's row. */
    private static List<String> cells(Sheet sheet, String rule) {
        Row row = Checklists.row(sheet, rule);
        return List.of("Status", "Reviewer decision", "Reviewer notes", "Re-review").stream()
                .map(c -> row.getCell(Checklists.column(sheet, c)).getStringCellValue()).toList();
    }
}
