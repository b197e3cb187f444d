package org.ppcheck.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ppcheck.register.Decision;
import org.ppcheck.register.Evaluation;
import org.ppcheck.register.Event;
import org.ppcheck.register.EventJson;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.register.Reviews;
import org.ppcheck.register.VendorStatus;
import org.ppcheck.register.Version;

/**
 * The read-only JSON API under {@code /api}, described by {@code /api/openapi.json} (the resource
 * openapi.json beside this class): vendors, versions, reports, events and decisions. Events have the
 * shape of {@code history --format json} and webhooks; reports that of {@code check --format json}.
 */
final class Api {
    private static final int MAX_EVENTS = 1000;
    private final ObjectMapper json = Pages.json();
    private final Register register;
    private final java.time.Clock clock;

    Api(Register register, java.time.Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    void routes(RoutesConfig routes) {
        routes.get("/api/openapi.json", this::openApi);
        routes.get("/api/vendors", this::vendors);
        routes.get("/api/vendors/{name}", this::vendor);
        routes.get("/api/vendors/{name}/versions", this::versions);
        routes.get("/api/vendors/{name}/versions/{n}/report", this::report);
        routes.get("/api/vendors/{name}/events", this::vendorEvents);
        routes.get("/api/vendors/{name}/decisions", this::decisions);
        routes.get("/api/events", this::events);
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private void vendors(Context ctx) throws RegisterException {
        ArrayNode list = json.createArrayNode();
        for (VendorStatus s : new Reviews(register).statuses(today())) {
            list.add(status(s));
        }
        send(ctx, list);
    }

    private void vendor(Context ctx) throws RegisterException {
        RegisteredVendor v = VendorPages.vendor(register, ctx);
        VendorStatus s = new Reviews(register).statuses(today()).stream().filter(x -> x.vendor().id() == v.id()).findFirst().orElseThrow();
        send(ctx, status(s));
    }

    private ObjectNode status(VendorStatus s) {
        RegisteredVendor v = s.vendor();
        ObjectNode n = json.createObjectNode().put("name", v.name()).put("source", v.source());
        n.set("tags", json.valueToTree(v.tags()));
        n.put("owner", v.owner()).put("reviewEvery", v.reviewEvery() == null ? null : v.reviewEvery().toString())
                .put("latestVersion", s.latestVersion()).put("score", s.score()).put("grade", s.grade()).put("failedHigh", s.failedHigh())
                .put("versions", s.versions()).put("reviewStatus", s.reviewStatus())
                .put("nextReview", s.nextReview() == null ? null : s.nextReview().toString()).put("due", s.due())
                .put("lastChecked", v.lastCheckedAt() == null ? null : v.lastCheckedAt().toString())
                .put("lastChanged", s.lastChanged() == null ? null : s.lastChanged().toString()).put("lastFailure", v.lastFailure());
        return n;
    }

    private void versions(Context ctx) throws RegisterException {
        RegisteredVendor v = VendorPages.vendor(register, ctx);
        ArrayNode list = json.createArrayNode();
        for (Version x : register.versions(v.id())) {
            Evaluation e = register.latestEvaluation(x.id());
            ObjectNode n = list.addObject().put("version", x.seq()).put("snapshot", x.snapshot()).put("contentType", x.contentType())
                    .put("url", x.url()).put("finalUrl", x.finalUrl()).put("fetchedAt", x.fetchedAt().toString())
                    .put("recordedAt", x.recordedAt().toString());
            n.put("score", e == null ? null : e.score()).put("grade", e == null ? null : e.grade());
        }
        send(ctx, list);
    }

    private void report(Context ctx) throws RegisterException {
        RegisteredVendor v = VendorPages.vendor(register, ctx);
        String n = ctx.pathParam("n");
        Version x = register.versions(v.id()).stream().filter(y -> String.valueOf(y.seq()).equals(n)).findFirst()
                .orElseThrow(() -> WebError.notFound(v.name() + " has no version " + n));
        Evaluation e = register.latestEvaluation(x.id());
        if (e == null) {
            throw WebError.notFound("version " + n + " of " + v.name() + " has not been evaluated");
        }
        send(ctx, json.valueToTree(register.report(e)));
    }

    private void vendorEvents(Context ctx) throws RegisterException {
        sendEvents(ctx, register.events(VendorPages.vendor(register, ctx), limit(ctx)));
    }

    private void events(Context ctx) throws RegisterException {
        sendEvents(ctx, register.events(null, limit(ctx)));
    }

    private void sendEvents(Context ctx, List<Event> events) {
        ArrayNode list = json.createArrayNode();
        events.forEach(e -> list.add(EventJson.of(e)));
        send(ctx, list);
    }

    private void decisions(Context ctx) throws RegisterException {
        RegisteredVendor v = VendorPages.vendor(register, ctx);
        Reviews reviews = new Reviews(register);
        ObjectNode root = json.createObjectNode();
        ArrayNode inForce = root.putArray("inForce");
        reviews.decisions(v).forEach(d -> decision(inForce.addObject(), d).put("reReview", d.reReview()));
        ArrayNode history = root.putArray("history");
        reviews.history(v).forEach(d -> decision(history.addObject(), d));
        send(ctx, root);
    }

    private static ObjectNode decision(ObjectNode n, Decision d) {
        return n.put("rule", d.rule()).put("decision", d.decision()).put("by", d.by()).put("at", d.at().toString()).put("note", d.note())
                .put("version", d.versionSeq());
    }

    private static int limit(Context ctx) {
        String l = ctx.queryParam("limit");
        try {
            return l == null ? 100 : Math.max(1, Math.min(MAX_EVENTS, Integer.parseInt(l)));
        } catch (NumberFormatException e) {
            throw WebError.badRequest("limit must be a number from 1 to " + MAX_EVENTS);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private void send(Context ctx, com.fasterxml.jackson.databind.JsonNode node) {
        ctx.contentType("application/json").result(node.toString());
    }
}
