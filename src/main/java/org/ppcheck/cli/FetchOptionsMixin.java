package org.ppcheck.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.ppcheck.extract.Extraction;
import org.ppcheck.fetch.Archive;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.fetch.FetchOptions;
import org.ppcheck.fetch.HttpFetcher;
import org.ppcheck.fetch.PolicyFinder;
import org.ppcheck.report.ReportBuilder;
import picocli.CommandLine.Option;

/** The options of commands that take URLs, and the one fetcher and policy finder they share. */
final class FetchOptionsMixin {
    @Option(names = "--archive", paramLabel = "DIR",
            description = "keep every fetched document here, content-addressed (default: ~/.cache/ppcheck/archive)")
    Path archive;

    @Option(names = "--ignore-robots", description = "fetch even what robots.txt disallows for ppcheck")
    boolean ignoreRobots;

    @Option(names = "--render", description = "render pages that need JavaScript with headless Chromium (if installed)")
    boolean render;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "longest wait for one response (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "largest document accepted (default: ${DEFAULT-VALUE} MB)")
    int maxSizeMb;

    @Option(names = "--rate-limit", paramLabel = "MS", defaultValue = "1000",
            description = "least time between two requests to one host (default: ${DEFAULT-VALUE} ms)")
    int rateLimitMs;

    private PolicyFinder finder;

    static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    Path archiveDir() {
        return archive != null ? archive : Path.of(System.getProperty("user.home"), ".cache", "ppcheck", "archive");
    }

    /** The policy at or linked from the URL, fetched, archived and extracted; its location is the URL asked for. */
    Extraction.Extracted fetchPolicy(String url) throws FetchException {
        PolicyFinder.Found found = finder().find(uri(url));
        var doc = found.document();
        var e = found.extracted(); // never null: a page without readable text is not taken for a policy
        String snapshot = found.snapshot() == null ? null : "sha256:" + found.snapshot();
        return new Extraction.Extracted(url, e.contentType(), e.sha256(), e.text(),
                new Extraction.Origin(url, doc.finalUri().toString(), doc.fetchedAt().toString(), snapshot));
    }

    PolicyFinder.Found find(String url) throws FetchException {
        return finder().find(uri(url));
    }

    private static URI uri(String url) throws FetchException {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.FAILED, "not a valid URL: " + url + " (" + e.getMessage() + ")");
        }
    }

    private synchronized PolicyFinder finder() {
        if (finder == null) {
            FetchOptions options = FetchOptions.defaults().withReadTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withMaxBytes((long) maxSizeMb * 1024 * 1024).withIgnoreRobots(ignoreRobots)
                    .withPacing(Duration.ofSeconds(1), Duration.ofMillis(rateLimitMs));
            finder = new PolicyFinder(new HttpFetcher(options, ReportBuilder.VERSION), new Archive(archiveDir()), render);
        }
        return finder;
    }

    /** The exit code for a URL that gave no policy. */
    static ExitCode exitFor(FetchException e) {
        return e.kind() == FetchException.Kind.NO_POLICY ? ExitCode.NO_POLICY : ExitCode.FETCH_FAILED;
    }
}
