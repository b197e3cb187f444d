package org.ppcheck.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ppcheck.check.Checker;
import org.ppcheck.compare.PolicyDiff;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.ContentType;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.facts.Names;
import org.ppcheck.register.Evaluation;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.register.Version;
import org.ppcheck.report.Report;

/**
 * A version's pages: the snapshot viewer (the extracted text, section by section, with the
 * evidence of its findings marked and each quote's start an anchor {@code e-START}) and the diff
 * with the version before (facts, findings, score, changed sections), both computed from the
 * archived documents with the app's rules.
 */
public final class VersionPages {
    /** A run of text in a block; {@code anchor} (or null) is the id of the evidence that starts there. */
    public record Segment(String text, boolean marked, String anchor) { }

    /** A block of the text: a heading (with its level, 2 to 6) or a paragraph, list item or table row. */
    public record Piece(boolean heading, int level, String section, List<Segment> segments) { }

    /** The snapshot viewer. */
    public record TextView(String vendor, String vendorHref, int version, String snapshot, List<Piece> pieces, int marks) { }

    /** A rule whose status changed, in words. */
    public record StatusLine(String title, String severity, String before, String after) { }

    /** The diff page. */
    public record DiffView(String vendor, String vendorHref, int version, String score, List<String> facts, List<StatusLine> findings,
                           List<PolicyDiff.SectionChange> sections) { }

    private final Register register;
    private final Views views;
    private final Checker checker;

    VersionPages(Register register, Views views, Checker checker) {
        this.register = register;
        this.views = views;
        this.checker = checker;
    }

    void snapshot(Context ctx) throws RegisterException {
        RegisteredVendor v = VendorPages.vendor(register, ctx);
        Version x = version(v, ctx.pathParam("n"));
        Extraction.Extracted text = load(x);
        Evaluation e = register.latestEvaluation(x.id());
        List<int[]> spans = new ArrayList<>();
        if (e != null) {
            for (Report.Finding f : register.report(e).findings()) {
                f.evidence().forEach(ev -> spans.add(new int[] {ev.start(), ev.end()}));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        String all = text.text().text();
        java.util.Set<Integer> anchored = new java.util.HashSet<>();
        int marks = 0;
        for (Block b : text.text().blocks()) {
            TreeSet<Integer> cuts = new TreeSet<>(List.of(b.start(), b.end()));
            for (int[] s : spans) {
                if (s[0] < b.end() && s[1] > b.start()) {
                    cuts.add(Math.max(s[0], b.start()));
                    cuts.add(Math.min(s[1], b.end()));
                }
            }
            List<Segment> segments = new ArrayList<>();
            Integer from = null;
            for (int to : cuts) {
                if (from != null && to > from) {
                    int a = from;
                    boolean marked = spans.stream().anyMatch(s -> s[0] <= a && s[1] > a);
                    boolean starts = marked && spans.stream().anyMatch(s -> s[0] == a) && anchored.add(a);
                    segments.add(new Segment(all.substring(a, to), marked, starts ? "e-" + a : null));
                    marks += marked ? 1 : 0;
                }
                from = to;
            }
            boolean heading = b.kind() == Block.Kind.HEADING;
            pieces.add(new Piece(heading, Math.min(6, 1 + Math.max(1, b.headingPath().size())), b.section(), segments));
        }
        views.render(ctx, "snapshot.jte", views.page(ctx, v.name() + ", version " + x.seq(), "portfolio"), "view",
                new TextView(v.name(), Links.vendor(v.name()), x.seq(), x.snapshot(), pieces, marks));
    }

    void diff(Context ctx) throws RegisterException {
        RegisteredVendor v = VendorPages.vendor(register, ctx);
        Version now = version(v, ctx.pathParam("n"));
        if (now.seq() == 1) {
            throw WebError.notFound("version 1 is the first version of " + v.name() + "; there is nothing to compare it with");
        }
        Version before = version(v, String.valueOf(now.seq() - 1));
        Extraction.Extracted a = load(before);
        Extraction.Extracted b = load(now);
        PolicyDiff d = PolicyDiff.of(checker.check(a), a.text(), checker.check(b), b.text());
        PolicyDiff.Score s = d.score();
        String score = s.oldValue() + " (" + grade(s.oldGrade()) + ") → " + s.newValue() + " (" + grade(s.newGrade()) + ")";
        List<StatusLine> findings = d.findings().stream().map(f -> new StatusLine(f.title(), f.severity(),
                f.oldStatus().equals("absent") ? "not evaluated" : Names.status(f.oldStatus()), Names.status(f.newStatus()))).toList();
        views.render(ctx, "diff.jte", views.page(ctx, v.name() + ": version " + before.seq() + " to " + now.seq(), "portfolio"), "view",
                new DiffView(v.name(), Links.vendor(v.name()), now.seq(), score, d.factChangesInWords(), findings, d.sections()));
    }

    private static String grade(String g) {
        return g == null ? "not assessed" : g;
    }

    private Version version(RegisteredVendor v, String n) throws RegisterException {
        int seq;
        try {
            seq = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw WebError.notFound("a version is a number, not " + n);
        }
        return register.versions(v.id()).stream().filter(x -> x.seq() == seq).findFirst()
                .orElseThrow(() -> WebError.notFound(v.name() + " has no version " + seq));
    }

    private Extraction.Extracted load(Version x) {
        try {
            return checker.loadSnapshot(x.snapshot(), ContentType.valueOf(x.contentType()));
        } catch (InputException e) {
            throw WebError.notFound("version " + x.seq() + " cannot be read: " + e.getMessage());
        }
    }
}
