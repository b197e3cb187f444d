package org.ppcheck.compare;

import static org.ppcheck.compare.HtmlParts.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/**
 * {@code report.html}: one self-contained page (no external assets; works offline) that leads with
 * the facts. It opens with the vendors that need attention and why, in words; then the ranking with
 * each vendor's key facts (where data goes, sensitive data, laws, retention, last updated); charts
 * and a rule × vendor matrix; and a section per vendor (see {@link HtmlVendor}). Rules and facts
 * are named in plain words, ids only as secondary code text. It fits a 390 px phone (wide tables
 * scroll in their own box) and prints cleanly; headings, table headers with scope, text for every
 * colour and chart, a skip link and AA contrast serve screen readers and keyboards.
 */
final class HtmlComparison {
    private static final String CSS = stylesheet();

    private HtmlComparison() {
    }

    /** The page for {@code results}, ranked as {@link Comparison#rank} does. */
    static String render(List<Result> results, String profiles, String generatedAt) {
        List<Result> checked = results.stream().filter(r -> !r.failed()).toList();
        List<Result> assessed = checked.stream().filter(r -> r.report().score().assessed()).toList();
        List<Report.Finding> rules = Comparison.ruleOrder(results);
        String leftOut = HtmlCharts.leftOut(results);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Vendor privacy comparison</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n<header><h1>Vendor privacy comparison</h1><p>")
                .append(results.size()).append(results.size() == 1 ? " vendor" : " vendors").append(" · profiles ").append(profiles(profiles))
                .append(" · generated ").append(esc(generatedAt)).append(" by ppcheck</p></header>\n<main id=\"main\" tabindex=\"-1\">\n");
        attention(h, results);
        ranking(h, results);
        h.append("<section aria-labelledby=\"glance-h\"><h2 id=\"glance-h\">At a glance</h2><div class=\"charts\">")
                .append(HtmlCharts.grades(assessed, leftOut)).append(HtmlCharts.gaps(assessed, rules)).append("</div></section>\n");
        h.append("<section aria-labelledby=\"matrix-h\"><h2 id=\"matrix-h\">Rule × vendor</h2>")
                .append(HtmlCharts.matrix(assessed, rules, leftOut)).append("</section>\n");
        h.append("<section aria-labelledby=\"vendors-h\"><h2 id=\"vendors-h\">Vendors</h2>\n");
        checked.forEach(r -> HtmlVendor.render(h, r));
        h.append("</section>\n</main><footer><p>Each finding quotes the policy text it rests on; the JSON report of every vendor is in ")
                .append("<code>vendors/</code>.</p></footer></body></html>\n");
        return h.toString();
    }

    /**
     * Each vendor with a high-severity failure and why, the gravest first (failures that cap the
     * grade, then the most high-severity failures, then the lowest ranked); then the vendors ppcheck could not
     * assess or check, which a person has to read.
     */
    private static void attention(StringBuilder h, List<Result> results) {
        List<Result> grave = results.stream().filter(r -> !r.failed() && KeyFacts.of(r.report()).attention() != null)
                .sorted(Comparator.comparingInt((Result r) -> -r.report().score().cappedBy().size())
                        .thenComparingInt(r -> -KeyFacts.gaps(r.report(), "high").size())
                        .thenComparingInt(r -> -results.indexOf(r)))
                .toList();
        List<Result> notAssessed = results.stream().filter(r -> !r.failed() && !r.report().score().assessed()).toList();
        List<Result> failed = results.stream().filter(Result::failed).toList();
        h.append("<section class=\"attention\" aria-labelledby=\"attention-h\"><h2 id=\"attention-h\">Needs attention</h2>");
        if (grave.isEmpty()) {
            h.append("<p>No vendor has a high-severity failure.</p>");
        } else {
            h.append("<p>").append(grave.size()).append(grave.size() == 1 ? " vendor has" : " vendors have")
                    .append(" a high-severity failure, the gravest first:</p><ul>");
            for (Result r : grave) {
                h.append("<li>").append(vendorLink(r)).append(" — ").append(esc(KeyFacts.scoreAndGrade(r.report()))).append(": ")
                        .append(esc(KeyFacts.of(r.report()).attention())).append("</li>");
            }
            h.append("</ul>");
        }
        if (!notAssessed.isEmpty()) {
            h.append("<p>Not assessed, read these yourself: ").append(notAssessed.stream()
                    .map(r -> vendorLink(r) + " (" + esc(KeyFacts.grade(r.report())) + ")").collect(Collectors.joining(", "))).append(".</p>");
        }
        if (!failed.isEmpty()) {
            h.append("<p>Could not be checked: ").append(failed.stream()
                    .map(r -> "<strong>" + esc(r.vendor().name()) + "</strong> (" + esc(r.failure()) + ")").collect(Collectors.joining("; "))).append(".</p>");
        }
        h.append("</section>\n");
    }

