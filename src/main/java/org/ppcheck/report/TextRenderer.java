package org.ppcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ppcheck.util.TerminalText;

/**
 * A terminal summary: the score, the facts in one line each, then every failed finding with its
 * quoted evidence. Every text from the policy, the rules or the user goes through
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
                .append(d.sentences()).append(" sentences, language ").append(d.language());
        if (d.lastUpdated() != null) {
            sb.append(", last updated ").append(t(d.lastUpdated()));
        }
        sb.append('\n');
        d.warnings().forEach(w -> sb.append("  warning: ").append(t(w)).append('\n'));
        sb.append("\nScore ").append(r.score().value()).append("/100, grade ").append(r.score().grade()).append(t(scoreDetail(r.score()))).append("\n\n");

        Report.Facts f = r.facts();
        line(sb, "Frameworks", ids(f.frameworks()));
        line(sb, "Data locations", f.dataLocations().stream().map(l -> l.country() + " (" + l.relation() + ")").toList());
        for (String place : notCounted(f)) {
            sb.append(String.format("  %-15s %s%n", "", t(place)));
        }
        line(sb, "Data fields", ids(f.dataFields()));
        line(sb, "Recipients", ids(f.recipients()));
        line(sb, "Retention", f.retention().stream().map(x -> x.period() == null ? "vague (no period)" : x.period()).toList());
        List<String> missing = r.disclosures().stream().filter(x -> !x.present()).map(Report.Disclosure::id).toList();
        sb.append(String.format("  %-15s %d of %d present%s%n", "Disclosures", r.disclosures().size() - missing.size(),
                r.disclosures().size(), missing.isEmpty() ? "" : "; missing: " + t(String.join(", ", missing))));

        List<Report.Finding> failed = r.failed();
        sb.append('\n').append(failed.isEmpty() ? "No failed findings." : "Failed findings (" + failed.size() + " of " + r.findings().size() + ")")
                .append('\n');
        for (Report.Finding x : failed) {
            sb.append("\n  [").append(x.severity().toUpperCase()).append("] ").append(t(x.title())).append(" (").append(t(x.rule())).append(")\n");
            wrap(sb, x.message(), "      ");
            if (x.reference() != null) {
                wrap(sb, "Reference: " + x.reference(), "      ");
            }
            if (x.fix() != null) {
                wrap(sb, "Fix: " + x.fix(), "      ");
            }
            for (Report.Evidence e : x.evidence()) {
                wrap(sb, "“" + e.text() + "”", "      > ");
                sb.append("        — ").append(e.section().isEmpty() ? "(no heading)" : "§ " + t(e.section()))
                        .append(", chars ").append(e.start()).append('–').append(e.end()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String t(String s) {
        return TerminalText.escape(s);
    }

    /** " (44 of 60 points; profiles gdpr, vendor-risk; capped by high-risk-location)". */
    static String scoreDetail(Report.Score s) {
        return " (" + s.earnedPoints() + " of " + s.possiblePoints() + " points"
                + (s.profiles().isEmpty() ? "" : "; profiles " + String.join(", ", s.profiles()))
                + (s.cappedBy().isEmpty() ? "" : "; grade capped by " + String.join(", ", s.cappedBy())) + ")";
    }

    private static List<String> ids(List<Report.Fact> facts) {
        return facts.stream().map(Report.Fact::id).toList();
    }

    private static void line(StringBuilder sb, String label, List<String> values) {
        sb.append(String.format("  %-15s %s%n", label, values.isEmpty() ? "none found" : t(String.join(", ", values))));
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
                lines.add("not counted: " + placeName(country) + ", named as " + String.join("; as ", meanings));
            }
        });
        if (roles.size() > PLACES_SHOWN) {
            lines.add("and " + (roles.size() - PLACES_SHOWN) + " more places not counted (see the JSON report)");
        }
        return lines;
    }

    /** "Switzerland (CH)"; EU and EEA spelled out. */
    static String placeName(String code) {
        String name = switch (code) {
            case "EU" -> "the European Union";
            case "EEA" -> "the European Economic Area";
            default -> new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
        };
        return name + " (" + code + ")";
    }

    static String joinIds(List<Report.Fact> facts) {
        return facts.stream().map(Report.Fact::id).collect(Collectors.joining(", "));
    }
}
