package org.ppcheck.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.report.Report;
import org.ppcheck.util.TerminalText;

/**
 * What changed between two versions of a policy: facts and disclosures that appeared or
 * disappeared, findings that changed status, the score, and each changed section as a unified text
 * diff (java-diff-utils). Sections are matched by their heading path.
 */
@JsonPropertyOrder({"old", "new", "score", "facts", "findings", "sections"})
public record PolicyDiff(String old, @com.fasterxml.jackson.annotation.JsonProperty("new") String now, Score score, Map<String, Change> facts, List<StatusChange> findings,
                         List<SectionChange> sections) {

    /** The score before and after. */
    public record Score(int oldValue, String oldGrade, int newValue, String newGrade) { }

    /** Ids that appeared and disappeared in one kind of fact. */
    public record Change(List<String> added, List<String> removed) { }

    /** A rule whose status changed. */
    public record StatusChange(String rule, String title, String severity, String oldStatus, String newStatus) { }

    /** A section that was added, removed or changed, with its unified diff. */
    public record SectionChange(String section, String kind, List<String> diff) { }

    /** Compares two reports and the texts they came from. */
    public static PolicyDiff of(Report a, StructuredText textA, Report b, StructuredText textB) {
        Map<String, Change> facts = new LinkedHashMap<>();
        facts.put("frameworks", change(ids(a.facts().frameworks()), ids(b.facts().frameworks())));
        facts.put("dataLocations", change(a.facts().dataLocations().stream().map(l -> l.country() + " (" + l.relation() + ")").toList(),
                b.facts().dataLocations().stream().map(l -> l.country() + " (" + l.relation() + ")").toList()));
        facts.put("dataFields", change(ids(a.facts().dataFields()), ids(b.facts().dataFields())));
        facts.put("recipients", change(ids(a.facts().recipients()), ids(b.facts().recipients())));
        facts.put("retention", change(periods(a), periods(b)));
        facts.put("disclosures", change(present(a), present(b)));
        facts.values().removeIf(c -> c.added().isEmpty() && c.removed().isEmpty());

        List<StatusChange> findings = new ArrayList<>();
        Map<String, Report.Finding> before = new LinkedHashMap<>();
        a.findings().forEach(f -> before.put(f.rule(), f));
        for (Report.Finding f : b.findings()) {
            Report.Finding old = before.get(f.rule());
            String oldStatus = old == null ? "absent" : old.status();
            if (!oldStatus.equals(f.status())) {
                findings.add(new StatusChange(f.rule(), f.title(), f.severity(), oldStatus, f.status()));
            }
        }
        return new PolicyDiff(a.source().location(), b.source().location(),
                new Score(a.score().value(), a.score().grade(), b.score().value(), b.score().grade()), facts, findings, sections(textA, textB));
    }

    private static List<SectionChange> sections(StructuredText a, StructuredText b) {
        Map<String, List<String>> old = sectionLines(a);
        Map<String, List<String>> now = sectionLines(b);
        Set<String> all = new LinkedHashSet<>(old.keySet());
        all.addAll(now.keySet());
        List<SectionChange> out = new ArrayList<>();
        for (String section : all) {
            List<String> x = old.getOrDefault(section, List.of());
            List<String> y = now.getOrDefault(section, List.of());
            if (x.equals(y)) {
                continue;
            }
            Patch<String> patch = DiffUtils.diff(x, y);
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("old: " + label(section), "new: " + label(section), x, patch, 1);
            String kind = x.isEmpty() ? "added" : y.isEmpty() ? "removed" : "changed";
            out.add(new SectionChange(label(section), kind, diff));
        }
        return out;
    }

    private static String label(String section) {
        return section.isEmpty() ? "(before the first heading)" : section;
    }

    /** Each section's lines of text (one per block), in order. */
    private static Map<String, List<String>> sectionLines(StructuredText t) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (Block block : t.blocks()) {
            sections.computeIfAbsent(block.section(), k -> new ArrayList<>()).add(t.textOf(block));
        }
        return sections;
    }

    private static Change change(List<String> a, List<String> b) {
        Set<String> added = new TreeSet<>(b);
        added.removeAll(a);
        Set<String> removed = new TreeSet<>(a);
        removed.removeAll(b);
        return new Change(List.copyOf(added), List.copyOf(removed));
    }

    private static List<String> ids(List<Report.Fact> facts) {
        return facts.stream().map(Report.Fact::id).toList();
    }

    private static List<String> periods(Report r) {
        return r.facts().retention().stream().map(x -> x.period() == null ? "vague" : x.period()).toList();
    }

    private static List<String> present(Report r) {
        return r.disclosures().stream().filter(Report.Disclosure::present).map(Report.Disclosure::id).toList();
    }

    /** The diff for a terminal: every text from the policies or the user goes through {@link TerminalText}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("ppcheck diff\n  old: ").append(t(old)).append("\n  new: ").append(t(now)).append("\n\n");
        sb.append("Score ").append(score.oldValue()).append(" (").append(score.oldGrade()).append(") -> ").append(score.newValue())
                .append(" (").append(score.newGrade()).append(")").append(delta()).append("\n");
        if (facts.isEmpty()) {
            sb.append("\nNo facts or disclosures appeared or disappeared.\n");
        }
        facts.forEach((kind, c) -> {
            sb.append("\n").append(kind).append(":\n");
            c.added().forEach(id -> sb.append("  + ").append(t(id)).append('\n'));
            c.removed().forEach(id -> sb.append("  - ").append(t(id)).append('\n'));
        });
        sb.append(findings.isEmpty() ? "\nNo finding changed status.\n" : "\nFindings that changed status:\n");
        findings.forEach(f -> sb.append("  ").append(f.oldStatus()).append(" -> ").append(f.newStatus()).append("  ").append(t(f.title()))
                .append(" (").append(t(f.rule())).append(", ").append(f.severity()).append(")\n"));
        sb.append(sections.isEmpty() ? "\nThe text is the same.\n" : "\nChanged sections (" + sections.size() + "):\n");
        for (SectionChange s : sections) {
            sb.append("\n## ").append(t(s.section())).append(" (").append(s.kind()).append(")\n");
            s.diff().forEach(l -> sb.append(t(l)).append('\n'));
        }
        return sb.toString();
    }

    private static String t(String s) {
        return TerminalText.escape(s);
    }

    private String delta() {
        int d = score.newValue() - score.oldValue();
        return d == 0 ? ", unchanged" : d > 0 ? ", up " + d : ", down " + (-d);
    }

    /** The diff as one self-contained HTML page. */
    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Policy diff</title><style>")
                .append("body{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:0 auto;padding:0 20px;color:#1a1a1a}h1,h2{color:#1f4e79}")
                .append("ins{background:#e3f4e6;text-decoration:none}del{background:#fbe3e1}pre{background:#f6f8fb;padding:8px;overflow-x:auto}")
                .append(".add{color:#14532d}.del{color:#8b1a10}table{border-collapse:collapse}th,td{border:1px solid #c8c8c8;padding:4px 8px;text-align:left}")
                .append("</style></head><body><h1>What changed in the policy</h1><p>Old: ").append(esc(old)).append("<br>New: ").append(esc(now))
                .append("</p><p>Score ").append(score.oldValue()).append(" (").append(score.oldGrade()).append(") → ").append(score.newValue())
                .append(" (").append(score.newGrade()).append(")").append(esc(delta())).append("</p><h2>Facts and disclosures</h2>");
        if (facts.isEmpty()) {
            h.append("<p>None appeared or disappeared.</p>");
        }
        facts.forEach((kind, c) -> {
            h.append("<h3>").append(esc(kind)).append("</h3><ul>");
            c.added().forEach(id -> h.append("<li class=\"add\">added: ").append(esc(id)).append("</li>"));
            c.removed().forEach(id -> h.append("<li class=\"del\">removed: ").append(esc(id)).append("</li>"));
            h.append("</ul>");
        });
        h.append("<h2>Findings that changed status</h2>");
        if (findings.isEmpty()) {
            h.append("<p>None.</p>");
        } else {
            h.append("<table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>");
            findings.forEach(f -> h.append("<tr><th scope=\"row\">").append(esc(f.title())).append("</th><td>").append(f.severity()).append("</td><td>")
                    .append(f.oldStatus()).append("</td><td>").append(f.newStatus()).append("</td></tr>"));
            h.append("</tbody></table>");
        }
        h.append("<h2>Changed sections</h2>");
        for (SectionChange s : sections) {
            h.append("<h3>").append(esc(s.section())).append(" (").append(s.kind()).append(")</h3><pre>");
            for (String line : s.diff()) {
                String e = esc(line);
                h.append(line.startsWith("+") && !line.startsWith("+++") ? "<ins>" + e + "</ins>"
                        : line.startsWith("-") && !line.startsWith("---") ? "<del>" + e + "</del>" : e).append('\n');
            }
            h.append("</pre>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return org.jsoup.nodes.Entities.escape(s);
    }
}
