package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ppcheck.facts.Vocabulary;
import org.ppcheck.rules.Rule;
import org.ppcheck.rules.RulesLoader;

/**
 * What people read speaks plain words: the text and Markdown reports of every corpus policy name
 * no fact id ({@code keystroke_patterns}, {@code rights.access}), no rule id and no ISO-8601 period
 * ({@code P10Y}) outside code (Markdown backticks, the {@code ppcheck explain RULE} hint) and the
 * policy's own quoted words.
 */
class PlainWordsTest {
    /**
     * Ids that are not words: fact ids with '_' or '.', and rule ids with '-' unless the rules' own
     * prose uses them as words ("breach-notification laws", "sub-processors").
     */
    static List<String> rawIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (List<String> kind : List.of(Vocabulary.frameworks(), Vocabulary.dataFields(), Vocabulary.disclosures(), Vocabulary.recipients())) {
            kind.stream().filter(id -> id.contains("_") || id.contains(".")).forEach(ids::add);
        }
        List<Rule> rules = RulesLoader.loadDefault().rules();
        StringBuilder prose = new StringBuilder();
        rules.forEach(r -> prose.append(' ').append(r.title()).append(' ').append(r.why()).append(' ').append(r.fix()).append(' ')
                .append(r.reference()).append(' ').append(r.ask()).append(' ').append(r.gap()).append(' ').append(r.describe()));
        rules.stream().map(Rule::id).filter(id -> id.contains("-") && !prose.toString().contains(id)).forEach(ids::add);
        return ids;
    }

    private static final Pattern ISO_PERIOD = Pattern.compile("\\bP(?:\\d+[YMWD])+\\b|\\bPT\\d+[HMS]\\b");

    /** The raw ids and ISO periods in a text, each with its line. */
    static List<String> leaks(String text, List<String> ids) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String id : ids) {
                if (Pattern.compile("(?<![\\w.-])" + Pattern.quote(id) + "(?![\\w-])").matcher(line).find()) {
                    found.add(id + " in: " + line.strip());
                }
            }
            Matcher m = ISO_PERIOD.matcher(line);
            if (m.find()) {
                found.add(m.group() + " in: " + line.strip());
            }
        }
        return found;
    }

    /** The terminal text without the policy's own words (quotes, sections, file names) and the explain hints. */
    private static String ours(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith(">") || l.startsWith("— §") || l.startsWith("ppcheck ") || l.startsWith("warning:")) {
                continue;
            }
            sb.append(line.replaceAll("ppcheck explain \\S+", "")).append('\n');
        }
        return sb.toString();
    }

    /** The Markdown without code spans and the policy's own words (quotes, the title line, the source row). */
    private static String oursMarkdown(String md) {
        StringBuilder sb = new StringBuilder();
        for (String line : md.split("\n")) {
            if (line.startsWith(">") || line.startsWith("# ") || line.startsWith("| Source |") || line.startsWith("- not counted")) {
                continue;
            }
            sb.append(line.replaceAll("`[^`]*`", "")).append('\n');
        }
        return sb.toString();
    }

    @Test
    void theTextAndMarkdownReportsOfTheCorpusSpeakPlainWords() throws Exception {
        List<String> ids = rawIds();
        Cli.Run text = Cli.ppcheck("check", "policies-corpus");
        assertThat(text.out()).contains("stores data in China", "collects keystroke patterns", "not assessed: German (de)");
        assertThat(leaks(ours(text.out()), ids)).isEmpty();
        Cli.Run md = Cli.ppcheck("check", "--format", "md", "policies-corpus");
        assertThat(md.out()).contains("**Needs attention:** stores data in China");
        assertThat(leaks(oursMarkdown(md.out()), ids)).isEmpty();
    }

    @Test
    void theComparisonMarkdownAndChecklistSpeakPlainWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        List<String> ids = rawIds();
        Cli.Run run = Cli.ppcheck("compare", "--out", tmp.toString(), "policies-corpus");
        assertThat(run.exit()).as(run.err()).isZero();
        String md = java.nio.file.Files.readString(tmp.resolve("comparison.md"));
        assertThat(md).contains("## Needs attention", "**lotus-chat-ai**: stores data in China; collects keystroke patterns");
        assertThat(leaks(md.replaceAll("`[^`]*`", ""), ids)).isEmpty();

        List<String> cells = new ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = Checklists.open(tmp.resolve("checklist.xlsx"))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                List<Integer> policyText = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
                        // the rule-id column and the policy's own words (quotes, sources, vendor and file names) are not ours
                        if (List.of("Rule", "Evidence", "Source", "Vendor", "Sheet", "Policy URL").contains(text)) {
                            policyText.add(cell.getColumnIndex());
                        } else if (!policyText.contains(cell.getColumnIndex()) && !text.startsWith("no period (")) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + text);
                        }
                    }
                }
            }
        }
        assertThat(cells).anyMatch(c -> c.contains("stores data in China"));
        assertThat(leaks(String.join("\n", cells), ids)).isEmpty();
    }

    @Test
    void theScanFindsALeakWhenThereIsOne() throws Exception {
        assertThat(leaks("The policy says it collects keystroke_patterns for P10Y.", rawIds())).hasSize(2);
        assertThat(leaks("Data is kept for 10 years; see high-risk-location.", rawIds())).hasSize(1);
    }
}
