package org.ppcheck.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
    private static final int SHEET_LIMIT = 31; // Excel's limit for a sheet name
    /** Our own sheet, and the name Excel keeps for its change history. */
    private static final Set<String> RESERVED_SHEETS = Set.of("summary", "history");
    /** What Excel refuses in a sheet name, and control characters (POI refuses a tab). */
    private static final Pattern SHEET_UNSAFE = Pattern.compile("[:\\\\/?*\\[\\]\\p{Cc}]");

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
            Set<String> names = new HashSet<>(RESERVED_SHEETS);
            int rank = 0;
            int rowNo = 1;
            for (Result r : results) {
                String sheetName = r.failed() ? "" : sheetName(r.vendor().name(), rank + 1, names);
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
        String text = xmlText(value);
        cell.setCellValue(text.length() > CELL_LIMIT ? cut(text, CELL_LIMIT) + "…" : text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * A sheet name Excel accepts, distinct (ignoring case) from those taken: no control characters
     * or {@code : \ / ? * [ ]}, no apostrophe at either end, no leading dot (POI cannot refer to
     * such a sheet), at most 31 characters with the number that makes it distinct; "Vendor N" when
     * nothing of the name is left.
     */
    static String sheetName(String vendor, int rank, Set<String> taken) {
        String base = xmlText(SHEET_UNSAFE.matcher(vendor).replaceAll(" ")).replaceAll("\\s+", " ").replaceAll("^['. ]+|[' ]+$", "");
        if (base.isEmpty()) {
            base = "Vendor " + rank;
        }
        String name = cut(base, SHEET_LIMIT);
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            name = cut(base, SHEET_LIMIT - suffix.length()).stripTrailing() + suffix;
        }
        return name;
    }

    /** At most max characters, without splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
    }

    /**
     * The text with what XML 1.0 cannot hold replaced: C0 control characters other than tab, line
     * feed and carriage return become visible escapes ({@code \x1b}); U+FFFE, U+FFFF and unpaired
     * surrogates become U+FFFD. POI writes such characters as they are and Excel then refuses the file.
     */
    static String xmlText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
