package org.ppcheck.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ppcheck.register.Decision;
import org.ppcheck.register.Evaluation;
import org.ppcheck.register.Event;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.register.Reviews;
import org.ppcheck.register.Version;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/** A vendor's page: key facts, failed findings with quoted evidence, the timeline, and the decision forms; and recording a decision. */
public final class VendorPages {
    /** The decisions as the forms offer them: "pending" first, so that sending a form unchanged approves nothing. */
    static final java.util.List<String> FORM_ORDER = java.util.List.of("pending", "approve", "approve-with-conditions", "reject");

    private static final int EVENTS = 500;

    /** A quote of evidence and where the snapshot viewer shows it. */
    public record Quote(String text, String section, String href) { }

    /** A failed finding with its gap, fix, ask and quotes, and the decision in force on its rule (or null). */
    public record Failed(String rule, String title, String severity, String gap, String message, String fix, String ask, List<Quote> quotes,
                         Decision decision) { }

    /** One entry of the timeline: when, what, and a link (a diff or a version's text), or null. */
    public record Moment(Instant at, String what, String text, String href, String linkText) {
        public String time() {
            return at.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }

    /** The vendor page. */
    public record View(RegisteredVendor vendor, String href, boolean sourceIsWeb, Integer latestVersion, String grade, String capReason,
                       KeyFacts facts, List<Failed> failed, List<Moment> timeline, Decision overall, List<Decision> inForce,
                       List<String> rules, List<String> decisionValues) { }

    private final WebSettings settings;
    private final Register register;
    private final Views views;

    VendorPages(WebSettings settings, Register register, Views views) {
        this.settings = settings;
        this.register = register;
        this.views = views;
    }

    /** The vendor a path names; 404 (with the nearest name) when there is none. */
    static RegisteredVendor vendor(Register register, Context ctx) throws RegisterException {
        try {
            return register.vendor(ctx.pathParam("name"));
        } catch (RegisterException e) {
            if (e.getCause() != null) {
                throw e;
            }
            throw WebError.notFound(e.getMessage());
        }
    }

    void vendor(Context ctx) throws RegisterException {
        RegisteredVendor v = vendor(register, ctx);
        List<Version> versions = register.versions(v.id());
        Version latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Evaluation evaluation = latest == null ? null : register.latestEvaluation(latest.id());
        Report report = evaluation == null ? null : register.report(evaluation);
        List<Decision> inForce = new Reviews(register).decisions(v);
        List<Failed> failed = new ArrayList<>();
        if (report != null) {
            for (Report.Finding f : report.failed()) {
                List<Quote> quotes = f.evidence().stream()
                        .map(e -> new Quote(e.text(), e.section(), Links.snapshot(v.name(), latest.seq(), e.start()))).toList();
                Decision d = inForce.stream().filter(x -> f.rule().equals(x.rule())).findFirst().orElse(null);
                failed.add(new Failed(f.rule(), f.title(), f.severity(), KeyFacts.gap(f), f.message(), f.fix(), f.ask(), quotes, d));
            }
        }
        List<String> rules = report == null ? List.of() : report.findings().stream().map(Report.Finding::rule).toList();
        Decision overall = inForce.stream().filter(d -> d.rule() == null).findFirst().orElse(null);
        String source = v.source().toLowerCase(java.util.Locale.ROOT);
        View view = new View(v, Links.vendor(v.name()), source.startsWith("https://") || source.startsWith("http://"),
                latest == null ? null : latest.seq(), report == null ? null : KeyFacts.grade(report), report == null ? null : KeyFacts.capReason(report),
                report == null ? null : KeyFacts.of(report), failed, timeline(v, versions), overall, inForce, rules, FORM_ORDER);
        views.render(ctx, "vendor.jte", views.page(ctx, v.name(), "portfolio"), "view", view);
    }

    private List<Moment> timeline(RegisteredVendor v, List<Version> versions) throws RegisterException {
        List<Moment> out = new ArrayList<>();
        for (Version x : versions) {
            Evaluation e = register.latestEvaluation(x.id());
            out.add(new Moment(x.recordedAt(), "version " + x.seq(), e == null ? "not evaluated" : "grade " + e.grade() + " (score " + e.score() + ")",
                    Links.vendor(v.name()) + "/versions/" + x.seq() + "/text", "read version " + x.seq()));
        }
        for (Event e : register.events(v, EVENTS)) {
            boolean change = e.kind() == Event.Kind.POLICY_CHANGED && e.versionSeq() != null;
            out.add(new Moment(e.at(), e.kind().label(), e.summary(), change ? Links.diff(v.name(), e.versionSeq()) : null,
                    change ? "what changed in version " + e.versionSeq() : null));
        }
        for (Decision d : new Reviews(register).history(v)) {
            out.add(new Moment(d.at(), "decision" + (d.rule() == null ? "" : " on " + d.rule()),
                    d.decision() + " by " + d.by() + " on version " + d.versionSeq() + (d.note().isEmpty() ? "" : ": " + d.note()), null, null));
        }
        out.sort(Comparator.comparing(Moment::at).reversed());
        return out;
    }

    /** Records a decision from the vendor page, by the signed-in user or, without sign-in, the local user; then shows the page again. */
    void decide(Context ctx) throws RegisterException {
        RegisteredVendor v = vendor(register, ctx);
        String rule = ctx.formParam("rule");
        String decision = ctx.formParam("decision");
        String note = ctx.formParam("note");
        Sessions.Session s = Guard.session(ctx);
        String by = s.user() != null ? s.user() : settings.localUser();
        try {
            new Reviews(register).decide(v.name(), rule == null || rule.isBlank() ? null : rule.strip(), decision == null ? "" : decision, by,
                    note == null ? "" : note.strip(), settings.clock().instant());
        } catch (RegisterException e) {
            if (e.getCause() != null) {
                throw e;
            }
            throw WebError.badRequest(e.getMessage());
        }
        ctx.redirect(Links.vendor(v.name()) + "#decisions", HttpStatus.SEE_OTHER);
    }
}
