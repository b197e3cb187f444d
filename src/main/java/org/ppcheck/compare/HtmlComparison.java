package org.ppcheck.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/**
 * {@code report.html}: one self-contained page (no external assets; works offline) with the vendors
 * ranked by score, charts as inline SVG (grades, most common gaps), a vendor × rule matrix, and a
 * section per vendor with its failed findings, quoted evidence and section. Headings, table
 * headers with scope, text alternatives for colour and charts, and AA contrast for screen readers
 * and keyboards.
 */
final class HtmlComparison {
    private static final String[] GRADES = {"A", "B", "C", "D", "F"};

    private HtmlComparison() {
    }

    static String render(List<Result> results, String profiles, String generatedAt) {
        List<Result> ok = results.stream().filter(r -> !r.failed()).toList();
        List<Report.Finding> rules = Comparison.ruleOrder(results);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Vendor privacy comparison</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<a class=\"skip\" href=\"#ranking\">Skip to the ranking</a>\n<header><h1>Vendor privacy comparison</h1><p>")
                .append(results.size()).append(" vendors · profiles ").append(esc(profiles)).append(" · generated ").append(esc(generatedAt))
                .append(" by ppcheck</p></header>\n<main>\n");

        h.append("<section aria-labelledby=\"charts-h\"><h2 id=\"charts-h\">At a glance</h2><div class=\"charts\">")
                .append(gradeChart(ok)).append(gapChart(Comparison.commonGaps(results), rules, ok.size())).append("</div></section>\n");

