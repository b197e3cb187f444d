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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ppcheck.compare.ChecklistDecisions.Entry;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.facts.Names;
import org.ppcheck.util.XmlText;

/**
 * {@code checklist.xlsx}, what procurement teams work in: a summary sheet ranking the vendors
 * ({@link ChecklistSummary}), then one sheet per vendor with its key facts and a row per rule
 * ({@link ChecklistVendorSheet}) and a "Reviewer decision" column, a drop-down of
 * {@link ChecklistDecisions#VALUES}, for the person who signs off. The decisions and notes of the
 * checklist this one replaces are carried over by vendor and rule; when the finding's status or
 * evidence changed since, "Re-review" says so. A decision whose vendor or rule is gone is kept on an
 * "Earlier decisions" sheet, which the next run reads back too, so that no reviewer input is lost.
 */
final class XlsxChecklist {
    static final String SUMMARY_SHEET = "Summary";
    static final String EARLIER_SHEET = "Earlier decisions";
    private static final String[] EARLIER_COLUMNS = {"Vendor", "Rule", "Status", "Evidence", "Reviewer decision", "Reviewer notes",
        "Re-review", "Why it is here"};
    private static final int EARLIER_DECISION = List.of(EARLIER_COLUMNS).indexOf("Reviewer decision");
    static final int CELL_LIMIT = 32_000; // Excel's limit is 32,767 characters a cell
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
            ChecklistStyles styles = new ChecklistStyles(wb);
            Map<List<String>, Entry> earlier = previous.byVendorAndRule();
            Sheet summary = wb.createSheet(SUMMARY_SHEET);
            header(summary, 0, styles.bold, ChecklistSummary.COLUMNS);
            Set<String> names = new HashSet<>(RESERVED_SHEETS);
            int rank = 0;
            int rowNo = 1;
            for (Result r : results) {
                if (r.failed()) {
                    ChecklistSummary.row(summary, rowNo++, r, 0, null, styles);
                    continue;
                }
                String sheetName = sheetName(r.vendor().name(), ++rank, names);
                ChecklistSummary.row(summary, rowNo++, r, rank, sheetName, styles);
                ChecklistVendorSheet.write(wb.createSheet(sheetName), r, styles, earlier);
            }
            ChecklistSummary.finish(summary, rowNo - 1);
            Row note = summary.createRow(rowNo + 1);
            set(note, 0, "Profiles: " + profiles + ". Fill in the 'Reviewer decision' (" + String.join(", ", ChecklistDecisions.VALUES)
                    + ") and 'Reviewer notes' columns of each vendor's sheet; the next compare into this folder keeps them. "
                    + "Where 'Re-review' says the finding changed, look again, then clear that cell.", null);
            if (!earlier.isEmpty()) {
                earlierSheet(wb.createSheet(EARLIER_SHEET), earlier.values(), results, styles);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Decisions whose vendor or rule is not in this checklist, each with the reason, for the next run to carry on. */
    private static void earlierSheet(Sheet sheet, Collection<Entry> entries, List<Result> results, ChecklistStyles styles) {
        header(sheet, 0, styles.bold, EARLIER_COLUMNS);
        Map<String, Result> byName = new HashMap<>();
        results.forEach(r -> byName.put(cellText(r.vendor().name()), r));
        int rowNo = 1;
        for (Entry e : entries) {
            Result r = byName.get(e.vendor());
            String why = r == null ? "the vendor is not in this comparison"
                    : r.failed() ? "the vendor could not be checked in this run" : "the rule is no longer checked";
            String[] values = {e.vendor(), e.rule(), Names.status(e.status()), e.evidence(), e.decision(), e.note(), e.reReview(), why};
            Row row = sheet.createRow(rowNo++);
            for (int c = 0; c < values.length; c++) {
                set(row, c, values[c], styles.wrap);
            }
        }
        decisionDropDown(sheet, 1, rowNo - 1, EARLIER_DECISION);
        int[] widths = {28, 26, 14, 60, 24, 30, 30, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * The decision column of rows {@code firstRow} to {@code lastRow} (counted from 0) offers
     * {@link ChecklistDecisions#VALUES} and refuses other text, so that what the register imports is one of them.
     */
    static void decisionDropDown(Sheet sheet, int firstRow, int lastRow, int column) {
        if (lastRow < firstRow) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(ChecklistDecisions.VALUES.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setSuppressDropDownArrow(true); // for XLSX, true shows the arrow
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Reviewer decision", "Choose one of " + String.join(", ", ChecklistDecisions.VALUES) + ".");
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /** A header row of column titles. */
    static void header(Sheet sheet, int rowNo, CellStyle style, String... names) {
        Row row = sheet.createRow(rowNo);
        for (int c = 0; c < names.length; c++) {
            set(row, c, names[c], style);
        }
    }

    /** A text cell, as {@link #cellText} holds it, with the style given (none when null). */
    static Cell set(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(cellText(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A text as a cell holds it: what XML cannot hold escaped ({@link #xmlText}), cut to what Excel allows. */
    static String cellText(String value) {
        String text = xmlText(value);
        return text.length() > CELL_LIMIT ? cut(text, CELL_LIMIT) + "…" : text;
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
