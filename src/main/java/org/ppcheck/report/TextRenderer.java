package org.ppcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppcheck.facts.Names;
import org.ppcheck.util.TerminalText;

/**
 * A terminal summary that leads with what a reader needs first: the grade (or why there is none)
 * and why it needs attention, the key facts in plain words, then every failed finding in a few
 * words with the vendor's fix, the buyer's ask and its quoted evidence. Every text from the policy, the rules or the user goes through
 * {@link TerminalText}, so that no control sequence in a policy reaches the terminal.
 */
final class TextRenderer {
    private static final int WIDTH = 100;

    private TextRenderer() {
    }

    static String render(Report r) {
        StringBuilder sb = new StringBuilder();
        Report.Document d = r.document();
        sb.append("ppcheck ").append(r.tool().version()).append(" · ").append(t(r.source().location())).append('\n');
        sb.append("  ").append(r.source().contentType()).append(", ").append(d.characters()).append(" characters, ")
                .append(d.sentences()).append(" sentences, language ").append(d.language()).append('\n');
        d.warnings().forEach(w -> sb.append("  warning: ").append(t(w)).append('\n'));
        KeyFacts k = KeyFacts.of(r);
        if (r.score().assessed()) {
            sb.append("\nGrade ").append(r.score().grade()).append(", score ").append(r.score().value()).append(" of 100")
                    .append(t(scoreDetail(r.score()))).append('\n');
            String cap = KeyFacts.capReason(r);
            if (cap != null) {
                sb.append("  ").append(t(cap)).append('\n');
            }
        } else {
            sb.append("\n").append(t(KeyFacts.grade(r))).append(": ppcheck reads English policies, so it gives this one no grade\n");
        }
        if (k.attention() != null) {
            sb.append("Needs attention: ").append(t(k.attention())).append('\n');
        }

        sb.append("\nKey facts\n");
        line(sb, "Where data goes", k.whereDataGoes());
        for (String place : notCounted(r.facts())) {
            sb.append(String.format("  %-17s %s%n", "", t(place)));
        }
        line(sb, "Sensitive data", k.sensitiveFields());
        line(sb, "Data collected", k.dataFields());
        line(sb, "Laws cited", k.laws());
        line(sb, "Retention", k.retention());
        line(sb, "Recipients", k.recipients());
        if (k.governmentAccess()) {
            sb.append(String.format("  %-17s %s%n", "", "government authorities can receive data"));
        }
        line(sb, "Last updated", k.lastUpdated() == null ? List.of() : List.of(k.lastUpdated()));
        if (k.policyUrl() != null) {
            line(sb, "Fetched", List.of((k.fetchedAt() == null ? "" : k.fetchedAt() + " ") + "from " + k.policyUrl()
                    + (r.source().snapshot() == null ? "" : ", archived as " + r.source().snapshot())));
        }
        List<String> missing = r.disclosures().stream().filter(x -> !x.present()).map(x -> Names.disclosure(x.id())).toList();
        sb.append(String.format("  %-17s %d of %d present%s%n", "Disclosures", r.disclosures().size() - missing.size(),
                r.disclosures().size(), missing.isEmpty() ? "" : "; missing: " + t(String.join("; ", missing))));

        List<Report.Finding> failed = r.failed();
        sb.append('\n').append(failed.isEmpty() ? "No failed findings." : "Failed findings (" + failed.size() + " of " + r.findings().size() + ")")
                .append('\n');
        for (Report.Finding x : failed) {
            sb.append("\n  [").append(x.severity().toUpperCase(java.util.Locale.ROOT)).append("] ").append(t(KeyFacts.gap(x))).append('\n');
            wrap(sb, x.message(), "      ");
            wrap(sb, "Rule: " + x.title(), "      ");
            if (x.reference() != null) {
                wrap(sb, "Reference: " + x.reference(), "      ");
            }
            if (x.fix() != null) {
                wrap(sb, "Vendor's fix: " + x.fix(), "      ");
            }
            if (x.ask() != null) {
                wrap(sb, "Buyer's ask: " + x.ask(), "      ");
            }
            for (Report.Evidence e : x.evidence()) {
                wrap(sb, "“" + e.text() + "”", "      > ");
                sb.append("        — ").append(e.section().isEmpty() ? "(no heading)" : "§ " + t(e.section()))
                        .append(", chars ").append(e.start()).append('–').append(e.end()).append('\n');
            }
            sb.append("      More: ppcheck explain ").append(t(x.rule())).append('\n');
        }
        return sb.toString();
    }

    private static String t(String s) {
        return TerminalText.escape(s);
    }

    /** " (44 of 60 points; profiles gdpr, vendor-risk)". */
    static String scoreDetail(Report.Score s) {
        return " (" + s.earnedPoints() + " of " + s.possiblePoints() + " points"
                + (s.profiles().isEmpty() ? "" : "; profiles " + String.join(", ", s.profiles())) + ")";
    }

    private static void line(StringBuilder sb, String label, List<String> values) {
        sb.append(String.format("  %-17s %s%n", label, values.isEmpty() ? "none found" : t(String.join("; ", values))));
    }

    private static void wrap(StringBuilder sb, String text, String indent) {
        StringBuilder lineBuf = new StringBuilder(indent);
        for (String raw : text.split("\\s+")) {
            String word = t(raw);
            if (lineBuf.length() + word.length() + 1 > WIDTH && lineBuf.length() > indent.length()) {
                sb.append(lineBuf.toString().stripTrailing()).append('\n');
                lineBuf = new StringBuilder(indent);
            }
            lineBuf.append(word).append(' ');
        }
        sb.append(lineBuf.toString().stripTrailing()).append('\n');
    }

    /** How many places not counted a terminal or Markdown report lists before it points to the JSON. */
    static final int PLACES_SHOWN = 8;

    /**
     * The places named but not counted as data locations, one line per place with its roles
     * ("Switzerland (CH), named as where users live..."), at most {@link #PLACES_SHOWN} and a line for the rest.
     */
    static List<String> notCounted(Report.Facts f) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        f.mentionedPlaces().forEach(p -> roles.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(p.meaning()));
        List<String> lines = new ArrayList<>();
        roles.forEach((country, meanings) -> {
            if (lines.size() < PLACES_SHOWN) {
                lines.add("not counted: " + Names.place(country) + ", named as " + String.join("; as ", meanings));
            }
        });
        if (roles.size() > PLACES_SHOWN) {
            lines.add("and " + (roles.size() - PLACES_SHOWN) + " more places not counted (see the JSON report)");
        }
        return lines;
    }
}
