package org.ppcheck.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders the precompiled jte templates (src/main/jte): no template is compiled while the app runs. */
final class Views {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final boolean auth;

    Views(boolean auth) {
        this.auth = auth;
    }

    /** The frame of a page for this request. */
    Page page(Context ctx, String title, String section) {
        Sessions.Session s = Guard.session(ctx);
        return new Page(title, section, s == null ? null : s.user(), s == null ? "" : s.csrf(), auth, 0);
    }

    /** Renders {@code template} ("portfolio.jte") with the page frame and the named values, as the response. */
    void render(Context ctx, String template, Page page, Object... namesAndValues) {
        ctx.contentType("text/html; charset=utf-8").result(render(template, page, namesAndValues));
    }

    /** Renders {@code template} to text. */
    String render(String template, Page page, Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        StringOutput out = new StringOutput(64 * 1024);
        engine.render(template, params, out);
        return out.toString();
    }
}
