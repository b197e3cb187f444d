package org.ppcheck.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ppcheck.fetch.Archive;
import org.ppcheck.register.AtomFeed;
import org.ppcheck.register.Event;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.rules.RuleSet;

/** The register-wide pages: portfolio, changes and their feed, rules, archived snapshots and the error page. */
public final class Pages {
    private static final int CHANGES = 200;
    /** Set on a request whose error page was rendered, so that the status's own handler leaves it. */
    static final String ERROR_SHOWN = "ppcheck.errorShown";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event of the changes page, with the page of its vendor and, for a change, of its diff. */
    public record Change(Instant at, String vendor, String vendorHref, String kind, String summary, String diffHref) {
        public String time() {
            return at.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }

    private final WebSettings settings;
    private final Register register;
    private final Views views;
    private final Portfolio portfolio;

    Pages(WebSettings settings, Register register, Views views) {
        this.settings = settings;
        this.register = register;
        this.views = views;
        Set<String> highRisk = settings.checks().rules().rules().jurisdictions().getOrDefault("high-risk", Set.of());
        this.portfolio = new Portfolio(highRisk);
    }

    /** The portfolio of every vendor; also what {@code bench serve} times. */
    void portfolio(Context ctx) throws RegisterException {
        Portfolio.Query q = new Portfolio.Query(ctx.queryParam("q"), ctx.queryParam("tag"), ctx.queryParam("grade"), ctx.queryParam("status"),
                ctx.queryParam("sort"));
        Portfolio.View view = portfolio.view(register, q, LocalDate.now(settings.clock().withZone(ZoneOffset.UTC)));
        views.render(ctx, "portfolio.jte", views.page(ctx, "Portfolio", "portfolio"), "view", view);
    }

    void changes(Context ctx) throws RegisterException {
        List<Change> changes = new ArrayList<>();
        for (Event e : register.events(null, CHANGES)) {
            boolean isChange = e.kind() == Event.Kind.POLICY_CHANGED && e.versionSeq() != null;
            changes.add(new Change(e.at(), e.vendor(), Links.vendor(e.vendor()), e.kind().label(), e.summary(),
                    isChange ? Links.diff(e.vendor(), e.versionSeq()) : null));
        }
        views.render(ctx, "changes.jte", views.page(ctx, "Changes", "changes"), "changes", changes);
    }

    void feed(Context ctx) throws RegisterException {
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(AtomFeed.write(register.id(), null, register.events(null, CHANGES), base, settings.clock().instant()));
    }

    /** An archived document as it was fetched, as a download: it is hostile input, never shown as a page of the app. */
    void snapshotFile(Context ctx) throws IOException {
        String hex = ctx.pathParam("hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw WebError.notFound("a snapshot is named by 64 hex digits");
        }
        Path object = new Archive(settings.checks().archive()).object(hex);
        if (!Files.exists(object)) {
            throw WebError.notFound("no snapshot sha256:" + hex + " in the archive " + settings.checks().archive());
        }
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("Content-Disposition", "attachment; filename=\"snapshot-" + hex.substring(0, 16) + "\"");
        ctx.contentType("application/octet-stream").result(Files.readAllBytes(object));
    }

    void rules(Context ctx) {
        RuleSet rules = settings.checks().rules().rules();
        views.render(ctx, "rules.jte", views.page(ctx, "Rules", "rules"), "rules", rules, "profileNames",
                settings.checks().rules().profileNames());
    }

    /** The error page (or, under /api/, a JSON object) with the status and the reason. */
    void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_SHOWN, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json").result(JSON.createObjectNode().put("status", status).put("error", message).toString());
            return;
        }
        String title = switch (status) {
            case 400 -> "Cannot do that";
            case 401 -> "Sign in first";
            case 403 -> "Refused";
            case 404 -> "Not found";
            case 413 -> "Too large";
            default -> "Something went wrong";
        };
        views.render(ctx, "error.jte", views.page(ctx, title, ""), "status", status, "message", message);
    }

    /** The JSON mapper of the API's answers. */
    static ObjectMapper json() {
        return JSON;
    }
}
