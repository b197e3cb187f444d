package org.ppcheck.compare;

import org.ppcheck.util.TerminalText;

/** {@code ppcheck diff} for a terminal, in plain names; every text from the policies or the user goes through {@link TerminalText}. */
final class DiffText {
    private DiffText() {
    }

    static String render(PolicyDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("ppcheck diff\n  old: ").append(t(d.old())).append("\n  new: ").append(t(d.now())).append("\n\n");
        PolicyDiff.Score score = d.score();
        sb.append("Score ").append(score.oldValue()).append(" (").append(score.oldGrade()).append(") -> ").append(score.newValue())
                .append(" (").append(score.newGrade()).append(")").append(DiffWording.scoreChange(score)).append("\n");
        if (d.facts().isEmpty()) {
            sb.append("\nNo facts or disclosures appeared or disappeared.\n");
        }
        d.facts().forEach((key, c) -> {
            FactKind kind = FactKind.byKey(key);
            sb.append("\n").append(kind.label()).append(":\n");
            for (DiffWording.FactLine line : DiffWording.lines(kind, c)) {
                sb.append("  ").append(line.what()).append(": ").append(t(line.name()));
                if (!line.note().isEmpty()) {
                    sb.append(" (");
                    line.note().forEach(s -> sb.append(s.quote() ? "\"" + t(s.text()) + "\"" : s.text()));
                    sb.append(')');
                }
                sb.append('\n');
            }
        });
        sb.append(d.findings().isEmpty() ? "\nNo finding changed status.\n" : "\nFindings that changed status:\n");
        d.findings().forEach(f -> sb.append("  ").append(DiffWording.status(f.oldStatus())).append(" -> ").append(DiffWording.status(f.newStatus()))
                .append(": ").append(t(f.title())).append(" (").append(f.severity()).append(" severity; rule ").append(t(f.rule())).append(")\n"));
        sb.append(d.sections().isEmpty() ? "\nThe text is the same.\n" : "\nChanged sections (" + d.sections().size() + "):\n");
        for (PolicyDiff.SectionChange s : d.sections()) {
            if (s.renamedFrom() != null) {
                sb.append("\n## renamed: ").append(t(s.renamedFrom())).append(" -> ").append(t(s.section())).append('\n');
                if (s.diff().isEmpty()) {
                    sb.append("(the text under the heading is the same)\n");
                }
            } else {
                sb.append("\n## ").append(t(s.section())).append(" (").append(s.kind()).append(")\n");
            }
            s.diff().forEach(l -> sb.append(t(l)).append('\n'));
        }
        return sb.toString();
    }

    private static String t(String s) {
        return TerminalText.escape(s);
    }
}
