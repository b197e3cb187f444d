package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.PolicySource;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.compare.ChecklistDecisions.ChecklistException;
import org.ppcheck.compare.ChecklistDecisions.Entry;
import org.ppcheck.report.Report;

/**
 * A checklist written, filled in with POI the way a reviewer fills it in Excel, read back, and
 * carried into the next checklist.
 */
class ChecklistDecisionsTest {
    private static final String FORMULA = "HYPERLINK(\"http://evil.example\",\"see contract\")";
    private static final int HEADER = ChecklistVendorSheet.HEADER_ROW;
    private static final int DECISION = List.of(ChecklistVendorSheet.COLUMNS).indexOf("Reviewer decision");
    private static final int NOTES = DECISION + 1;
    private static final int RE_REVIEW = DECISION + 2;

    @TempDir
    Path tmp;

    private static Report tiny;
    private static Report lotus;

    @BeforeAll
    static void checkTwoPolicies() throws Exception {
        Checker checker = new Checker(CheckSettings.defaults(RulesChoice.load(null, List.of())));
        tiny = checker.check(PolicySource.of(Path.of("policies-corpus", "tiny-vague.txt").toAbsolutePath().toString()));
        lotus = checker.check(PolicySource.of(Path.of("policies-corpus", "lotus-chat-ai.html").toAbsolutePath().toString()));
    }

    @Test
    void theDecisionColumnOffersExactlyTheFourDecisions() throws Exception {
        Path file = write(ChecklistDecisions.NONE);
        try (XSSFWorkbook wb = open(file)) {
            Sheet acme = wb.getSheet("Acme");
            assertThat(title(acme, DECISION)).isEqualTo("Reviewer decision");
            assertThat(title(acme, NOTES)).isEqualTo("Reviewer notes");
            assertThat(title(acme, RE_REVIEW)).isEqualTo("Re-review");
            List<? extends DataValidation> validations = acme.getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidation v = validations.get(0);
            assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("approve", "approve-with-conditions", "reject", "pending");
            assertThat(v.getRegions().getCellRangeAddresses())
                    .containsExactly(new CellRangeAddress(HEADER + 1, HEADER + tiny.findings().size(), DECISION, DECISION));
            assertThat(v.getShowErrorBox()).isTrue();
        }
        assertThat(ChecklistDecisions.VALUES).containsExactly("approve", "approve-with-conditions", "reject", "pending");
    }

    @Test
    void aFilledInChecklistReadsBackWithNormalisedDecisionsAndEveryBadValueListed() throws Exception {
        Path file = write(ChecklistDecisions.NONE);
        fillIn(file, Map.of(
                cell("Acme", "gdpr-reference", DECISION), "  Approve with conditions ", cell("Acme", "gdpr-reference", NOTES), "ask for the DPA",
                cell("Acme", "children", DECISION), "aprove",
                cell("Acme", "art13-dpo", NOTES), "=" + FORMULA,
                cell("Acme", "art13-purposes", NOTES), "_x001B_[2J wiped", // how Excel stores an ESC character
                cell("Lotus Chat", "high-risk-location", DECISION), "REJECT"));
        ChecklistDecisions read = ChecklistDecisions.read(file);
        Report.Finding gdpr = finding(tiny, "gdpr-reference");
        Report.Finding purposes = finding(tiny, "art13-purposes");
        assertThat(read.entries()).containsExactly(
                new Entry("Lotus Chat", "high-risk-location", "reject", "", "fail", shown(finding(lotus, "high-risk-location")), ""),
                new Entry("Acme", "gdpr-reference", "approve-with-conditions", "ask for the DPA", gdpr.status(), "", ""),
                new Entry("Acme", "art13-dpo", "", "=" + FORMULA, "fail", "", ""),
                new Entry("Acme", "art13-purposes", "", "\u001b[2J wiped", "pass", shown(purposes), ""),
                new Entry("Acme", "children", "aprove", "", "fail", "", ""));
        assertThat(read.entries().get(1).decided()).isTrue();
        assertThat(read.entries().get(4).decided()).isFalse();
        assertThat(read.problems()).containsExactly(file + ":Acme!" + (char) ('A' + DECISION) + (row("children") + 1)
                + ": 'aprove' is not a decision; use one of approve, approve-with-conditions, reject, pending");
    }

