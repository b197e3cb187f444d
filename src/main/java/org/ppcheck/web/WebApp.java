package org.ppcheck.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;

/**
 * The web app of {@code ppcheck serve}: the register's pages, forms and JSON API on Javalin (Jetty).
 * {@link #start} listens on the settings' address with an open register (the caller's, closed by
 * the caller after the app); {@link #port} is the port it got; {@link #close} stops the server and
 * the background checks. Handlers read the request, call the
 * application layer once and render a template.
 */
public final class WebApp implements AutoCloseable {
    private static final Set<String> STATIC_FILES = Set.of("app.css");

    private final WebSettings settings;
    private final Register register;
    private final Javalin javalin;
    private final BackgroundChecks checks;

    private WebApp(WebSettings settings, Register register) {
        this.settings = settings;
        this.register = register;
        this.checks = new BackgroundChecks(settings, register);
        Views views = new Views(settings.users() != null);
        Sessions sessions = new Sessions();
        Guard guard = new Guard(sessions, settings);
        Pages pages = new Pages(settings, register, views);
        VendorPages vendorPages = new VendorPages(settings, register, views);
        VersionPages versionPages = new VersionPages(register, views, checks.checker());
        AddVendorPages add = new AddVendorPages(settings, register, views, checks);
        Api api = new Api(register, settings.clock());
        ComparePages compare = new ComparePages(register, views);
        SignIn signIn = new SignIn(settings, sessions, guard, views);
        this.javalin = Javalin.create(config -> {
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            // Jetty's own limits sit above the app's, which are checked first and answered with a 413 page (see Guard)
            config.jetty.multipartConfig.maxFileSize(Guard.maxRequest(settings), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(Guard.maxRequest(settings), io.javalin.config.SizeUnit.BYTES);
            config.http.maxRequestSize = Guard.maxRequest(settings);
            config.startup.showJavalinBanner = false;
            var routes = config.routes;
            routes.before(guard::before);
            routes.get("/static/{file}", WebApp::staticFile);
            routes.get("/login", signIn::form);
            routes.post("/login", signIn::submit);
            routes.post("/logout", signIn::signOut);
            routes.get("/", pages::portfolio);
            routes.get("/changes", pages::changes);
            routes.get("/feed.xml", pages::feed);
            routes.get("/snapshots/{hex}", pages::snapshotFile);
            routes.get("/rules", pages::rules);
            routes.get("/compare", compare::matrix);
            routes.get("/compare/{file}", compare::download);
            routes.get("/vendors/new", add::form);
            routes.post("/vendors/new", add::submit);
            routes.get("/jobs/{id}", add::progress);
            routes.get("/vendors/{name}", vendorPages::vendor);
            routes.post("/vendors/{name}/decisions", vendorPages::decide);
            routes.post("/vendors/{name}/recheck", add::recheck);
            routes.get("/vendors/{name}/versions/{n}/text", versionPages::snapshot);
            routes.get("/vendors/{name}/versions/{n}/diff", versionPages::diff);
            api.routes(routes);
            routes.exception(WebError.class, (e, ctx) -> pages.error(ctx, e.status(), e.getMessage()));
            routes.exception(RegisterException.class, (e, ctx) -> pages.error(ctx, 500, e.getMessage()));
            routes.exception(Exception.class, (e, ctx) -> {
                if (isRefusedUpload(e)) {
                    // a body sent without its length (chunked) is stopped by Jetty at the limit, as a bad multipart
                    pages.error(ctx, 413, "the upload was refused: it is over the limit of " + settings.maxUploadText()
                            + " for a policy file, or not a complete form; send a smaller file");
                } else {
                    pages.error(ctx, 500, "internal error: " + e);
                }
            });
            routes.error(404, ctx -> {
                if (ctx.attribute(Pages.ERROR_SHOWN) == null) {
                    pages.error(ctx, 404, "no page at " + ctx.path() + "; start from the portfolio");
                }
            });
        });
    }

    /** Whether an exception is Jetty refusing a request body: over the size limit, or a form it cannot read. */
    private static boolean isRefusedUpload(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts the app on a register; the caller closes the app, then the register. For a test or a
     * browser test: {@code WebApp.start(WebSettings.local(0, checkSettings), Register.open(file))}
     * listens on a free loopback port, {@link #url()} says where.
     *
     * @throws IllegalStateException (from Jetty) when the address cannot be listened on
     */
    public static WebApp start(WebSettings settings, Register register) {
        WebApp app = new WebApp(settings, register);
        app.javalin.start();
        return app;
    }

    /** The port the app listens on. */
    public int port() {
        return javalin.port();
    }

    /** The app's base URL, such as {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + host + ":" + port();
    }

    /** The settings the app runs with. */
    public WebSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        javalin.stop();
        checks.close();
    }

    private static void staticFile(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        if (!STATIC_FILES.contains(name)) {
            throw WebError.notFound("no static file " + name);
        }
        try (InputStream in = WebApp.class.getResourceAsStream("static/" + name)) {
            ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        }
    }
}
