package org.ppcheck.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ppcheck.facts.Names;

/**
 * What reviewers typed into a {@code checklist.xlsx}: per vendor and rule, the "Reviewer decision"
 * and "Reviewer notes", with the finding's status and evidence as the sheet showed them when
 * they decided. Columns are found by their titles, not their places, so that a checklist keeps
 * reading after columns are added or moved. Cells are read as plain text; a formula comes back as
 * its text, never evaluated.
 *
 * @param entries  every row with a decision or a note, in the order of the workbook
 * @param problems values that are not what ppcheck expects, one line each
 *                 ({@code checklist.xlsx:Acme!J7: 'aprove' is not a decision; use one of ...})
 */
public record ChecklistDecisions(List<Entry> entries, List<String> problems) {
    /** The decisions a reviewer can make, in the order the drop-down offers them; the register uses the same words. */
    public static final List<String> VALUES = List.of("approve", "approve-with-conditions", "reject", "pending");
    /** No earlier checklist. */
    public static final ChecklistDecisions NONE = new ChecklistDecisions(List.of(), List.of());

    private static final List<String> SUMMARY_COLUMNS = List.of("vendor", "sheet");
    private static final List<String> VENDOR_COLUMNS = List.of("rule", "status", "evidence", "reviewer-decision", "reviewer-notes");
    /** How many top rows may hold the header: a vendor sheet starts with a dozen rows of facts. */
    private static final int HEADER_SEARCH = 30;

