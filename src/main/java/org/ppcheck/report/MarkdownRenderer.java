package org.ppcheck.report;

import java.util.List;
import org.ppcheck.util.MarkdownText;

/**
 * The report as Markdown, for pasting into a risk memo: summary table, facts, then failed findings
 * with quotes. Quotes, headings and names are escaped, so a policy's links, images and HTML stay text.
 */
final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    static String render(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Privacy policy check: ").append(escape(r.source().location())).append("\n\n");
        sb.append("| | |\n|---|---|\n");
        sb.append("| Score | **").append(r.score().value()).append("/100 (").append(r.score().grade()).append(")**")
                .append(escape(TextRenderer.scoreDetail(r.score()))).append(" |\n");
        sb.append("| Source | ").append(escape(r.source().location())).append(" (").append(r.source().contentType()).append(") |\n");
        sb.append("| Language | ").append(r.document().language()).append(" |\n");
        if (r.document().lastUpdated() != null) {
            sb.append("| Last updated | ").append(escape(r.document().lastUpdated())).append(" |\n");
        }
        sb.append("| SHA-256 | `").append(r.source().sha256()).append("` |\n");
        sb.append("| Checked by | ppcheck ").append(r.tool().version()).append(" |\n\n");
        r.document().warnings().forEach(w -> sb.append("> **Warning:** ").append(escape(w)).append("\n\n"));

        Report.Facts f = r.facts();
        sb.append("## Facts\n\n");
        item(sb, "Frameworks", TextRenderer.joinIds(f.frameworks()));
        item(sb, "Data locations", String.join(", ", f.dataLocations().stream().map(l -> l.country() + " (" + l.relation() + ")").toList()));
        TextRenderer.notCounted(f).forEach(place -> sb.append("  - ").append(escape(place)).append('\n'));
        item(sb, "Data fields", TextRenderer.joinIds(f.dataFields()));
        item(sb, "Recipients", TextRenderer.joinIds(f.recipients()));
        item(sb, "Retention", String.join(", ", f.retention().stream().map(x -> x.period() == null ? "vague (no period)" : x.period()).toList()));
        List<String> missing = r.disclosures().stream().filter(x -> !x.present()).map(Report.Disclosure::id).toList();
        item(sb, "Missing disclosures", String.join(", ", missing));

        sb.append("\n## Failed findings\n\n");
        if (r.failed().isEmpty()) {
            sb.append("None.\n");
        }
        for (Report.Finding x : r.failed()) {
            sb.append("### ").append(escape(x.title())).append(" — ").append(x.severity()).append("\n\n");
            sb.append(escape(x.message())).append("\n\n");
            if (x.reference() != null) {
                sb.append("*Reference:* ").append(escape(x.reference())).append("\n\n");
            }
            if (x.fix() != null) {
                sb.append("*Fix:* ").append(escape(x.fix())).append("\n\n");
            }
            for (Report.Evidence e : x.evidence()) {
                sb.append("> ").append(escape(e.text())).append("\n>\n> — ")
                        .append(e.section().isEmpty() ? "(no heading)" : "§ " + escape(e.section()))
                        .append(", characters ").append(e.start()).append("–").append(e.end()).append("\n\n");
            }
        }
        sb.append("\n## All findings and the score\n\n").append(escape(r.score().formula())).append(".\n\n");
        sb.append("| Rule | Severity | Status | Points |\n|---|---|---|---|\n");
        for (int i = 0; i < r.findings().size(); i++) {
            Report.Finding x = r.findings().get(i);
            Report.ScoreLine line = r.score().breakdown().get(i);
            sb.append("| ").append(escape(x.title())).append(" | ").append(x.severity()).append(" | ").append(x.status().replace('_', ' '))
                    .append(" | ").append(line.possible() == 0 ? "–" : line.earned() + " / " + line.possible()).append(" |\n");
        }
        return sb.toString();
    }

    private static void item(StringBuilder sb, String label, String value) {
        sb.append("- **").append(label).append(":** ").append(value.isEmpty() ? "none found" : escape(value)).append('\n');
    }

    /** Every text from the policy, the rules or the user is data: see {@link MarkdownText}. */
    private static String escape(String s) {
        return MarkdownText.escape(s);
    }
}