        h.append("<section aria-labelledby=\"ranking\"><h2 id=\"ranking\">Ranking</h2><table><caption>Vendors by score, best first</caption>")
                .append("<thead><tr><th scope=\"col\">Rank</th><th scope=\"col\">Vendor</th><th scope=\"col\">Score</th><th scope=\"col\">Grade</th>")
                .append("<th scope=\"col\">Failed findings (high)</th><th scope=\"col\">Tags</th></tr></thead><tbody>\n");
        int rank = 0;
        for (Result r : results) {
            if (r.failed()) {
                h.append("<tr class=\"failed\"><td>–</td><th scope=\"row\">").append(esc(r.vendor().name()))
                        .append("</th><td colspan=\"4\">Could not be checked: ").append(esc(r.failure())).append("</td></tr>\n");
                continue;
            }
            Report.Score s = r.report().score();
            h.append("<tr><td>").append(++rank).append("</td><th scope=\"row\"><a href=\"#v-").append(r.vendor().slug()).append("\">")
                    .append(esc(r.vendor().name())).append("</a></th><td>").append(s.value()).append("</td><td><span class=\"grade g")
                    .append(s.grade()).append("\">").append(s.grade()).append("</span>")
                    .append(s.cappedBy().isEmpty() ? "" : " <small>capped by " + esc(String.join(", ", s.cappedBy())) + "</small>")
                    .append("</td><td>").append(r.report().failed().size())
                    .append(" (").append(TableReports.failed(r, "high")).append(")</td><td>").append(esc(String.join(", ", r.vendor().tags())))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");

        h.append("<section aria-labelledby=\"matrix-h\"><h2 id=\"matrix-h\">Vendor × rule</h2>")
                .append("<p>✓ passed, ✗ failed, – does not apply. Hover or focus a rule id for its title.</p><div class=\"scroll\" tabindex=\"0\" ")
                .append("role=\"region\" aria-label=\"Vendor by rule matrix, scrolls sideways\"><table class=\"matrix\"><caption>Status of each rule for each vendor</caption><thead><tr><th scope=\"col\">Vendor</th>");
        for (Report.Finding f : rules) {
            h.append("<th scope=\"col\"><abbr title=\"").append(esc(f.title())).append("\">").append(esc(f.rule())).append("</abbr></th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Result r : ok) {
            h.append("<tr><th scope=\"row\"><a href=\"#v-").append(r.vendor().slug()).append("\">").append(esc(r.vendor().name())).append("</a></th>");
            for (Report.Finding f : rules) {
                String st = Comparison.status(r, f.rule());
                String[] cell = switch (st) {
                    case "pass" -> new String[] {"pass", "✓", "passed"};
                    case "fail" -> new String[] {"fail", "✗", "failed"};
                    case "not_applicable" -> new String[] {"na", "–", "does not apply"};
                    default -> new String[] {"na", "", "not checked"};
                };
                h.append("<td class=\"").append(cell[0]).append("\"><span aria-hidden=\"true\">").append(cell[1])
                        .append("</span><span class=\"sr\">").append(cell[2]).append("</span></td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div></section>\n");

        h.append("<section aria-labelledby=\"vendors-h\"><h2 id=\"vendors-h\">Vendors</h2>\n");
        for (Result r : ok) {
            vendor(h, r);
        }
        h.append("</section>\n</main><footer><p>Each finding quotes the policy text it rests on; the JSON report of every vendor is in ")
                .append("<code>vendors/</code>.</p></footer></body></html>\n");
        return h.toString();
    }

    private static void vendor(StringBuilder h, Result r) {
        Report rep = r.report();
        h.append("<article id=\"v-").append(r.vendor().slug()).append("\" aria-labelledby=\"v-").append(r.vendor().slug()).append("-h\"><h3 id=\"v-")
                .append(r.vendor().slug()).append("-h\">").append(esc(r.vendor().name())).append(" — ").append(esc(KeyFacts.scoreAndGrade(rep))).append("</h3><p class=\"meta\">Source: ").append(esc(sourceOf(rep)));
        if (rep.source().snapshot() != null) {
            h.append(" · snapshot <code>").append(esc(rep.source().snapshot())).append("</code>");
        }
        if (!rep.score().cappedBy().isEmpty()) {
            h.append(" · grade capped by ").append(esc(String.join(", ", rep.score().cappedBy())));
        }
        h.append("</p>");
        List<Report.Finding> failed = rep.failed();
        if (failed.isEmpty()) {
            h.append("<p>No failed findings.</p>");
        } else {
            h.append("<h4>Failed findings (").append(failed.size()).append(")</h4><ol class=\"findings\">");
            for (Report.Finding f : failed) {
                h.append("<li><p><span class=\"sev ").append(f.severity()).append("\">").append(f.severity()).append("</span> <strong>")
                        .append(esc(f.title())).append("</strong> <code>").append(esc(f.rule())).append("</code></p><p>").append(esc(f.message())).append("</p>");
                for (Report.Evidence e : f.evidence()) {
                    h.append("<blockquote><p>").append(esc(e.text())).append("</p><footer>").append(e.section().isEmpty() ? "(no heading)" : "§ " + esc(e.section()))
                            .append("</footer></blockquote>");
                }
                if (f.reference() != null) {
                    h.append("<p class=\"ref\">Reference: ").append(esc(f.reference())).append("</p>");
                }
                if (f.fix() != null) {
                    h.append("<p class=\"fix\">Fix: ").append(esc(f.fix())).append("</p>");
                }
                h.append("</li>");
            }
            h.append("</ol>");
        }
        h.append("</article>\n");
    }

    private static String sourceOf(Report rep) {
        return rep.source().finalUrl() != null ? rep.source().finalUrl() : rep.source().location();
    }

    /** Bars of how many vendors got each grade. */
    private static String gradeChart(List<Result> ok) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String g : GRADES) {
            counts.put(g, 0);
        }
        ok.stream().filter(r -> r.report().score().assessed()).forEach(r -> counts.merge(r.report().score().grade(), 1, Integer::sum));
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder svg = new StringBuilder("<figure><svg role=\"img\" aria-labelledby=\"gc-t gc-d\" viewBox=\"0 0 320 200\" width=\"320\" height=\"200\">")
                .append("<title id=\"gc-t\">Grades</title><desc id=\"gc-d\">");
        counts.forEach((g, n) -> svg.append(g).append(": ").append(n).append(" vendors. "));
        svg.append("</desc>");
        int x = 20;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int bar = (int) Math.round(140.0 * e.getValue() / max);
            svg.append("<rect class=\"g").append(e.getKey()).append("\" x=\"").append(x).append("\" y=\"").append(165 - bar).append("\" width=\"44\" height=\"")
                    .append(bar).append("\"/><text x=\"").append(x + 22).append("\" y=\"185\" text-anchor=\"middle\">").append(e.getKey())
                    .append("</text><text x=\"").append(x + 22).append("\" y=\"").append(158 - bar).append("\" text-anchor=\"middle\">")
                    .append(e.getValue()).append("</text>");
            x += 60;
        }
        return svg.append("</svg><figcaption>Grades across the vendors</figcaption></figure>").toString();
    }

