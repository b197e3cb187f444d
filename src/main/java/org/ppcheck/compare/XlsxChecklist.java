package org.ppcheck.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ppcheck.compare.ChecklistDecisions.Entry;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;
import org.ppcheck.util.XmlText;

/**
 * {@code checklist.xlsx}, what procurement teams work in: a summary sheet ranking the vendors, then
 * one sheet per vendor with a row per rule (status, severity, finding, evidence, reference, fix)
 * and a "Reviewer decision" column, a drop-down of {@link ChecklistDecisions#VALUES}, for the
 * person who signs off. The decisions and notes of the checklist this one replaces are carried
 * over by vendor and rule; when the finding's status or first evidence changed since, "Re-review"
 * says so. A decision whose vendor or rule is gone is kept on an "Earlier decisions" sheet, which
 * the next run reads back too, so that no reviewer input is lost.
 */
final class XlsxChecklist {
    static final String SUMMARY_SHEET = "Summary";
    static final String EARLIER_SHEET = "Earlier decisions";
    static final String[] VENDOR_COLUMNS = {"Rule", "Title", "Severity", "Status", "Finding", "Evidence", "Section", "Reference", "Fix",
        "Reviewer decision", "Reviewer notes", "Re-review"};
    private static final String[] EARLIER_COLUMNS = {"Vendor", "Rule", "Status", "Evidence", "Reviewer decision", "Reviewer notes",
        "Re-review", "Why it is here"};
    private static final int DECISION = List.of(VENDOR_COLUMNS).indexOf("Reviewer decision");
    private static final int EARLIER_DECISION = List.of(EARLIER_COLUMNS).indexOf("Reviewer decision");
    private static final int CELL_LIMIT = 32_000; // Excel's limit is 32,767 characters a cell
    private static final int SHEET_LIMIT = 31; // Excel's limit for a sheet name
    /** Our own sheets, and the name Excel keeps for its change history. */
    private static final Set<String> RESERVED_SHEETS = Set.of("summary", "earlier decisions", "history");
    /** What Excel refuses in a sheet name, and control characters (POI refuses a tab). */
    private static final Pattern SHEET_UNSAFE = Pattern.compile("[:\\\\/?*\\[\\]\\p{Cc}]");

    private XlsxChecklist() {
    }

