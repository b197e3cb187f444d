package org.ppcheck.compare;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A link that opens the live policy page at a quote: the page's URL with a text fragment
 * ({@code #:~:text=}, see the WICG "Text Fragments" spec). A short quote is matched whole; a long
 * one by its first and last few words ({@code textStart,textEnd}), which survives small
 * differences in the middle (line breaks, markup) between the page and ppcheck's extracted text.
 * Only http and https pages get a link: a policy's URL is data, and could be {@code javascript:}.
 */
final class TextFragment {
    /** A quote up to this many words is matched whole. */
    private static final int WHOLE = 10;
    /** A longer quote is matched by this many words at each end. */
    private static final int ENDS = 5;

    private TextFragment() {
    }

    /** The page's URL without its own fragment, for an http(s) URL with a host; null otherwise. */
    static String page(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            int hash = uri.toString().indexOf('#');
            return hash < 0 ? uri.toString() : uri.toString().substring(0, hash);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The link to {@code quote} on the page at {@code url}, or null when the URL is not http(s) or
     * the quote is blank. A table row, which ppcheck quotes with its cells joined by " | ", is
     * matched from its first cell to its last: a browser matches each end within one cell, and
     * the bars are not on the page.
     */
    static String link(String url, String quote) {
        String page = page(url);
        List<List<String>> cells = quote == null ? List.of() : Arrays.stream(quote.split("(?:\\s+\\|)+\\s+")).map(TextFragment::words)
                .filter(w -> !w.isEmpty()).toList();
        if (page == null || cells.isEmpty()) {
            return null;
        }
        List<String> first = cells.get(0);
        List<String> last = cells.get(cells.size() - 1);
        String directive;
        if (cells.size() == 1 && first.size() <= WHOLE) {
            directive = encode(String.join(" ", first));
        } else {
            directive = encode(String.join(" ", first.subList(0, Math.min(ENDS, first.size())))) + ","
                    + encode(String.join(" ", last.subList(Math.max(0, last.size() - ENDS), last.size())));
        }
        return page + "#:~:text=" + directive;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Percent-encodes as JavaScript's encodeURIComponent does, and also {@code -}, {@code &} and
     * {@code ,}, which the text directive uses as its own delimiters.
     */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.!~*'()".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
