package org.ppcheck.compare;

import org.jsoup.nodes.Entities;

/**
 * {@code ppcheck diff --format html}: one self-contained page in plain names. It fits a phone's
 * width (long words and diff lines wrap; the findings table scrolls inside its own box) and
 * prints cleanly (no backgrounds needed: insertions are underlined and deletions struck through;
 * headings stay with what follows them). Every text from the policies is escaped.
 */
final class DiffHtml {
    private static final String CSS = """
            *,*::before,*::after{box-sizing:border-box}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:1000px;margin:0 auto;padding:0 16px;overflow-wrap:anywhere}
            h1,h2,h3{color:#1f4e79;line-height:1.25}.meta{color:#4a4a4a;font-size:13px}
            ul.facts{padding-left:1.2em}ul.facts li{margin-bottom:.4em}.add{color:#14532d}.del{color:#8b1a10}
            q{background:#f6f8fb;font-style:italic}
            .scroll{max-width:100%;overflow-x:auto}table{border-collapse:collapse}
            th,td{border:1px solid #c8c8c8;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}code{color:#4a4a4a;font-size:.85em}
            pre{background:#f6f8fb;padding:8px;max-width:100%;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere;font-size:13px}
            ins{background:#e3f4e6;text-decoration:none}del{background:#fbe3e1}.hunk{color:#4a4a4a}
            @media print{
            body{max-width:none;padding:0;font-size:10.5pt;color:#000}
            h1,h2,h3{color:#000;break-after:avoid;page-break-after:avoid}
            pre{background:none;border:1px solid #999;overflow:visible;white-space:pre-wrap}
            .scroll{overflow:visible}
            ins{background:none;text-decoration:underline}del{background:none;text-decoration:line-through}
            q{background:none}li,tr{break-inside:avoid;page-break-inside:avoid}
            }
            """;

    private DiffHtml() {
    }

    static String render(PolicyDiff d) {
        PolicyDiff.Score score = d.score();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Policy diff</title><style>\n")
                .append(CSS).append("</style></head><body>\n<header><h1>What changed in the policy</h1><p class=\"meta\">Old: ").append(esc(d.old()))
                .append("<br>New: ").append(esc(d.now())).append("</p></header>\n<main>\n<p>Score ").append(score.oldValue()).append(" (")
                .append(score.oldGrade()).append(") → ").append(score.newValue()).append(" (").append(score.newGrade()).append(")")
                .append(esc(DiffWording.scoreChange(score))).append("</p>\n<section><h2>Facts and disclosures</h2>\n");
        if (d.facts().isEmpty()) {
            h.append("<p>None appeared or disappeared.</p>\n");
        }
        d.facts().forEach((key, c) -> {
            FactKind kind = FactKind.byKey(key);
            h.append("<h3>").append(esc(kind.label())).append("</h3><ul class=\"facts\">");
            for (DiffWording.FactLine line : DiffWording.lines(kind, c)) {
                String css = line.what().equals("added") ? " class=\"add\"" : line.what().equals("removed") ? " class=\"del\"" : "";
                h.append("<li").append(css).append("><strong>").append(esc(line.what())).append(":</strong> ").append(esc(line.name()));
                if (!line.note().isEmpty()) {
                    h.append("<br>");
                    line.note().forEach(s -> h.append(s.quote() ? "<q>" + esc(s.text()) + "</q>" : esc(s.text())));
                }
                h.append("</li>");
            }
            h.append("</ul>\n");
        });
        h.append("</section>\n<section><h2>Findings that changed status</h2>\n");
        if (d.findings().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th>")
                    .append("<th scope=\"col\">Before → after</th></tr></thead><tbody>\n");
            d.findings().forEach(f -> h.append("<tr><th scope=\"row\">").append(esc(f.title())).append(" <code>").append(esc(f.rule()))
                    .append("</code></th><td>").append(esc(f.severity())).append("</td><td>").append(esc(DiffWording.status(f.oldStatus())))
                    .append(" → ").append(esc(DiffWording.status(f.newStatus()))).append("</td></tr>\n"));
            h.append("</tbody></table></div>\n");
        }
        h.append("</section>\n<section><h2>Changed sections</h2>\n");
        if (d.sections().isEmpty()) {
            h.append("<p>None: the text is the same.</p>\n");
        }
        for (PolicyDiff.SectionChange s : d.sections()) {
            sectionChange(h, s);
        }
        return h.append("</section>\n</main></body></html>\n").toString();
    }

    private static void sectionChange(StringBuilder h, PolicyDiff.SectionChange s) {
        if (s.renamedFrom() != null) {
            h.append("<h3>renamed: ").append(esc(s.renamedFrom())).append(" → ").append(esc(s.section())).append("</h3>\n");
            if (s.diff().isEmpty()) {
                h.append("<p>The text under the heading is the same.</p>\n");
                return;
            }
        } else {
            h.append("<h3>").append(esc(s.section())).append(" (").append(esc(s.kind())).append(")</h3>\n");
        }
        h.append("<pre>");
        // the first two lines name the versions ("--- old: ...", "+++ new: ..."), as the heading above does
        for (String line : s.diff().subList(Math.min(2, s.diff().size()), s.diff().size())) {
            String e = esc(line);
            h.append(line.startsWith("+") ? "<ins>" + e + "</ins>" : line.startsWith("-") ? "<del>" + e + "</del>"
                    : line.startsWith("@@") ? "<span class=\"hunk\">" + e + "</span>" : e).append('\n');
        }
        h.append("</pre>\n");
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
