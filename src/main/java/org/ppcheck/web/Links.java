package org.ppcheck.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The app's addresses, built in one place: a vendor's name is URL-encoded into a path segment. */
final class Links {
    private Links() {
    }

    /** A name as one path segment: every reserved character encoded, a space as %20. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String vendor(String name) {
        return "/vendors/" + segment(name);
    }

    static String snapshot(String name, int version, int evidenceStart) {
        return vendor(name) + "/versions/" + version + "/text#e-" + evidenceStart;
    }

    static String diff(String name, int version) {
        return vendor(name) + "/versions/" + version + "/diff";
    }
}
