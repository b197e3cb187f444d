package org.ppcheck.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ppcheck.compare.Vendors;
import org.ppcheck.extract.ContentSniffer;
import org.ppcheck.extract.InputException;
import org.ppcheck.extract.ContentType;
import org.ppcheck.extract.Extraction;
import org.ppcheck.util.AtomicFiles;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;

/**
 * "Add vendor": by URL or by uploading a policy file (PDF, HTML, Markdown or text; at most the
 * upload limit; its kind told from its bytes, and kept in the archive's folder of uploads, which
 * becomes the vendor's source; each check archives it as a snapshot too). The first check runs in the background; its progress page reloads itself.
 */
public final class AddVendorPages {
    /** What the form was sent with, shown again with the problem when it cannot be used. */
    public record Form(String name, String url, String tags, String owner, String reviewEvery, String problem, long maxUploadMb) { }

    private final WebSettings settings;
    private final Register register;
    private final Views views;
    private final BackgroundChecks checks;

    AddVendorPages(WebSettings settings, Register register, Views views, BackgroundChecks checks) {
        this.settings = settings;
        this.register = register;
        this.views = views;
        this.checks = checks;
    }

    void form(Context ctx) {
        show(ctx, new Form("", "", "", "", "", null, mb()), 200);
    }

    void submit(Context ctx) throws IOException, RegisterException {
        Form form = new Form(value(ctx, "name"), value(ctx, "url"), value(ctx, "tags"), value(ctx, "owner"), value(ctx, "review_every"), null, mb());
        UploadedFile file = ctx.uploadedFile("file");
        boolean hasFile = file != null && file.size() > 0;
        String problem = null;
        String source = null;
        if (form.name().isEmpty()) {
            problem = "give the vendor a name";
        } else if (hasFile == !form.url().isEmpty()) {
            problem = "give either the policy's URL or a policy file, not both and not neither";
        } else if (hasFile) {
            if (file.size() > settings.maxUpload()) {
                throw new WebError(413, file.filename() + ": the file is over the limit of " + mb() + " MB");
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readNBytes((int) settings.maxUpload() + 1);
            }
            try {
                source = keep(bytes, ContentSniffer.detect(bytes, file.filename())).toString();
            } catch (InputException e) {
                problem = file.filename() + ": " + e.getMessage();
            }
        } else {
            String lower = form.url().toLowerCase(Locale.ROOT);
            if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
                problem = form.url() + ": give an http:// or https:// URL (a homepage is enough)";
            }
            source = form.url();
        }
        java.time.Period every = null;
        if (problem == null && !form.reviewEvery().isEmpty()) {
            try {
                every = Vendors.parsePeriod(form.reviewEvery());
            } catch (IllegalArgumentException e) {
                problem = "review every: " + e.getMessage();
            }
        }
        if (problem != null) {
            show(ctx, withProblem(form, problem), 400);
            return;
        }
        List<String> tags = Arrays.stream(form.tags().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        RegisteredVendor v;
        try {
            v = register.add(new Vendors.Vendor(form.name(), source, tags, form.owner().isEmpty() ? null : form.owner(), every),
                    settings.clock().instant());
        } catch (RegisterException e) {
            if (e.getCause() != null) {
                throw e;
            }
            show(ctx, withProblem(form, e.getMessage()), 400);
            return;
        }
        ctx.redirect("/jobs/" + checks.start(v), HttpStatus.SEE_OTHER);
    }

    /** Checks a vendor in the register again now, as {@code ppcheck recheck NAME} does, showing the progress page. */
    void recheck(Context ctx) throws RegisterException {
        RegisteredVendor v;
        try {
            v = register.vendor(ctx.pathParam("name"));
        } catch (RegisterException e) {
            throw WebError.notFound(e.getMessage());
        }
        ctx.redirect("/jobs/" + checks.start(v), HttpStatus.SEE_OTHER);
    }

    void progress(Context ctx) {
        BackgroundChecks.Job job = checks.job(ctx.pathParam("id"));
        if (job == null) {
            throw WebError.notFound("no such check; checks are kept until the app restarts");
        }
        Page page = views.page(ctx, "Checking " + job.vendor(), "add");
        views.render(ctx, "progress.jte", job.done() ? page : page.refreshing(2), "job", job, "vendorHref", Links.vendor(job.vendor()));
    }

    /**
     * Keeps an uploaded policy in the archive's folder of uploads, named by its hash and with the
     * ending of its kind (so that Markdown is read again as Markdown): the vendor's source is that file.
     */
    private Path keep(byte[] bytes, ContentType type) throws IOException {
        String ending = switch (type) {
            case PDF -> ".pdf";
            case HTML -> ".html";
            case MARKDOWN -> ".md";
            case TEXT -> ".txt";
        };
        Path file = settings.checks().archive().resolve("uploads").resolve(Extraction.sha256(bytes) + ending).toAbsolutePath();
        if (!Files.exists(file)) {
            AtomicFiles.write(file, bytes);
        }
        return file;
    }

    private void show(Context ctx, Form form, int status) {
        ctx.status(status);
        views.render(ctx, "add.jte", views.page(ctx, "Add vendor", "add"), "form", form);
    }

    private static Form withProblem(Form f, String problem) {
        return new Form(f.name(), f.url(), f.tags(), f.owner(), f.reviewEvery(), problem, f.maxUploadMb());
    }

    private long mb() {
        return Math.max(1, settings.maxUpload() / (1024 * 1024));
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