    /** The workbook, carrying over the reviewer input of {@code previous} (see the class comment). */
    static byte[] write(List<Result> results, String profiles, ChecklistDecisions previous) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Map<List<String>, Entry> earlier = previous.byVendorAndRule();
            Sheet summary = wb.createSheet(SUMMARY_SHEET);
            header(summary, styles.bold, "Rank", "Vendor", "Source", "Tags", "Score", "Grade", "Failed findings", "Failed high", "Status", "Sheet");
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
                    set(row, 8, "could not be checked: " + r.failure(), styles.wrap);
                    continue;
                }
                row.createCell(4).setCellValue(r.report().score().value());
                set(row, 5, KeyFacts.grade(r.report()), null);
                row.createCell(6).setCellValue(r.report().failed().size());
                row.createCell(7).setCellValue(TableReports.failed(r, "high"));
                set(row, 8, "checked", null);
                set(row, 9, sheetName, null);
                vendorSheet(wb.createSheet(sheetName), r, styles, earlier);
            }
            Row note = summary.createRow(rowNo + 1);
            set(note, 0, "Profiles: " + profiles + ". Fill in the 'Reviewer decision' (" + String.join(", ", ChecklistDecisions.VALUES)
                    + ") and 'Reviewer notes' columns of each vendor's sheet; the next compare into this folder keeps them. "
                    + "Where 'Re-review' says the finding changed, look again, then clear that cell.", null);
            int[] widths = {6, 28, 50, 20, 7, 7, 15, 12, 40, 30};
            for (int c = 0; c < widths.length; c++) {
                summary.setColumnWidth(c, widths[c] * 256); // fixed: autoSizeColumn needs fonts a server may lack
            }
            summary.createFreezePane(0, 1);
            if (!earlier.isEmpty()) {
                earlierSheet(wb.createSheet(EARLIER_SHEET), earlier.values(), results, styles);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void vendorSheet(Sheet sheet, Result r, Styles styles, Map<List<String>, Entry> earlier) {
        header(sheet, styles.bold, VENDOR_COLUMNS);
        String vendor = cellText(r.vendor().name());
        int rowNo = 1;
        for (Report.Finding f : r.report().findings()) {
            Row row = sheet.createRow(rowNo++);
            Report.Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
            String evidence = first == null ? "" : first.text();
            Entry was = earlier.remove(List.of(vendor, f.rule()));
            String[] values = {f.rule(), f.title(), f.severity(), shown(f.status()), f.message(),
                evidence, first == null ? "" : first.section(), f.reference() == null ? "" : f.reference(),
                f.fix() == null ? "" : f.fix(), was == null ? "" : was.decision(), was == null ? "" : was.note(),
                was == null ? "" : reReview(was, f.status(), cellText(evidence))};
            for (int c = 0; c < values.length; c++) {
                set(row, c, values[c], c == VENDOR_COLUMNS.length - 1 ? styles.attention : c >= 4 ? styles.wrap : null);
            }
        }
        decisionDropDown(sheet, rowNo - 1, DECISION);
        int[] widths = {26, 40, 10, 14, 60, 60, 30, 36, 50, 24, 30, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rowNo - 1, 0, VENDOR_COLUMNS.length - 1));
    }

    /**
     * What "Re-review" says for a carried-over decision: what changed since the earlier checklist,
     * the status ("needs re-review: status was fail, now pass") or else the first evidence; when
     * nothing did, what it said before, which stays until the reviewer clears it.
     */
    static String reReview(Entry was, String status, String evidence) {
        if (!was.status().equals(status)) {
            return "needs re-review: status was " + shown(was.status()) + ", now " + shown(status);
        }
        return was.evidence().equals(evidence) ? was.reReview() : "needs re-review: evidence changed";
    }

    /** Decisions whose vendor or rule is not in this checklist, each with the reason, for the next run to carry on. */
    private static void earlierSheet(Sheet sheet, Collection<Entry> entries, List<Result> results, Styles styles) {
        header(sheet, styles.bold, EARLIER_COLUMNS);
        Map<String, Result> byName = new HashMap<>();
        results.forEach(r -> byName.put(cellText(r.vendor().name()), r));
        int rowNo = 1;
        for (Entry e : entries) {
            Result r = byName.get(e.vendor());
            String why = r == null ? "the vendor is not in this comparison"
                    : r.failed() ? "the vendor could not be checked in this run" : "the rule is no longer checked";
            String[] values = {e.vendor(), e.rule(), shown(e.status()), e.evidence(), e.decision(), e.note(), e.reReview(), why};
            Row row = sheet.createRow(rowNo++);
            for (int c = 0; c < values.length; c++) {
                set(row, c, values[c], styles.wrap);
            }
        }
        decisionDropDown(sheet, rowNo - 1, EARLIER_DECISION);
        int[] widths = {28, 26, 14, 60, 24, 30, 30, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * The decision column of rows 2 to {@code lastRow + 1} offers {@link ChecklistDecisions#VALUES}
     * and refuses other text, so that what the register imports is one of them.
     */
    private static void decisionDropDown(Sheet sheet, int lastRow, int column) {
        if (lastRow < 1) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(ChecklistDecisions.VALUES.toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow, column, column));
        validation.setSuppressDropDownArrow(true); // for XLSX, true shows the arrow
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Reviewer decision", "Choose one of " + String.join(", ", ChecklistDecisions.VALUES) + ".");
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /** A status as the sheet shows it: {@code not_applicable} is "not applicable". */
    private static String shown(String status) {
        return status.replace('_', ' ');
    }

    private static void header(Sheet sheet, CellStyle style, String... names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            set(row, c, names[c], style);
        }
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(cellText(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A text as a cell holds it: what XML cannot hold escaped ({@link #xmlText}), cut to what Excel allows. */
    static String cellText(String value) {
        String text = xmlText(value);
        return text.length() > CELL_LIMIT ? cut(text, CELL_LIMIT) + "…" : text;
    }

    /** The cell styles of a workbook. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle attention;

        Styles(XSSFWorkbook wb) {
            bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            attention = wb.createCellStyle();
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            attention.setFont(red);
            attention.setWrapText(true);
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

    /** The text with what XML 1.0 cannot hold replaced (see {@link XmlText#clean}); POI would write it as it is and Excel refuse the file. */
    static String xmlText(String s) {
        return XmlText.clean(s);
    }
}
