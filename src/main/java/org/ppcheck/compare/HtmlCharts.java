package org.ppcheck.compare;

import static org.ppcheck.compare.HtmlParts.esc;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.facts.Names;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/**
 * The overview parts of {@code report.html}: how many vendors got each grade (inline SVG), the gaps
 * most vendors share, and the rule × vendor matrix. They count only the assessed vendors (a policy
 * in a language ppcheck cannot read has no grade and no reliable findings) and say how many were
 * left out. Rules are named by their gap or title; a rule id appears only as secondary code text.
 */
final class HtmlCharts {
    private static final String[] GRADES = {"A", "B", "C", "D", "F"};
    /** How many of the most common gaps the chart shows. */
    private static final int TOP_GAPS = 8;

    private HtmlCharts() {
    }

    /** What the counts leave out: "1 not assessed (in a language ppcheck cannot read) and 1 that could not be checked are not counted", or "". */
    static String leftOut(List<Result> results) {
        long notAssessed = results.stream().filter(r -> !r.failed() && !r.report().score().assessed()).count();
        long failed = results.stream().filter(Result::failed).count();
        if (notAssessed == 0 && failed == 0) {
            return "";
        }
        String a = notAssessed == 0 ? "" : notAssessed + " not assessed (in a language ppcheck cannot read)";
        String f = failed == 0 ? "" : failed + " that could not be checked";
        return Names.sentenceList(Stream.of(a, f).filter(x -> !x.isEmpty()).toList())
                + (notAssessed + failed == 1 ? " is" : " are") + " not counted";
    }

    /** Bars of how many assessed vendors got each grade. */
    static String grades(List<Result> assessed, String leftOut) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String g : GRADES) {
            counts.put(g, 0);
        }
        assessed.forEach(r -> counts.merge(r.report().score().grade(), 1, Integer::sum));
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder svg = new StringBuilder("<figure><svg role=\"img\" aria-labelledby=\"gc-t gc-d\" viewBox=\"0 0 320 200\" width=\"320\" height=\"200\">")
                .append("<title id=\"gc-t\">Grades of the ").append(assessed.size()).append(" assessed vendors</title><desc id=\"gc-d\">");
        counts.forEach((g, n) -> svg.append("grade ").append(g).append(": ").append(n).append(n == 1 ? " vendor. " : " vendors. "));
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
        return svg.append("</svg><figcaption>Grades of the ").append(assessed.size()).append(" assessed vendors")
                .append(leftOut.isEmpty() ? "" : "; " + esc(leftOut)).append("</figcaption></figure>").toString();
    }

    /** The gaps most assessed vendors share, as a table of bars with the count in text beside each. */
    static String gaps(List<Result> assessed, List<Report.Finding> rules) {
        List<Map.Entry<String, Integer>> top = Comparison.commonGaps(assessed).entrySet().stream().limit(TOP_GAPS).toList();
        StringBuilder h = new StringBuilder("<table class=\"bars\"><caption>Most common gaps (of ").append(assessed.size())
                .append(" assessed vendors)</caption><thead><tr><th scope=\"col\">Gap</th><th scope=\"col\">Vendors</th></tr></thead><tbody>");
        if (top.isEmpty()) {
            h.append("<tr><td colspan=\"2\">No assessed vendor fails any rule.</td></tr>");
        }
        for (Map.Entry<String, Integer> e : top) {
            int percent = (int) Math.round(100.0 * e.getValue() / Math.max(1, assessed.size()));
            h.append("<tr><th scope=\"row\">").append(esc(label(e.getKey(), assessed, rules))).append("</th><td><span class=\"bar\" style=\"width:")
                    .append(Math.max(1, percent * 2 / 3)).append("%\"></span>").append(e.getValue()).append(" of ").append(assessed.size())
                    .append("</td></tr>");
        }
        return h.append("</tbody></table>").toString();
    }

    /**
     * A rule in a chart: its gap when every vendor failing it fails it the same way ("no right to
     * object"); otherwise, as for a rule whose gap names what was found, "fails: " and its title.
     */
    private static String label(String rule, List<Result> assessed, List<Report.Finding> rules) {
        Set<String> gaps = new LinkedHashSet<>();
        assessed.forEach(r -> r.report().failed().stream().filter(f -> f.rule().equals(rule)).forEach(f -> gaps.add(KeyFacts.gap(f))));
        if (gaps.size() == 1) {
            return gaps.iterator().next();
        }
        return rules.stream().filter(f -> f.rule().equals(rule)).findFirst().map(f -> "fails: " + f.title()).orElse(rule);
    }

    /** Rules down, assessed vendors across: each cell says passed, failed or does not apply, in text as well as a sign. */
    static String matrix(List<Result> assessed, List<Report.Finding> rules, String leftOut) {
        StringBuilder h = new StringBuilder("<p>✓ passed, ✗ failed, – does not apply")
                .append(leftOut.isEmpty() ? "" : "; " + esc(leftOut)).append(".<span class=\"screen\"> The table scrolls sideways; the rule column stays in view.</span></p>")
                .append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Rule by vendor table, scrolls sideways\">")
                .append("<table class=\"matrix\"><caption>Status of each rule for each assessed vendor</caption><thead><tr><th scope=\"col\">Rule</th>");
        for (Result r : assessed) {
            h.append("<th scope=\"col\"><a href=\"#v-").append(esc(r.vendor().slug())).append("\">").append(esc(r.vendor().name())).append("</a></th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Report.Finding f : rules) {
            h.append("<tr><th scope=\"row\">").append(esc(f.title())).append(" <code>").append(esc(f.rule())).append("</code></th>");
            for (Result r : assessed) {
                String[] cell = switch (Comparison.status(r, f.rule())) {
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
        return h.append("</tbody></table></div>").toString();
    }
}
