package org.ppcheck.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ppcheck.compare.Comparison;
import org.ppcheck.compare.ComparisonReports;
import org.ppcheck.facts.Names;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/** {@code /compare}: chosen vendors side by side, rule by rule, and the same downloads as {@code ppcheck compare} writes. */
public final class ComparePages {
    /** One vendor's column. */
    public record Column(String name, String href, String grade, String whereDataGoes, String laws, String failure) { }

    /** One rule's line: its title and severity, and each vendor's status in words. */
    public record Line(String rule, String title, String severity, List<String> statuses) { }

    /** The page: every vendor to choose from, the chosen ones, and the matrix. */
    public record View(List<String> all, List<String> chosen, String query, List<Column> columns, List<Line> lines) { }

    private final Register register;
    private final Views views;

    ComparePages(Register register, Views views) {
        this.register = register;
        this.views = views;
    }

    void matrix(Context ctx) throws RegisterException {
        List<String> all = register.vendors(List.of()).stream().map(RegisteredVendor::name).toList();
        List<Comparison.Result> ranked = results(ctx);
        List<Column> columns = new ArrayList<>();
        for (Comparison.Result r : ranked) {
            Report rep = r.report();
            KeyFacts k = rep == null ? null : KeyFacts.of(rep);
            columns.add(new Column(r.vendor().name(), Links.vendor(r.vendor().name()), rep == null ? "-" : KeyFacts.scoreAndGrade(rep),
                    k == null ? "-" : KeyFacts.words(k.whereDataGoes(), "none found"), k == null ? "-" : KeyFacts.words(k.laws(), "none"),
                    r.failure()));
        }
        List<Line> lines = new ArrayList<>();
        for (Report.Finding f : Comparison.ruleOrder(ranked)) {
            List<String> statuses = ranked.stream().map(r -> {
                String s = Comparison.status(r, f.rule());
                return s.isEmpty() ? "-" : Names.status(s);
            }).toList();
            lines.add(new Line(f.rule(), f.title(), f.severity(), statuses));
        }
        List<String> chosen = ranked.stream().map(r -> r.vendor().name()).toList();
        String query = chosen.isEmpty() ? "" : "?vendors=" + Links.segment(String.join(",", chosen));
        views.render(ctx, "compare.jte", views.page(ctx, "Compare", "compare"), "view", new View(all, chosen, query, columns, lines));
    }

    /** One of the files {@code ppcheck compare} writes (report.html, checklist.xlsx, comparison.csv, comparison.md), as a download. */
    void download(Context ctx) throws RegisterException, IOException {
        String file = ctx.pathParam("file");
        if (!ComparisonReports.FILES.contains(file)) {
            throw WebError.notFound("no download " + file + "; there are " + String.join(", ", ComparisonReports.FILES));
        }
        List<Comparison.Result> ranked = results(ctx);
        if (ranked.isEmpty()) {
            throw WebError.badRequest("choose the vendors to compare first");
        }
        Path dir = Files.createTempDirectory("ppcheck-compare");
        try {
            ComparisonReports.write(dir, ranked, "register");
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            String type = switch (file.substring(file.lastIndexOf('.') + 1)) {
                case "html" -> "text/html; charset=utf-8";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "csv" -> "text/csv; charset=utf-8";
                default -> "text/markdown; charset=utf-8";
            };
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
            ctx.contentType(type).result(bytes);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The vendors named by {@code ?vendors=a,b} (or repeated), with their latest reports, ranked. */
    private List<Comparison.Result> results(Context ctx) throws RegisterException {
        List<String> names = new ArrayList<>();
        for (String v : ctx.queryParams("vendors")) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).filter(s -> !names.contains(s)).forEach(names::add);
        }
        List<Comparison.Result> results = new ArrayList<>();
        for (String n : names) {
            RegisteredVendor v;
            try {
                v = register.vendor(n);
            } catch (RegisterException e) {
                throw WebError.badRequest(e.getMessage());
            }
            Report report = register.latestReport(v);
            results.add(new Comparison.Result(v.asListed(), report, report == null ? "not checked yet; run 'ppcheck recheck " + v.name() + "'" : null,
                    null, false));
        }
        return Comparison.rank(results);
    }
}
