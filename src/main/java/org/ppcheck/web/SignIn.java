package org.ppcheck.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Signing in and out, when the app has a users file: names and BCrypt password hashes ({@link Users}). */
final class SignIn {
    private final WebSettings settings;
    private final Sessions sessions;
    private final Guard guard;
    private final Views views;

    SignIn(WebSettings settings, Sessions sessions, Guard guard, Views views) {
        this.settings = settings;
        this.sessions = sessions;
        this.guard = guard;
        this.views = views;
    }

    void form(Context ctx) {
        if (settings.users() == null) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        views.render(ctx, "login.jte", views.page(ctx, "Sign in", ""), "problem", null);
    }

    void submit(Context ctx) {
        if (settings.users() == null) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        String name = ctx.formParam("name");
        if (!settings.users().verify(name == null ? null : name.strip(), ctx.formParam("password"))) {
            ctx.status(401);
            views.render(ctx, "login.jte", views.page(ctx, "Sign in", ""), "problem", "Wrong name or password.");
            return;
        }
        guard.use(ctx, sessions.signIn(Guard.session(ctx), name.strip(), settings.clock().instant()));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        sessions.end(Guard.session(ctx));
        guard.use(ctx, sessions.create(settings.clock().instant()));
        ctx.redirect(settings.users() == null ? "/" : "/login", HttpStatus.SEE_OTHER);
    }
}
