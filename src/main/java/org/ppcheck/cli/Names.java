package org.ppcheck.cli;

import java.net.URI;

/** File names for the reports of inputs that are not files. */
final class Names {
    private Names() {
    }

    /** "https://acme.example/legal/privacy?x=1" becomes "acme.example_legal_privacy_x_1". */
    static String forUrl(String url) {
        String rest = url.replaceFirst("(?i)^https?://", "");
        try {
            URI u = URI.create(url);
            rest = u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            // not a well-formed URL: use the text as it is
        }
        String name = rest.replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "url" : name.length() > 120 ? name.substring(0, 120) : name;
    }
}
