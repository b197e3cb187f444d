package org.ppcheck.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ppcheck.facts.Names;
import org.ppcheck.register.FactsSummary;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.Reviews;
import org.ppcheck.register.VendorStatus;

/**
 * The portfolio: every vendor of the register with its grade, where its data goes (high-risk
 * places marked), sensitive fields, laws, check and change dates and review status; filtered,
 * searched and sorted as the page asks, with the vendors that need attention first. What a report
 * says is read once per evaluation and kept, since an evaluation never changes.
 */
public final class Portfolio {
    /** A place data goes to, in words, and whether it is on the rules' high-risk list. */
    public record Place(String text, boolean highRisk) { }

    /** What the page shows of a report. */
    public record Summary(List<Place> places, List<String> sensitive, List<String> laws, String attention) {
        public static final Summary NONE = new Summary(List.of(), List.of(), List.of(), null);
    }

    /** One vendor's line. */
    public record Row(String name, String href, List<String> tags, String gradeText, Integer score, String grade, Summary summary,
               Instant lastChecked, Instant lastChanged, String status, LocalDate nextReview, boolean due, String whyAttention,
               String lastFailure) {
        /** "2026-01-05" or "never". */
        public static String day(Instant t) {
            return t == null ? "never" : t.toString().substring(0, 10);
        }
    }

    /** What the visitor asked for: a name search, filters and the sort column. */
    public record Query(String q, String tag, String grade, String status, String sort) {
        public static final List<String> SORTS = List.of("name", "grade", "score", "checked", "changed", "status", "review");

        public Query {
            q = blankToNull(q);
            tag = blankToNull(tag);
            grade = blankToNull(grade);
            status = blankToNull(status);
            sort = sort == null || !SORTS.contains(sort) ? "name" : sort;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** The page: the vendors needing attention, the (filtered) list, and the choices of the filters. */
    public record View(List<Row> attention, List<Row> rows, Query query, List<String> tags, List<String> grades, List<String> statuses, int total) { }

    private final Set<String> highRisk;

    Portfolio(Set<String> highRisk) {
        this.highRisk = Set.copyOf(highRisk);
    }

    /** The portfolio of the register today, as the query asks. */
    View view(Register reg, Query query, LocalDate today) throws RegisterException {
        List<VendorStatus> statuses = new Reviews(reg).statuses(today);
        Map<Long, FactsSummary> summaries = reg.latestSummaries();
        List<Row> all = new ArrayList<>();
        for (VendorStatus s : statuses) {
            FactsSummary f = summaries.get(s.vendor().id());
            all.add(row(s, f == null ? Summary.NONE : summary(f)));
        }
        Set<String> tags = new TreeSet<>();
        Set<String> grades = new TreeSet<>();
        Set<String> states = new TreeSet<>();
        all.forEach(r -> {
            tags.addAll(r.tags());
            grades.add(r.grade() == null ? "-" : r.grade());
            states.add(r.status());
        });
        List<Row> shown = all.stream().filter(r -> matches(r, query)).sorted(order(query.sort())).toList();
        List<Row> attention = shown.stream().filter(r -> r.whyAttention() != null).toList();
        return new View(attention, shown, query, List.copyOf(tags), List.copyOf(grades), List.copyOf(states), all.size());
    }

    /** What the portfolio shows of a vendor's key facts, in words, with the high-risk places marked. */
    private Summary summary(FactsSummary f) {
        List<Place> places = new ArrayList<>();
        for (FactsSummary.Place l : f.places()) {
            Place p = new Place(Names.location(l.code(), l.relation()), highRisk.contains(l.code()));
            if (!places.contains(p)) {
                places.add(p);
            }
        }
        return new Summary(places, f.sensitiveFields().stream().map(Names::dataField).toList(),
                f.frameworks().stream().map(Names::framework).toList(), f.attention());
    }

    private static Row row(VendorStatus s, Summary summary) {
        String why = null;
        if (s.failedHigh() != null && s.failedHigh() > 0 && summary.attention() != null) {
            why = "high-severity failure: " + summary.attention();
        } else if (s.reviewStatus().equals("needs re-review")) {
            why = "changed since it was reviewed";
        } else if (s.versions() > 1 && s.decision() == null) {
            why = "changed, never reviewed";
        }
        var v = s.vendor();
        return new Row(v.name(), Links.vendor(v.name()), v.tags(), s.gradeText(), s.score(), s.grade(), summary, v.lastCheckedAt(),
                s.lastChanged(), s.reviewStatus(), s.nextReview(), s.due(), why, v.lastFailure());
    }

    private static boolean matches(Row r, Query q) {
        return (q.q() == null || r.name().toLowerCase(Locale.ROOT).contains(q.q().toLowerCase(Locale.ROOT)))
                && (q.tag() == null || r.tags().contains(q.tag()))
                && (q.grade() == null || q.grade().equals(r.grade() == null ? "-" : r.grade()))
                && (q.status() == null || q.status().equals(r.status()));
    }

    private static Comparator<Row> order(String sort) {
        Comparator<Row> byName = Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
        Comparator<Row> first = switch (sort) {
            case "grade" -> Comparator.comparing(r -> r.grade() == null ? "~" : r.grade());
            case "score" -> Comparator.comparing((Row r) -> r.score() == null ? Integer.MIN_VALUE : r.score()).reversed();
            case "checked" -> Comparator.comparing((Row r) -> r.lastChecked() == null ? Instant.MIN : r.lastChecked()).reversed();
            case "changed" -> Comparator.comparing((Row r) -> r.lastChanged() == null ? Instant.MIN : r.lastChanged()).reversed();
            case "status" -> Comparator.comparing(Row::status);
            case "review" -> Comparator.comparing((Row r) -> r.nextReview() == null ? LocalDate.MAX : r.nextReview());
            default -> byName;
        };
        return first.thenComparing(byName);
    }
}