    private static String vendorLink(Result r) {
        return "<a href=\"#v-" + esc(r.vendor().slug()) + "\"><strong>" + esc(r.vendor().name()) + "</strong></a>";
    }

    private static void ranking(StringBuilder h, List<Result> results) {
        boolean tags = results.stream().anyMatch(r -> !r.vendor().tags().isEmpty());
        h.append("<section aria-labelledby=\"ranking\"><h2 id=\"ranking\">Ranking</h2>")
                .append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Ranking with key facts, scrolls sideways on a narrow screen\">")
                .append("<table class=\"ranking\"><caption>Vendors by grade, then score; not assessed and unchecked vendors last</caption>")
                .append("<thead><tr><th scope=\"col\">Rank</th><th scope=\"col\">Vendor</th><th scope=\"col\">Grade, score</th>")
                .append("<th scope=\"col\">Where data goes</th><th scope=\"col\">Sensitive data</th><th scope=\"col\">Laws cited</th>")
                .append("<th scope=\"col\">Retention</th><th scope=\"col\">Last updated</th><th scope=\"col\">Failed (high)</th>")
                .append(tags ? "<th scope=\"col\">Tags</th>" : "").append("</tr></thead><tbody>\n");
        int rank = 0;
        for (Result r : results) {
            if (r.failed()) {
                h.append("<tr class=\"failed\"><td>–</td><th scope=\"row\">").append(esc(r.vendor().name()))
                        .append("</th><td colspan=\"").append(tags ? 8 : 7).append("\">Could not be checked: ").append(esc(r.failure())).append("</td></tr>\n");
                continue;
            }
            Report rep = r.report();
            KeyFacts k = KeyFacts.of(rep);
            long high = rep.failed().stream().filter(f -> f.severity().equals("high")).count();
            h.append("<tr><td class=\"num\">").append(rep.score().assessed() ? String.valueOf(++rank) : "–")
                    .append("</td><th scope=\"row\"><a href=\"#v-").append(esc(r.vendor().slug())).append("\">").append(esc(r.vendor().name()))
                    .append("</a></th><td class=\"grade-cell\">").append(HtmlParts.grade(rep)).append(HtmlParts.capReason(rep, "small"))
                    .append("</td><td class=\"where\">").append(HtmlParts.whereDataGoes(rep, k, "not stated"))
                    .append("</td><td>").append(k.sensitiveFields().isEmpty() ? "none found"
                            : "<strong class=\"risk\">" + HtmlParts.list(k.sensitiveFields(), "") + "</strong>")
                    .append("</td><td>").append(HtmlParts.list(k.laws(), "none cited"))
                    .append("</td><td>").append(HtmlParts.list(k.retention(), "not stated"))
                    .append("</td><td class=\"date\">").append(esc(k.lastUpdated() == null ? "not stated" : k.lastUpdated()))
                    .append("</td><td class=\"num\">").append(rep.failed().size()).append(" (").append(high).append(")")
                    .append("</td>").append(tags ? "<td>" + esc(String.join(", ", r.vendor().tags())) + "</td>" : "").append("</tr>\n");
        }
        h.append("</tbody></table></div></section>\n");
    }

    /** The profiles as the names a user types: "vendor-risk, gdpr" as two code elements. */
    private static String profiles(String profiles) {
        return Arrays.stream(profiles.split(",\\s*")).filter(p -> !p.isBlank()).map(p -> "<code>" + esc(p.strip()) + "</code>")
                .collect(Collectors.joining(", "));
    }

    private static String stylesheet() {
        try (InputStream in = HtmlComparison.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the ppcheck jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
