package org.ppcheck.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Locale;

/**
 * Runs before every request: sets the security headers, finds or starts the browser's session,
 * sends a visitor who has not signed in to the sign-in page (when the app has users), and refuses
 * a POST without the session's CSRF token (403).
 */
final class Guard {
    /** No inline script or style anywhere (the templates cannot hold any, see {@link TemplatePolicy}); nothing may frame the app. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "ppcheck.session";

    private final Sessions sessions;
    private final WebSettings settings;

    Guard(Sessions sessions, WebSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    /** The session of a request that passed the guard. */
    static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** Replaces the request's session (after signing in or out) and sends its cookie. */
    void use(Context ctx, Sessions.Session s) {
        ctx.attribute(SESSION, s);
        ctx.res().addHeader("Set-Cookie", Sessions.cookie(s, secure(ctx)));
    }

    void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        Instant now = settings.clock().instant();
        Sessions.Session s = sessions.find(ctx.cookie(Sessions.COOKIE), now);
        if (s == null) {
            s = sessions.create(now);
            use(ctx, s);
        } else {
            ctx.attribute(SESSION, s);
        }
        if (settings.users() != null && s.user() == null && !isPublic(ctx.path())) {
            if (ctx.path().startsWith("/api/")) {
                throw new WebError(401, "sign in first: POST /login with name and password");
            }
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method().name().equals("POST")) {
            if (ctx.req().getContentLengthLong() > maxRequest(settings)) {
                throw new WebError(413, "the request is over the limit of " + settings.maxUploadText() + " for a policy file");
            }
            String token = ctx.header(CSRF_HEADER);
            if (token == null) {
                token = ctx.formParam(CSRF_FIELD);
            }
            if (!s.csrfMatches(token)) {
                throw new WebError(403, "this form has expired or did not come from this app; reload the page and send it again");
            }
        }
    }

    /** The largest request body: an upload at the limit and the form's other fields. */
    static long maxRequest(WebSettings settings) {
        return settings.maxUpload() + 16 * 1024;
    }

    private static boolean isPublic(String path) {
        return path.equals("/login") || path.startsWith("/static/");
    }

    /** Cookies are Secure on https (directly or behind a proxy that says so) and on the loopback address. */
    private boolean secure(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        return settings.loopback() || ctx.scheme().equals("https") || forwarded != null && forwarded.toLowerCase(Locale.ROOT).equals("https");
    }
}
