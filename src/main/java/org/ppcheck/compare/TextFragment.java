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

    /** The link to {@code quote} on the page at {@code url}, or null when the URL is not http(s) or the quote is blank. */
    static String link(String url, String quote) {
        String page = page(url);
        List<String> words = quote == null ? List.of() : Arrays.stream(quote.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (page == null || words.isEmpty()) {
            return null;
        }
        String directive = words.size() <= WHOLE ? encode(String.join(" ", words))
                : encode(String.join(" ", words.subList(0, ENDS))) + "," + encode(String.join(" ", words.subList(words.size() - ENDS, words.size())));
        return page + "#:~:text=" + directive;
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
