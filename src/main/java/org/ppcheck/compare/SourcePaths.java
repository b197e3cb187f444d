package org.ppcheck.compare;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.compare.Vendors.Vendor;
import org.ppcheck.report.Report;

/**
 * Sources as shared reports show them: reports are sent to colleagues and vendors, so a local file
 * is named relative to a base folder (the vendor list's folder, or the current directory) and never
 * by an absolute path of the user's machine. URLs and snapshots are shown as they are. A relative
 * path is shown as it is: it is already relative to the current directory, as the user typed it;
 * so showing a shown source again changes nothing.
 */
public final class SourcePaths {
    private static final Pattern SNAPSHOT = Pattern.compile("sha256:[0-9a-f]{64}");

    private SourcePaths() {
    }

    /**
     * The base for the sources of a compare input: a vendor list's folder, or for a folder of
     * policies the folder holding it, so that its files read "policies/acme.html".
     */
    public static Path baseOf(Path vendorsInput) {
        Path parent = vendorsInput.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : currentDirectory();
    }

    /** The current directory, the base of sources that come from no file (the register's vendors). */
    public static Path currentDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * A source as reports show it: an absolute file path relative to {@code base} ("../policies/a.html"
     * when outside it), or its file name alone when no relative path leads there (another drive);
     * anything else unchanged.
     */
    public static String shown(String source, Path base) {
        if (source == null || isUrlOrSnapshot(source)) {
            return source;
        }
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            return source; // not a path of this system, so not one of the user's machine either
        }
        if (!path.isAbsolute()) {
            return source;
        }
        Path normal = path.normalize();
        try {
            String relative = base.toAbsolutePath().normalize().relativize(normal).toString();
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            Path name = normal.getFileName();
            return name == null ? source : name.toString();
        }
    }

    /** The report with its source's location shown relative to {@code base} ({@link #shown(String, Path)}). */
    public static Report shown(Report report, Path base) {
        Report.Source s = report.source();
        String location = shown(s.location(), base);
        if (location.equals(s.location())) {
            return report;
        }
        Report.Source source = new Report.Source(location, s.contentType(), s.sha256(), s.url(), s.finalUrl(), s.fetchedAt(), s.snapshot());
        return new Report(report.schemaVersion(), report.tool(), source, report.document(), report.facts(), report.disclosures(),
                report.findings(), report.score());
    }

    /** The result with the vendor's source and the report's location shown relative to {@code base}. */
    public static Result shown(Result r, Path base) {
        Vendor v = r.vendor();
        Vendor vendor = new Vendor(v.name(), shown(v.source(), base), v.tags(), v.owner(), v.reviewEvery());
        return new Result(vendor, r.report() == null ? null : shown(r.report(), base), r.failure(), r.cause(), r.reused());
    }

    private static boolean isUrlOrSnapshot(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || SNAPSHOT.matcher(source).matches();
    }
}
