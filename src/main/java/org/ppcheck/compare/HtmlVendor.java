package org.ppcheck.compare;

import static org.ppcheck.compare.HtmlParts.esc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/**
 * One vendor's section of {@code report.html}: its key facts first (where data goes, data fields,
 * laws, retention, recipients, dates and source), then each failed finding led by its gap, with
 * the quoted evidence, the vendor's fix and the buyer's ask. For a policy fetched by URL each quote
 * links to the live page at that passage and names the archived snapshot it was read from.
 */
final class HtmlVendor {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private HtmlVendor() {
    }

    static void render(StringBuilder h, Result r) {
        Report rep = r.report();
        KeyFacts k = KeyFacts.of(rep);
        String id = "v-" + esc(r.vendor().slug());
        h.append("<article id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\"><h3 id=\"").append(id).append("-h\">")
                .append(esc(r.vendor().name())).append(" — ").append(HtmlParts.grade(rep)).append("</h3>");
        h.append(HtmlParts.capReason(rep, "p"));
        if (!r.vendor().tags().isEmpty()) {
            h.append("<p class=\"meta\">Tags: ").append(esc(String.join(", ", r.vendor().tags()))).append("</p>");
        }
        facts(h, rep, k);
        if (!rep.score().assessed()) {
            h.append("<p>Not assessed: the policy is in ").append(esc(rep.score().notAssessed()))
                    .append(", a language ppcheck cannot read, so the facts above may be incomplete and its findings are left out")
                    .append(" (they are in its JSON report). Read the policy itself.</p></article>\n");
            return;
        }
        List<Report.Finding> failed = rep.failed();
        if (failed.isEmpty()) {
            h.append("<p>No failed findings.</p>");
        } else {
            h.append("<h4>Failed findings (").append(failed.size()).append(")</h4><ol class=\"findings\">");
            failed.forEach(f -> finding(h, rep, f));
            h.append("</ol>");
        }
        h.append("</article>\n");
    }

    private static void facts(StringBuilder h, Report rep, KeyFacts k) {
        h.append("<dl class=\"facts\">");
        fact(h, "Where data goes", HtmlParts.whereDataGoes(rep, k, "no place stated"));
        fact(h, "Sensitive data", k.sensitiveFields().isEmpty() ? "none found"
                : "<strong class=\"risk\">" + HtmlParts.list(k.sensitiveFields(), "") + "</strong>");
        fact(h, "Data collected", HtmlParts.list(k.dataFields(), "none found"));
        fact(h, "Laws cited", HtmlParts.list(k.laws(), "none cited"));
        fact(h, "Retention", HtmlParts.list(k.retention(), "no retention stated"));
        fact(h, "Recipients", HtmlParts.list(k.recipients(), "none named")
                + (k.governmentAccess() ? " <strong class=\"risk\">(government access)</strong>" : ""));
        fact(h, "Policy last updated", esc(k.lastUpdated() == null ? "not stated" : k.lastUpdated()));
        Report.Source s = rep.source();
        String page = TextFragment.page(k.policyUrl());
        if (k.policyUrl() != null) {
            String url = page == null ? esc(k.policyUrl())
                    : "<a class=\"url\" href=\"" + esc(page) + "\" rel=\"noopener noreferrer\">" + esc(k.policyUrl()) + "</a>";
            fact(h, "Fetched", (k.fetchedAt() == null ? "" : esc(minutes(k.fetchedAt())) + " from ") + url);
        } else {
            fact(h, "Source", esc(s.location()));
        }
        if (s.snapshot() != null) {
            fact(h, "Archived snapshot", "<code>" + esc(s.snapshot()) + "</code>");
        }
        h.append("</dl>");
    }

    private static void fact(StringBuilder h, String term, String html) {
        h.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>");
    }

    private static void finding(StringBuilder h, Report rep, Report.Finding f) {
        h.append("<li><p class=\"gap\"><span class=\"sev ").append(esc(f.severity())).append("\">").append(esc(f.severity()))
                .append("</span> <strong>").append(esc(KeyFacts.gap(f))).append("</strong></p><p class=\"rule\">Rule: ")
                .append(esc(f.title())).append(" <code>").append(esc(f.rule())).append("</code></p><p>").append(esc(f.message())).append("</p>");
        for (Report.Evidence e : f.evidence()) {
            h.append("<blockquote><p>").append(esc(e.text())).append("</p><footer>")
                    .append(e.section().isEmpty() ? "(no heading)" : "§ " + esc(e.section()));
            String live = TextFragment.link(rep.source().finalUrl(), e.text());
            if (live != null) {
                h.append("<span class=\"live\"> · <a href=\"").append(esc(live)).append("\" rel=\"noopener noreferrer\">see it on the live page</a></span>");
            }
            if (rep.source().snapshot() != null) {
                h.append(" · archived snapshot <code>").append(esc(rep.source().snapshot())).append("</code>");
            }
            h.append("</footer></blockquote>");
        }
        if (f.fix() != null) {
            h.append("<p class=\"fix\"><strong>Fix</strong> (what the vendor should do): ").append(esc(f.fix())).append("</p>");
        }
        if (f.ask() != null) {
            h.append("<p class=\"ask\"><strong>Ask</strong> (what to request from the vendor): ").append(esc(f.ask())).append("</p>");
        }
        if (f.reference() != null) {
            h.append("<p class=\"ref\">Reference: ").append(esc(f.reference())).append("</p>");
        }
        h.append("</li>");
    }

    /** "2025-03-01 09:30 UTC" for an ISO instant; anything else as it is. */
    private static String minutes(String instant) {
        try {
            return MINUTES.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
