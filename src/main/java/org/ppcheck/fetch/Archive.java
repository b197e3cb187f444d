package org.ppcheck.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppcheck.extract.Extraction;
import org.ppcheck.util.AtomicFiles;

/**
 * Every fetched document, stored by the SHA-256 of its bytes ({@code objects/ab/abcd...}), and
 * for every URL asked for, the metadata of its last fetch ({@code urls/<sha256 of the URL>.json}:
 * URL asked, final URL, status, headers, fetched-at, the snapshot's hash). Both are written
 * atomically, the object first, so a crash never leaves an entry without its object. A re-check
 * sends the entry's ETag and Last-Modified, and a 304 answer is served from the archive.
 */
public final class Archive {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What the archive knows of one URL. */
    public record Entry(String url, String finalUrl, int status, Map<String, List<String>> headers, String fetchedAt, String sha256) { }

    private final Path root;

    public Archive(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Stores a fetched document and its metadata; returns the snapshot's hash. */
    public String store(Fetched f) throws IOException {
        String sha = storeObject(f.body());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        f.headers().forEach((k, v) -> {
            if (!k.equals(":status")) {
                headers.put(k, v);
            }
        });
        Entry entry = new Entry(f.requested().toString(), f.finalUri().toString(), f.status(), headers, f.fetchedAt().toString(), sha);
        AtomicFiles.write(entryPath(f.requested()), JSON.writeValueAsString(entry));
        return sha;
    }

    /** Stores a document's bytes (a fetched page or a policy file) unless they are there already; returns their hash. */
    public String storeObject(byte[] bytes) throws IOException {
        String sha = Extraction.sha256(bytes);
        Path object = object(sha);
        if (!Files.exists(object)) {
            AtomicFiles.write(object, bytes);
        }
        return sha;
    }

    /** The last fetch of the URL, or null when it was never archived (or its object is gone). */
    public Entry entry(URI url) {
        Path p = entryPath(url);
        if (!Files.exists(p)) {
            return null;
        }
        try {
            Entry e = JSON.readValue(p.toFile(), Entry.class);
            return Files.exists(object(e.sha256())) ? e : null;
        } catch (IOException e) {
            return null; // an unreadable entry is as good as none: fetch afresh
        }
    }

    /** The headers that make a re-fetch conditional on the archived copy. */
    public static Map<String, String> conditional(Entry e) {
        Map<String, String> h = new LinkedHashMap<>();
        if (e == null) {
            return h;
        }
        String etag = Fetched.header(e.headers(), "ETag");
        String modified = Fetched.header(e.headers(), "Last-Modified");
        if (etag != null) {
            h.put("If-None-Match", etag);
        }
        if (modified != null) {
            h.put("If-Modified-Since", modified);
        }
        return h;
    }

    /** The archived copy as a fetched document, for a 304 answer: the old body and headers, the new time. */
    public Fetched revive(Entry e, URI requested) throws IOException {
        return new Fetched(requested, URI.create(e.finalUrl()), 304, e.headers(), Files.readAllBytes(object(e.sha256())), Instant.now());
    }

    /** Where the snapshot with this hash is stored. */
    public Path object(String sha256) {
        return root.resolve("objects").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path entryPath(URI url) {
        return root.resolve("urls").resolve(Extraction.sha256(url.toString().getBytes(StandardCharsets.UTF_8)) + ".json");
    }
}
