package org.ppcheck.compare;

import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.compare.Comparison.Result;

/**
 * The Summary sheet of the checklist: a row per vendor in rank order, with its rank as a number,
 * its grade and failures, its key facts in words, the policy's URL and the source as listed; the
 * vendor's name and sheet link to its sheet. The header row stays in view and filters the rows.
 */
final class ChecklistSummary {
    /** The columns; {@link ChecklistDecisions} reads "Vendor" and "Sheet" back. */
    static final String[] COLUMNS = {"Rank", "Vendor", "Grade", "Score", "Failed findings", "Failed high", "Where data goes",
        "Sensitive data", "Laws cited", "Retention", "Last updated", "Policy URL", "Source", "Tags", "Status", "Sheet"};
    /** The facts of the vendor sheet's block that the summary shows too, under the same titles. */
    private static final List<String> FACTS = List.of("Where data goes", "Sensitive data", "Laws cited", "Retention", "Last updated");
    private static final int[] WIDTHS = {6, 28, 7, 7, 10, 10, 36, 28, 32, 28, 13, 45, 45, 18, 30, 24};

    private ChecklistSummary() {
    }

    /** One vendor's row; {@code rank} 0 and {@code sheetName} null for a vendor that could not be checked. */
    static void row(Sheet summary, int rowNo, Result r, int rank, String sheetName, ChecklistStyles styles) {
        Row row = summary.createRow(rowNo);
        Cell name = set(row, "Vendor", r.vendor().name(), r.failed() ? styles.wrap : styles.link);
        set(row, "Source", r.vendor().source(), styles.wrap);
        set(row, "Tags", String.join("; ", r.vendor().tags()), styles.wrap);
        if (r.failed()) {
            set(row, "Status", "could not be checked: " + r.failure(), styles.wrap);
            return;
        }
        row.createCell(column("Rank")).setCellValue(rank);
        set(row, "Grade", KeyFacts.grade(r.report()), null);
        if (r.report().score().assessed()) {
            row.createCell(column("Score")).setCellValue(r.report().score().value());
        }
        row.createCell(column("Failed findings")).setCellValue(r.report().failed().size());
        row.createCell(column("Failed high")).setCellValue(TableReports.failed(r, "high"));
        Map<String, String> facts = ChecklistVendorSheet.facts(r);
        FACTS.forEach(f -> set(row, f, facts.get(f), styles.wrap));
        set(row, "Policy URL", r.report().source().finalUrl() == null ? "" : r.report().source().finalUrl(), styles.wrap);
        set(row, "Status", "checked", null);
        linkToSheet(name, sheetName);
        linkToSheet(set(row, "Sheet", sheetName, styles.link), sheetName);
    }

    /** Column widths, the frozen header row and the filter over the header and the vendors' rows. */
    static void finish(Sheet summary, int lastVendorRow) {
        for (int c = 0; c < WIDTHS.length; c++) {
            summary.setColumnWidth(c, WIDTHS[c] * 256); // fixed: autoSizeColumn needs fonts a server may lack
        }
        summary.createFreezePane(0, 1);
        summary.setAutoFilter(new CellRangeAddress(0, lastVendorRow, 0, COLUMNS.length - 1));
    }

    /**
     * A link to cell A1 of a sheet of this workbook, its name quoted as Excel writes it
     * ({@code 'O''Brien Ltd'!A1}), so that names with spaces or apostrophes resolve.
     */
    static String sheetAddress(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'!A1";
    }

    private static void linkToSheet(Cell cell, String sheetName) {
        Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(sheetAddress(sheetName));
        cell.setHyperlink(link);
    }

    private static Cell set(Row row, String column, String value, CellStyle style) {
        return XlsxChecklist.set(row, column(column), value, style);
    }

    private static int column(String title) {
        return List.of(COLUMNS).indexOf(title);
    }
}
