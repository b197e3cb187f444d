package org.ppcheck.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A reviewer at work in a checklist.xlsx that compare wrote: open it, type into a rule's row, save it. */
final class Checklists {
    private Checklists() {
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Saves the workbook over the file, as Excel does: a new file moved into place. */
    static void save(XSSFWorkbook wb, Path file) throws Exception {
        Path saved = Files.createTempFile(file.getParent(), "saved", ".xlsx");
        try (OutputStream out = Files.newOutputStream(saved)) {
            wb.write(out);
        }
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Types a decision and a note into a rule's row, the columns found by their headers. */
    static void type(Sheet sheet, String rule, String decision, String note) {
        row(sheet, rule).getCell(column(sheet, "Reviewer decision")).setCellValue(decision);
        row(sheet, rule).getCell(column(sheet, "Reviewer notes")).setCellValue(note);
    }

    /** The number of the column whose header is {@code name}. */
    static int column(Sheet sheet, String name) {
        Row header = sheet.getRow(headerRow(sheet));
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column '" + name + "' in " + sheet.getSheetName());
    }

    /** The header row: the Summary's first, or a vendor sheet's rule table below its facts (the row that starts with "Rule"). */
    static int headerRow(Sheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String first = row == null || row.getCell(0) == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(0));
            if (first.equals("Rule") || first.equals("Rank")) {
                return r;
            }
        }
        throw new AssertionError("no rule table in " + sheet.getSheetName());
    }

    /** The row of a rule. */
    static Row row(Sheet sheet, String rule) {
        for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getStringCellValue().equals(rule)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row for " + rule + " in " + sheet.getSheetName());
    }
}
