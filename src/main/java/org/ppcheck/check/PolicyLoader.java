package org.ppcheck.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ppcheck.extract.ContentType;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.extract.Limits;
import org.ppcheck.fetch.Archive;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.fetch.FetchOptions;
import org.ppcheck.fetch.HttpFetcher;
import org.ppcheck.fetch.PolicyFinder;
import org.ppcheck.report.ReportBuilder;

/**
 * Turns a {@link PolicySource} into extracted text with its provenance, in one place: a file is
 * read, a URL's policy is found (from its links if need be) and archived, a snapshot is taken from
 * the archive. All URLs share one fetcher, so its per-host pacing and robots.txt cache hold across
 * a run. Safe for use by many threads.
 */
public final class PolicyLoader {
    private final Limits limits;
    private final FetchOptions fetch;
    private final Path archive;
    private final boolean render;
    private PolicyFinder finder;

    /** A loader reading within {@code limits}, fetching with {@code fetch}, archiving in {@code archive}; {@code render} uses Chromium. */
    public PolicyLoader(Limits limits, FetchOptions fetch, Path archive, boolean render) {
        this.limits = limits;
        this.fetch = fetch;
        this.archive = archive;
        this.render = render;
    }

    /** The policy a source names, read and extracted. */
    public Extraction.Extracted load(PolicySource source) throws InputException, FetchException {
        return switch (source.kind()) {
            case FILE -> Extraction.fromFile(Path.of(source.location()), limits);
            case URL -> fetchPolicy(source.location());
            case SNAPSHOT -> snapshot(source.location(), null);
        };
    }

    /**
     * The policy a source names, as {@link #load} reads it, with its document kept in the archive
     * whatever the source: a file's bytes are archived too, so that every version the register
     * records can be read again. The origin names the snapshot.
     */
    public Extraction.Extracted loadArchived(PolicySource source) throws InputException, FetchException {
        if (source.kind() != PolicySource.Kind.FILE) {
            return load(source); // fetched documents and snapshots are in the archive already
        }
        byte[] bytes = Extraction.readFile(Path.of(source.location()), limits);
        String sha;
        try {
            sha = new Archive(archive).storeObject(bytes);
        } catch (IOException e) {
            throw new InputException("cannot be kept in the archive " + archive + " (" + e.getMessage() + "); check --archive", e);
        }
        return Extraction.fromBytes(source.location(), bytes, null, null,
                new Extraction.Origin(null, null, java.time.Instant.now().toString(), "sha256:" + sha), limits);
    }

    /** Finds and archives the policy at or linked from a URL, without extracting more than finding needs. */
    public PolicyFinder.Found find(String url) throws FetchException {
        return finder().find(uri(url));
    }

    private Extraction.Extracted fetchPolicy(String url) throws FetchException {
        PolicyFinder.Found found = find(url);
        var doc = found.document();
        var e = found.extracted(); // never null: a page without readable text is not taken for a policy
        String snapshot = found.snapshot() == null ? null : "sha256:" + found.snapshot();
        return new Extraction.Extracted(url, e.contentType(), e.sha256(), e.text(),
                new Extraction.Origin(url, doc.finalUri().toString(), doc.fetchedAt().toString(), snapshot));
    }

    /**
     * A snapshot of the archive, read as the kind of document it was when it was recorded
     * ({@code type}; null to tell from its bytes), so that Markdown is not read again as plain text.
     */
    public Extraction.Extracted snapshot(String name, ContentType type) throws InputException {
        Path object = new Archive(archive).object(name.substring("sha256:".length()));
        if (!Files.exists(object)) {
            throw new InputException("no snapshot " + name + " in the archive " + archive + "; check --archive");
        }
        try {
            return Extraction.fromBytes(name, Files.readAllBytes(object), null, type == null ? null : type.mediaType(), null, limits);
        } catch (IOException e) {
            throw new InputException("the snapshot " + name + " cannot be read (" + e.getMessage() + ")", e);
        }
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
            finder = new PolicyFinder(new HttpFetcher(fetch, ReportBuilder.VERSION), new Archive(archive),
                    render, limits);
        }
        return finder;
    }
}
