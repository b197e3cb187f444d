package org.ppcheck.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.report.Report;

/**
 * {@code checklist.xlsx}, what procurement teams work in: a summary sheet ranking the vendors, then
 * one sheet per vendor with a row per rule (status, severity, finding, evidence, reference, fix)
 * and an empty "Reviewer decision" column for the person who signs off.
 */
final class XlsxChecklist {
    static final String[] VENDOR_COLUMNS = {"Rule", "Title", "Severity", "Status", "Finding", "Evidence", "Section", "Reference", "Fix",
        "Reviewer decision", "Reviewer notes"};
    private static final int CELL_LIMIT = 32_000; // Excel's limit is 32,767 characters a cell

    private XlsxChecklist() {
    }

    static byte[] write(List<Result> results, String profiles) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet summary = wb.createSheet("Summary");
            header(summary, bold, "Rank", "Vendor", "Source", "Tags", "Score", "Grade", "Failed findings", "Failed high", "Status", "Sheet");
            Set<String> names = new HashSet<>(Set.of("summary"));
            int rank = 0;
            int rowNo = 1;
            for (Result r : results) {
                String sheetName = r.failed() ? "" : sheetName(r.vendor().name(), names);
                Row row = summary.createRow(rowNo++);
                set(row, 0, r.failed() ? "" : String.valueOf(++rank), null);
                set(row, 1, r.vendor().name(), null);
                set(row, 2, r.vendor().source(), null);
                set(row, 3, String.join("; ", r.vendor().tags()), null);
                if (r.failed()) {
                    set(row, 8, "could not be checked: " + r.failure(), wrap);
                    continue;
                }
                row.createCell(4).setCellValue(r.report().score().value());
                set(row, 5, r.report().score().grade(), null);
                row.createCell(6).setCellValue(r.report().failed().size());
                row.createCell(7).setCellValue(TableReports.failed(r, "high"));
                set(row, 8, "checked", null);
                set(row, 9, sheetName, null);
                vendorSheet(wb.createSheet(sheetName), r, bold, wrap);
            }
            Row note = summary.createRow(rowNo + 1);
            set(note, 0, "Profiles: " + profiles + ". Fill in the 'Reviewer decision' column of each vendor's sheet.", null);
            int[] widths = {6, 28, 50, 20, 7, 7, 15, 12, 40, 30};
            for (int c = 0; c < widths.length; c++) {
                summary.setColumnWidth(c, widths[c] * 256); // fixed: autoSizeColumn needs fonts a server may lack
            }
            summary.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void vendorSheet(Sheet sheet, Result r, CellStyle bold, CellStyle wrap) {
        header(sheet, bold, VENDOR_COLUMNS);
        int rowNo = 1;
        for (Report.Finding f : r.report().findings()) {
            Row row = sheet.createRow(rowNo++);
            Report.Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            String[] values = {f.rule(), f.title(), f.severity(), f.status().replace('_', ' '), f.message(),
                first == null ? "" : first.text(), first == null ? "" : first.section(), f.reference() == null ? "" : f.reference(),
                f.fix() == null ? "" : f.fix(), "", ""};
            for (int c = 0; c < values.length; c++) {
                set(row, c, values[c], c >= 4 ? wrap : null);
            }
        }
        int[] widths = {26, 40, 10, 14, 60, 60, 30, 36, 50, 20, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rowNo - 1, 0, VENDOR_COLUMNS.length - 1));
    }

    private static void header(Sheet sheet, CellStyle style, String... names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            set(row, c, names[c], style);
        }
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT) + "…" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), distinct from the others. */
    static String sheetName(String vendor, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(vendor);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
