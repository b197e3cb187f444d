package org.ppcheck.report;

import java.util.List;
import org.ppcheck.facts.Names;
import org.ppcheck.util.MarkdownText;

/**
 * The report as Markdown, for pasting into a risk memo: the grade and the key facts in plain words
 * first, then failed findings in a few words with fix, ask and quotes. Quotes, headings and names are escaped, so a policy's links, images and HTML stay text.
 */
final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    static String render(Report r) {
        StringBuilder sb = new StringBuilder();
        KeyFacts k = KeyFacts.of(r);
        sb.append("# Privacy policy check: ").append(escape(r.source().location())).append("\n\n");
        if (k.attention() != null) {
            sb.append("**Needs attention:** ").append(escape(k.attention())).append("\n\n");
        }
        sb.append("| | |\n|---|---|\n");
        if (r.score().assessed()) {
            sb.append("| Grade | **").append(r.score().grade()).append("** (score ").append(r.score().value()).append(" of 100")
                    .append(escape(TextRenderer.scoreDetail(r.score()))).append(") |\n");
            String cap = KeyFacts.capReason(r);
            if (cap != null) {
                sb.append("| Why not higher | ").append(escape(cap)).append(" |\n");
            }
        } else {
            sb.append("| Grade | **").append(escape(KeyFacts.grade(r))).append("**: ppcheck reads English policies |\n");
        }
        sb.append("| Where data goes | ").append(cell(k.whereDataGoes())).append(" |\n");
        sb.append("| Sensitive data | ").append(cell(k.sensitiveFields())).append(" |\n");
        sb.append("| Laws cited | ").append(cell(k.laws())).append(" |\n");
        sb.append("| Retention | ").append(cell(k.retention())).append(" |\n");
        sb.append("| Recipients | ").append(cell(k.recipients())).append(k.governmentAccess() ? " (including government authorities)" : "")
                .append(" |\n");
        sb.append("| Last updated | ").append(k.lastUpdated() == null ? "not stated" : escape(k.lastUpdated())).append(" |\n");
        if (k.policyUrl() != null) {
            sb.append("| Fetched | ").append(k.fetchedAt() == null ? "" : escape(k.fetchedAt()) + " from ").append(escape(k.policyUrl()))
                    .append(r.source().snapshot() == null ? "" : ", archived as `" + r.source().snapshot() + "`").append(" |\n");
        }
        sb.append("| Source | ").append(escape(r.source().location())).append(" (").append(r.source().contentType()).append(") |\n");
        sb.append("| Language | ").append(r.document().language()).append(" |\n");
        sb.append("| SHA-256 | `").append(r.source().sha256()).append("` |\n");
        sb.append("| Checked by | ppcheck ").append(r.tool().version()).append(" |\n\n");
        r.document().warnings().forEach(w -> sb.append("> **Warning:** ").append(escape(w)).append("\n\n"));

        sb.append("## Facts\n\n");
        item(sb, "Data collected", String.join("; ", k.dataFields()));
        TextRenderer.notCounted(r.facts()).forEach(place -> sb.append("- ").append(escape(place)).append('\n'));
        List<String> missing = r.disclosures().stream().filter(x -> !x.present()).map(x -> Names.disclosure(x.id())).toList();
        item(sb, "Missing disclosures", String.join("; ", missing));

        sb.append("\n## Failed findings\n\n");
        if (r.failed().isEmpty()) {
            sb.append("None.\n");
        }
        for (Report.Finding x : r.failed()) {
            sb.append("### ").append(escape(capitalised(KeyFacts.gap(x)))).append(" (").append(x.severity()).append(")\n\n");
            sb.append(escape(x.title())).append(": ").append(escape(x.message())).append(" Rule `").append(x.rule()).append("`.\n\n");
            if (x.reference() != null) {
                sb.append("*Reference:* ").append(escape(x.reference())).append("\n\n");
            }
            if (x.fix() != null) {
                sb.append("*Vendor's fix:* ").append(escape(x.fix())).append("\n\n");
            }
            if (x.ask() != null) {
                sb.append("*Buyer's ask:* ").append(escape(x.ask())).append("\n\n");
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
            sb.append("| ").append(escape(x.title())).append(" | ").append(x.severity()).append(" | ").append(Names.status(x.status()))
                    .append(" | ").append(line.possible() == 0 ? "–" : line.earned() + " / " + line.possible()).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(List<String> values) {
        return values.isEmpty() ? "none found" : escape(String.join("; ", values));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void item(StringBuilder sb, String label, String value) {
        sb.append("- **").append(label).append(":** ").append(value.isEmpty() ? "none found" : escape(value)).append('\n');
    }

    /** Every text from the policy, the rules or the user is data: see {@link MarkdownText}. */
    private static String escape(String s) {
        return MarkdownText.escape(s);
    }
}