    /** Bars of the rules most vendors fail. */
    private static String gapChart(Map<String, Integer> gaps, List<Report.Finding> rules, int vendors) {
        List<Map.Entry<String, Integer>> top = gaps.entrySet().stream().limit(8).toList();
        int height = 30 + 26 * Math.max(1, top.size());
        StringBuilder svg = new StringBuilder("<figure><svg role=\"img\" aria-labelledby=\"gp-t gp-d\" viewBox=\"0 0 520 ").append(height)
                .append("\" width=\"520\" height=\"").append(height).append("\"><title id=\"gp-t\">Most common gaps</title><desc id=\"gp-d\">");
        top.forEach(e -> svg.append(e.getKey()).append(": failed by ").append(e.getValue()).append(" of ").append(vendors).append(" vendors. "));
        svg.append("</desc>");
        int y = 10;
        for (Map.Entry<String, Integer> e : top) {
            int bar = (int) Math.round(250.0 * e.getValue() / Math.max(1, vendors));
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(e.getKey())).append("</text><rect class=\"gap\" x=\"230\" y=\"")
                    .append(y).append("\" width=\"").append(bar).append("\" height=\"20\"/><text x=\"").append(236 + bar).append("\" y=\"")
                    .append(y + 15).append("\">").append(e.getValue()).append("</text>");
            y += 26;
        }
        if (top.isEmpty()) {
            svg.append("<text x=\"0\" y=\"25\">No vendor fails any rule.</text>");
        }
        return svg.append("</svg><figcaption>Rules failed by the most vendors</figcaption></figure>").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    private static final String CSS = """
            :root{--fg:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--pass:#e3f4e6;--fail:#fbe3e1;--na:#f0f0f0}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}
            header,main,body>footer{max-width:1200px;margin:0 auto;padding:0 20px}
            header{border-bottom:3px solid #1f4e79}h1{margin:.6em 0 .2em;color:#1f4e79}h2{margin-top:1.6em;color:#1f4e79}
            .skip{position:absolute;left:-999px}.skip:focus{left:10px;top:10px;background:#fff;padding:6px;border:2px solid #1f4e79}
            table{border-collapse:collapse;margin:.5em 0;width:100%}caption{text-align:left;font-weight:600;padding:4px 0}
            th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}thead th{background:#eef2f7}
            .matrix th,.matrix td{text-align:center;font-size:13px;padding:3px 5px}.matrix tbody th{text-align:left;white-space:nowrap}
            .matrix thead th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:220px}
            td.pass{background:var(--pass);color:#14532d}td.fail{background:var(--fail);color:#8b1a10;font-weight:700}td.na{background:var(--na);color:var(--muted)}
            .scroll{overflow-x:auto}.scroll:focus{outline:3px solid #1f4e79}
            .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            .grade{display:inline-block;min-width:1.6em;text-align:center;border-radius:4px;font-weight:700;color:#fff}
            .gA{background:#1b6e2d;fill:#1b6e2d}.gB{background:#3d7a14;fill:#3d7a14}.gC{background:#8a6100;fill:#8a6100}.gD{background:#a84300;fill:#a84300}.gF{background:#a3160b;fill:#a3160b}
            .charts{display:flex;flex-wrap:wrap;gap:30px}figure{margin:0}figcaption{color:var(--muted);font-size:13px}svg text{font-size:12px;fill:#1a1a1a}rect.gap{fill:#a84300}
            tr.failed td,tr.failed th{background:#fff4e5}
            article{border-top:1px solid var(--line);padding-top:.4em}.meta{color:var(--muted);font-size:13px;word-break:break-all}
            .findings li{margin-bottom:1em}.sev{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;font-weight:700;text-transform:uppercase;color:#fff}
            .sev.high{background:#a3160b}.sev.medium{background:#8a4b00}.sev.low{background:#4a4a4a}
            blockquote{margin:.3em 0 .3em 1em;padding:.2em .8em;border-left:4px solid #1f4e79;background:#f6f8fb}blockquote footer{font-size:12px;color:var(--muted)}
            .ref,.fix{font-size:13px;color:var(--muted);margin:.2em 0}a{color:#0b4f8a}a:focus{outline:3px solid #1f4e79}
            @media print{.scroll{overflow:visible}}
            """;
}
