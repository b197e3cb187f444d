package org.ppcheck.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ppcheck.compare.ChecklistDecisions.Entry;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.facts.Names;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/**
 * One vendor's sheet of the checklist: the vendor's key facts at the top, in words
 * ({@link KeyFacts}), then, below an empty row, the rule table: a row per rule with its status in
 * words on a fill of its colour, every evidence quote with its section, and the reviewer's columns.
 * {@link ChecklistDecisions} finds the rule table by its header, below the facts.
 */
final class ChecklistVendorSheet {
    /** The rule table's columns. */
    static final String[] COLUMNS = {"Rule", "Title", "Severity", "Status", "Finding", "Evidence", "Reference", "Fix",
        "Reviewer decision", "Reviewer notes", "Re-review"};
    /** The facts block's rows, by label. */
    static final List<String> FACTS = List.of("Vendor", "Score", "Policy", "Fetched", "Last updated", "Where data goes", "Sensitive data",
            "Data collected", "Laws cited", "Retention", "Recipients");
    /** The row of the rule table's header: after the facts and an empty row. */
    static final int HEADER_ROW = FACTS.size() + 1;
    private static final int STATUS = List.of(COLUMNS).indexOf("Status");
    private static final int DECISION = List.of(COLUMNS).indexOf("Reviewer decision");
    private static final int[] WIDTHS = {26, 40, 10, 14, 60, 70, 36, 50, 24, 30, 30};
    /** Room kept in the evidence cell for saying how many quotes did not fit. */
    private static final int MORE_NOTE = 100;

    private ChecklistVendorSheet() {
    }

    /** Fills the sheet for a checked vendor, carrying over (and removing from {@code earlier}) its reviewer input. */
    static void write(Sheet sheet, Result r, ChecklistStyles styles, Map<List<String>, Entry> earlier) {
        int rowNo = 0;
        for (Map.Entry<String, String> fact : facts(r).entrySet()) {
            Row row = sheet.createRow(rowNo++);
            XlsxChecklist.set(row, 0, fact.getKey(), styles.label);
            XlsxChecklist.set(row, 1, fact.getValue(), null); // not wrapped: one line that runs on over the empty cells beside it
        }
        XlsxChecklist.header(sheet, HEADER_ROW, styles.bold, COLUMNS);
        String vendor = XlsxChecklist.cellText(r.vendor().name());
        rowNo = HEADER_ROW + 1;
        for (Report.Finding f : r.report().findings()) {
            Row row = sheet.createRow(rowNo++);
            String evidence = evidence(f.evidence());
            Entry was = earlier.remove(List.of(vendor, f.rule()));
            String[] values = {f.rule(), f.title(), f.severity(), Names.status(f.status()), f.message(), evidence,
                f.reference() == null ? "" : f.reference(), f.fix() == null ? "" : f.fix(), was == null ? "" : was.decision(),
                was == null ? "" : was.note(), was == null ? "" : reReview(was, f, evidence)};
            for (int c = 0; c < values.length; c++) {
                XlsxChecklist.set(row, c, values[c], c == STATUS ? styles.status(f.status())
                        : c == COLUMNS.length - 1 ? styles.attention : c >= STATUS ? styles.wrap : null);
            }
        }
        XlsxChecklist.decisionDropDown(sheet, HEADER_ROW + 1, rowNo - 1, DECISION);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, rowNo - 1, 0, COLUMNS.length - 1));
    }

    /**
     * The facts block of a checked vendor, label to words, in the order of {@link #FACTS}; the
     * Summary sheet shows some of them as columns.
     */
    static Map<String, String> facts(Result r) {
        Report report = r.report();
        KeyFacts facts = KeyFacts.of(report);
        Report.Source source = report.source();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Vendor", r.vendor().name());
        rows.put("Score", report.score().assessed() ? report.score().value() + "/100, grade " + report.score().grade() : KeyFacts.grade(report));
        rows.put("Policy", facts.policyUrl() != null ? facts.policyUrl() : source.location());
        rows.put("Fetched", facts.fetchedAt() == null ? "not fetched: read from " + source.location()
                : facts.fetchedAt() + " from " + (source.url() != null ? source.url() : facts.policyUrl()));
        rows.put("Last updated", facts.lastUpdated() == null ? "not stated" : facts.lastUpdated());
        rows.put("Where data goes", KeyFacts.words(facts.whereDataGoes(), "not stated"));
        rows.put("Sensitive data", KeyFacts.words(facts.sensitiveFields(), "none found"));
        rows.put("Data collected", KeyFacts.words(facts.dataFields(), "none found"));
        rows.put("Laws cited", KeyFacts.words(facts.laws(), "none cited"));
        rows.put("Retention", KeyFacts.words(facts.retention(), "not stated"));
        rows.put("Recipients", KeyFacts.words(facts.recipients(), "none named")
                + (facts.governmentAccess() ? " (government authorities can receive data)" : ""));
        return rows;
    }

    /**
     * Every quote of a finding, each followed by its section, a blank line between them; the quotes
     * that would pass Excel's cell limit are left out and counted, the JSON report has them all.
     */
    static String evidence(List<Report.Evidence> quotes) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Report.Evidence e : quotes) {
            String quote = XlsxChecklist.xmlText(e.text())
                    + (e.section() == null || e.section().isBlank() ? "" : "\n— section: " + XlsxChecklist.xmlText(e.section()));
            String gap = sb.isEmpty() ? "" : "\n\n";
            if (sb.length() + gap.length() + quote.length() > XlsxChecklist.CELL_LIMIT - MORE_NOTE) {
                break;
            }
            sb.append(gap).append(quote);
            shown++;
        }
        int left = quotes.size() - shown;
        if (left > 0) {
            sb.append(sb.isEmpty() ? "" : "\n\n").append("… and ").append(left).append(left == 1 ? " more quote" : " more quotes")
                    .append(" in the vendor's JSON report");
        }
        return sb.toString();
    }

    /**
     * What "Re-review" says for a carried-over decision: what changed since the earlier checklist,
     * the status ("needs re-review: status was failed, now passed") or else the evidence; when
     * nothing did, what it said before, which stays until the reviewer clears it. A checklist
     * written before every quote was shown holds the first quote alone: that is no change.
     */
    static String reReview(Entry was, Report.Finding f, String evidence) {
        if (!was.status().equals(f.status())) {
            return "needs re-review: status was " + Names.status(was.status()) + ", now " + Names.status(f.status());
        }
        String firstQuote = f.evidence().isEmpty() ? "" : XlsxChecklist.cellText(f.evidence().get(0).text());
        boolean same = was.evidence().equals(XlsxChecklist.cellText(evidence)) || was.evidence().equals(firstQuote);
        return same ? was.reReview() : "needs re-review: evidence changed";
    }
}