    @Test
    void theNextChecklistCarriesDecisionsAndNotesAsTextAndFlagsWhatChanged() throws Exception {
        String evidence = finding(tiny, "retention-period").evidence().get(0).text();
        ChecklistDecisions previous = new ChecklistDecisions(List.of(
                new Entry("Acme", "gdpr-reference", "reject", "no GDPR at all", "pass", "", ""),
                new Entry("Acme", "retention-period", "pending", "", "fail", "We keep it for a while.", ""),
                new Entry("Acme", "art13-dpo", "approve", "=" + FORMULA, "fail", "", ""),
                new Entry("Acme", "children", "approve", "", "fail", "", "needs re-review: evidence changed"),
                new Entry("Acme", "art13-purposes", "aprove", "\u001b[2J wiped", "pass", finding(tiny, "art13-purposes").evidence().get(0).text(), ""),
                new Entry("Acme", "retired-rule", "approve", "was fine", "pass", "", ""),
                new Entry("Gone Corp", "gdpr-reference", "reject", "", "fail", "", ""),
                new Entry("Broken", "children", "pending", "asked for a PDF", "fail", "", "")), List.of());
        Path file = write(previous);
        try (XSSFWorkbook wb = open(file)) {
            Sheet acme = wb.getSheet("Acme");
            assertThat(texts(acme, "gdpr-reference")).containsExactly("reject", "no GDPR at all", "needs re-review: status was passed, now failed");
            assertThat(texts(acme, "retention-period")).containsExactly("pending", "", "needs re-review: evidence changed");
            assertThat(evidence).isNotEqualTo("We keep it for a while.");
            Cell formula = acme.getRow(row("art13-dpo")).getCell(NOTES);
            assertThat(formula.getCellType()).as("a formula comes back as text").isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=" + FORMULA);
            assertThat(texts(acme, "art13-dpo")).containsExactly("approve", "=" + FORMULA, "");
            assertThat(texts(acme, "children")).as("a flag stays until the reviewer clears it")
                    .containsExactly("approve", "", "needs re-review: evidence changed");
            assertThat(texts(acme, "art13-purposes")).as("control characters shown escaped, a bad decision kept as typed")
                    .containsExactly("aprove", "\\x1b[2J wiped", "");
            assertThat(texts(acme, "art13-dpo").get(2)).isEmpty();
            for (Report.Finding f : tiny.findings()) {
                if (List.of("gdpr-reference", "retention-period", "art13-dpo", "children", "art13-purposes").contains(f.rule())) {
                    continue;
                }
                assertThat(texts(acme, f.rule())).as(f.rule()).containsExactly("", "", "");
            }
            Sheet earlier = wb.getSheet("Earlier decisions");
            assertThat(earlier).isNotNull();
            assertThat(rowTexts(earlier, 1)).containsExactly("Acme", "retired-rule", "passed", "", "approve", "was fine", "",
                    "the rule is no longer checked");
            assertThat(rowTexts(earlier, 2)).containsExactly("Gone Corp", "gdpr-reference", "failed", "", "reject", "", "",
                    "the vendor is not in this comparison");
            assertThat(rowTexts(earlier, 3)).containsExactly("Broken", "children", "failed", "", "pending", "asked for a PDF", "",
                    "the vendor could not be checked in this run");
            assertThat(earlier.getDataValidations()).singleElement()
                    .satisfies(v -> assertThat(v.getRegions().getCellRangeAddresses()).containsExactly(new CellRangeAddress(1, 3, 4, 4)));
        }
        ChecklistDecisions again = ChecklistDecisions.read(file);
        assertThat(again.entries()).extracting(e -> e.vendor() + "/" + e.rule()).containsExactly("Acme/retention-period", "Acme/gdpr-reference",
                "Acme/art13-dpo", "Acme/art13-purposes", "Acme/children", "Acme/retired-rule", "Gone Corp/gdpr-reference", "Broken/children");
        assertThat(again.entries().get(6)).isEqualTo(new Entry("Gone Corp", "gdpr-reference", "reject", "", "fail", "", ""));
    }

    @Test
    void aChecklistFromBeforeTheReReviewColumnStillReads() throws Exception {
        Path file = write(ChecklistDecisions.NONE);
        fillIn(file, Map.of(cell("Acme", "children", DECISION), "pending"));
        try (XSSFWorkbook wb = open(file); OutputStream out = Files.newOutputStream(tmp.resolve("old.xlsx"))) {
            Sheet acme = wb.getSheet("Acme");
            acme.getRow(HEADER).removeCell(acme.getRow(HEADER).getCell(RE_REVIEW));
            wb.write(out);
        }
        assertThat(ChecklistDecisions.read(tmp.resolve("old.xlsx")).entries())
                .containsExactly(new Entry("Acme", "children", "pending", "", "fail", "", ""));
    }

    @Test
    void aFileThatIsNotAChecklistGetsAMessageSayingWhat() throws Exception {
        Path text = Files.writeString(tmp.resolve("checklist.xlsx"), "rule,decision\n");
        assertThatThrownBy(() -> ChecklistDecisions.read(text)).isInstanceOf(ChecklistException.class).hasMessage(text + ": not an XLSX workbook");
        Path other = tmp.resolve("budget.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            wb.createSheet("Summary").createRow(0).createCell(0).setCellValue("Total");
            wb.write(out);
        }
        assertThatThrownBy(() -> ChecklistDecisions.read(other)).isInstanceOf(ChecklistException.class)
                .hasMessage(other + ": not a ppcheck checklist: it has no 'Summary' sheet with the columns 'Vendor' and 'Sheet'");
        assertThatThrownBy(() -> ChecklistDecisions.read(tmp)).hasMessage(tmp + ": not a regular file");
    }