    public ChecklistDecisions {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /**
     * One reviewed row.
     *
     * @param vendor   the vendor's name as the Summary sheet shows it
     * @param decision one of {@link #VALUES}, "" when none was given, or the text as typed when it is
     *                 none of them (then {@link ChecklistDecisions#problems()} says so)
     * @param note     the reviewer's notes, "" when none
     * @param status   the finding's status then: {@code pass}, {@code fail}, {@code not_applicable}
     * @param evidence the finding's evidence then, as the sheet shows it (the first quote alone in checklists before every quote was shown)
     * @param reReview what the "Re-review" column said, "" when nothing (or when the checklist predates that column)
     */
    public record Entry(String vendor, String rule, String decision, String note, String status, String evidence, String reReview) {
        /** Whether the decision is one of {@link #VALUES}. */
        public boolean decided() {
            return VALUES.contains(decision);
        }
    }

    /** A file that is not a checklist ppcheck can read back; the message names the file and says why. */
    public static final class ChecklistException extends Exception {
        public ChecklistException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The decision a reviewer meant, or null when the text is none of {@link #VALUES}: case, spaces
     * and underscores do not matter ("Approve with conditions" is {@code approve-with-conditions}).
     */
    public static String normalise(String typed) {
        String key = typed.strip().toLowerCase(Locale.ROOT).replaceAll("(?U)[\\s_-]+", "-");
        return VALUES.contains(key) ? key : null;
    }

    /** The entries by vendor and rule. */
    Map<List<String>, Entry> byVendorAndRule() {
        Map<List<String>, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(List.of(e.vendor(), e.rule()), e));
        return map;
    }

    /** Reads a checklist that {@code compare} wrote and a reviewer filled in. */
    public static ChecklistDecisions read(Path checklistXlsx) throws ChecklistException {
        if (!Files.isRegularFile(checklistXlsx)) {
            throw new ChecklistException(checklistXlsx + ": not a regular file", null);
        }
        try (Workbooks.Opened opened = Workbooks.open(checklistXlsx)) {
            return new Reading(checklistXlsx, opened.book()).read();
        } catch (Workbooks.NotAWorkbook e) {
            throw new ChecklistException(checklistXlsx + ": " + e.getMessage(), e);
        }
    }

    /** A header row and where each needed column is, by {@link Workbooks#key}. */
    private record Header(int row, Map<String, Integer> columns) { }

    /** One read of one workbook, collecting entries and problems. */
    private static final class Reading {
        private final Path file;
        private final XSSFWorkbook book;
        private final Map<List<String>, String> seen = new HashMap<>();
        private final List<Entry> entries = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Reading(Path file, XSSFWorkbook book) {
            this.file = file;
            this.book = book;
        }

        ChecklistDecisions read() throws ChecklistException {
            Sheet summary = book.getSheet(XlsxChecklist.SUMMARY_SHEET);
            Header header = summary == null ? null : header(summary, SUMMARY_COLUMNS);
            if (header == null) {
                throw new ChecklistException(file + ": not a ppcheck checklist: it has no '" + XlsxChecklist.SUMMARY_SHEET
                        + "' sheet with the columns 'Vendor' and 'Sheet'", null);
            }
            for (int r = header.row() + 1; r <= summary.getLastRowNum(); r++) {
                Row row = summary.getRow(r);
                String vendor = VendorNames.nfc(Workbooks.text(row, header.columns().get("vendor")).strip());
                String sheetName = Workbooks.text(row, header.columns().get("sheet")).strip();
                if (vendor.isEmpty() || sheetName.isEmpty()) {
                    continue; // the closing note, and vendors that could not be checked, have no sheet
                }
                Sheet sheet = book.getSheet(sheetName);
                if (sheet == null) {
                    throw new ChecklistException(file + ":" + Workbooks.at(summary, r, header.columns().get("sheet")) + ": the sheet '"
                            + sheetName + "' is not in the workbook; give the vendor's sheet its name back", null);
                }
                rows(sheet, vendor);
            }
            Sheet earlier = book.getSheet(XlsxChecklist.EARLIER_SHEET);
            if (earlier != null) {
                rows(earlier, null);
            }
            return new ChecklistDecisions(entries, problems);
        }

        /** The reviewed rows of a vendor's sheet, or of the sheet of earlier decisions ({@code vendor} null: a column says). */
        private void rows(Sheet sheet, String vendor) throws ChecklistException {
            List<String> needed = new ArrayList<>(VENDOR_COLUMNS);
            if (vendor == null) {
                needed.add("vendor");
            }
            Header header = header(sheet, needed);
            if (header == null) {
                throw new ChecklistException(file + ": the sheet '" + sheet.getSheetName() + "' has no header row with the columns "
                        + String.join(", ", needed.stream().map(Reading::title).toList()) + "; give the columns their titles back", null);
            }
            Map<String, Integer> at = header.columns();
            for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String typed = Workbooks.text(row, at.get("reviewer-decision")).strip();
                String note = Workbooks.text(row, at.get("reviewer-notes")).strip();
                if (typed.isEmpty() && note.isEmpty()) {
                    continue;
                }
                String cell = Workbooks.at(sheet, r, at.get(typed.isEmpty() ? "reviewer-notes" : "reviewer-decision"));
                String where = file + ":" + cell;
                String rule = Workbooks.text(row, at.get("rule")).strip();
                String name = vendor != null ? vendor : VendorNames.nfc(Workbooks.text(row, at.get("vendor")).strip());
                if (rule.isEmpty() || name.isEmpty()) {
                    problems.add(where + ": a decision or note on a row without a " + (rule.isEmpty() ? "rule" : "vendor")
                            + "; it cannot be carried over, so move it to the row it belongs to");
                    continue;
                }
                String decision = typed.isEmpty() ? "" : normalise(typed);
                if (decision == null) {
                    problems.add(where + ": '" + typed + "' is not a decision; use one of " + String.join(", ", VALUES));
                    decision = typed;
                }
                String first = seen.putIfAbsent(List.of(name, rule), cell);
                if (first != null) {
                    problems.add(where + ": a second decision on rule " + rule + " of " + name + "; the one at " + first + " is kept");
                    continue;
                }
                entries.add(new Entry(name, rule, decision, note, statusId(Workbooks.text(row, at.get("status"))),
                        Workbooks.text(row, at.get("evidence")), Workbooks.text(row, at.get("re-review")).strip()));
            }
        }

        /**
         * The status a cell shows, as its id: "failed" is {@code fail}; checklists before plain names
         * showed the id itself, with a space for the underscore ("not applicable").
         */
        private static String statusId(String shown) {
            String status = shown.strip();
            return Names.all(Names.Kind.STATUSES).entrySet().stream().filter(e -> e.getValue().equals(status)).map(Map.Entry::getKey)
                    .findFirst().orElse(status.replace(' ', '_'));
        }

        /** A column's title as the checklist writes it: {@code reviewer-decision} is "Reviewer decision". */
        private static String title(String key) {
            return "'" + Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('-', ' ') + "'";
        }

        /** The first of the sheet's top rows that has every needed column, with where its columns are. */
        private static Header header(Sheet sheet, List<String> needed) {
            int first = Math.max(sheet.getFirstRowNum(), 0);
            for (int r = first; r <= Math.min(sheet.getLastRowNum(), first + HEADER_SEARCH); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Integer> columns = new HashMap<>();
                row.forEach(c -> columns.putIfAbsent(Workbooks.key(Workbooks.text(c)), c.getColumnIndex()));
                if (columns.keySet().containsAll(needed)) {
                    return new Header(r, columns);
                }
            }
            return null;
        }
    }
}
