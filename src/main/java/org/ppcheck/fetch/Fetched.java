package org.ppcheck.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One fetched document: the URL asked for, the URL it came from after redirects, the HTTP status
 * (304 when the archived copy was still current), the response headers, the body, and when.
 */
public record Fetched(URI requested, URI finalUri, int status, Map<String, List<String>> headers, byte[] body, Instant fetchedAt) {

    /** The first value of a header, case-insensitively, or null. */
    public String header(String name) {
        return header(headers, name);
    }

    /** The first value of the named header in a header map, case-insensitively, or null. */
    static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** The media type the Content-Type header declares ("text/html"), in lower case, or null. */
    public String mediaType() {
        String type = header("Content-Type");
        return type == null ? null : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the Content-Type header declares, or null. */
    public String charset() {
        String type = header("Content-Type");
        if (type == null) {
            return null;
        }
        for (String part : type.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }
}