    @Test
    void aRenamedVendorSheetOrALostColumnTitleIsAnErrorNotASilentLoss() throws Exception {
        Path file = write(ChecklistDecisions.NONE);
        Path renamed = edit(file, "renamed.xlsx", wb -> wb.setSheetName(wb.getSheetIndex("Acme"), "Acme reviewed"));
        assertThatThrownBy(() -> ChecklistDecisions.read(renamed)).isInstanceOf(ChecklistException.class)
                .hasMessage(renamed + ":Summary!P3: the sheet 'Acme' is not in the workbook; give the vendor's sheet its name back");
        Path lost = edit(file, "lost.xlsx", wb -> wb.getSheet("Lotus Chat").getRow(HEADER).getCell(DECISION).setCellValue("Decision"));
        assertThatThrownBy(() -> ChecklistDecisions.read(lost)).isInstanceOf(ChecklistException.class)
                .hasMessage(lost + ": the sheet 'Lotus Chat' has no header row with the columns 'Rule', 'Status', 'Evidence', "
                        + "'Reviewer decision', 'Reviewer notes'; give the columns their titles back");
    }

    @Test
    void decisionsAreNormalisedForCaseSpacesAndUnderscores() {
        assertThat(ChecklistDecisions.normalise("Approve with conditions")).isEqualTo("approve-with-conditions");
        assertThat(ChecklistDecisions.normalise(" APPROVE_WITH\u00a0CONDITIONS ")).isEqualTo("approve-with-conditions");
        assertThat(ChecklistDecisions.normalise("Pending")).isEqualTo("pending");
        assertThat(ChecklistDecisions.normalise("approved")).isNull();
        assertThat(ChecklistDecisions.normalise("=\"reject\"")).isNull();
    }

    /** The checklist of Lotus Chat, Acme (the tiny policy) and Broken, which could not be checked, carrying {@code previous} over. */
    private Path write(ChecklistDecisions previous) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Comparison.Result broken = new Comparison.Result(new Vendors.Vendor("Broken", "broken.pdf", List.of()), null, "encrypted PDF", null, false);
        ComparisonReports.write(out, List.of(ok("Lotus Chat", lotus), ok("Acme", tiny), broken), "gdpr", previous);
        return out.resolve("checklist.xlsx");
    }

    private static Comparison.Result ok(String name, Report report) {
        return new Comparison.Result(new Vendors.Vendor(name, name + ".txt", List.of()), report, null, null, false);
    }

    private record CellAt(String sheet, String rule, int column) { }

    private static CellAt cell(String sheet, String rule, int column) {
        return new CellAt(sheet, rule, column);
    }

    /** Types into cells as a reviewer would: a text starting with {@code =} becomes a formula, as in Excel. */
    private static void fillIn(Path file, Map<CellAt, String> typed) throws Exception {
        edit(file, file.getFileName().toString(), wb -> typed.forEach((at, text) -> {
            Sheet sheet = wb.getSheet(at.sheet());
            Row row = sheet.getRow(rowOf(sheet, at.rule()));
            Cell c = row.getCell(at.column());
            if (text.startsWith("=")) {
                c.setCellFormula(text.substring(1));
            } else {
                c.setCellValue(text);
            }
        }));
    }

    private interface Edit {
        void apply(XSSFWorkbook wb) throws Exception;
    }

    private static Path edit(Path file, String name, Edit edit) throws Exception {
        Path target = file.resolveSibling(name);
        XSSFWorkbook wb = open(file);
        try (wb) {
            edit.apply(wb);
            Path tmp = Files.createTempFile(file.getParent(), "edit", ".xlsx");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String title(Sheet sheet, int column) {
        return sheet.getRow(HEADER).getCell(column).getStringCellValue();
    }

    /** The row of a rule in a vendor sheet of {@link #tiny}'s shape: findings in report order after the facts and the header. */
    private static int row(String rule) {
        List<String> rules = tiny.findings().stream().map(Report.Finding::rule).toList();
        assertThat(rules).contains(rule);
        return HEADER + rules.indexOf(rule) + 1;
    }

    private static int rowOf(Sheet sheet, String rule) {
        for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getStringCellValue().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + rule + " in " + sheet.getSheetName());
    }

    /** Reviewer decision, Reviewer notes and Re-review of a rule's row. */
    private static List<String> texts(Sheet sheet, String rule) {
        Row row = sheet.getRow(rowOf(sheet, rule));
        return List.of(DECISION, NOTES, RE_REVIEW).stream().map(c -> row.getCell(c).getStringCellValue()).toList();
    }

    private static List<String> rowTexts(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        Map<Integer, String> cells = new HashMap<>();
        row.forEach(c -> cells.put(c.getColumnIndex(), c.getStringCellValue()));
        return java.util.stream.IntStream.range(0, row.getLastCellNum()).mapToObj(c -> cells.getOrDefault(c, "")).toList();
    }

    /** The finding's evidence as the checklist shows it: every quote with its section. */
    private static String shown(Report.Finding f) {
        return ChecklistVendorSheet.evidence(f.evidence());
    }

    private static Report.Finding finding(Report report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }
}
