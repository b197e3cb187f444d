package org.ppcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A policy written to attack the people who read its reports: its heading clears the terminal and
 * prints a fake score, hides a link (OSC 8), sets the clipboard (OSC 52), rings the bell, uses a C1
 * control and a right-to-left override; its China sentence, which the high-risk-location rule
 * quotes as evidence, carries a {@code javascript:} link, a tracking image and a script tag.
 */
public final class HostilePolicy {
    public static final String ESC = "\u001b";
    public static final String FAKE_SCORE = "Grade A, score 100 of 100";
    public static final String JS_LINK = "[our partners](javascript:alert(1))";
    public static final String TRACKING_IMAGE = "![](http://tracker.example/p.gif)";
    public static final String SCRIPT = "<script>alert(2)</script>";
    public static final String HEADING = "<script>alert(1)</script> [Where](javascript:alert(1)) "
            + ESC + "[2J" + ESC + "[H" + FAKE_SCORE + " " + ESC + "]8;;http://evil.example/" + ESC + "\\click" + ESC + "]8;;" + ESC + "\\ "
            + ESC + "]52;c;ZWNobyBoaQ==\u0007 \u202eevil\u202c \u009b31m";
    public static final String EVIDENCE = "We store your personal data on servers in China " + JS_LINK + " " + TRACKING_IMAGE + " " + SCRIPT
            + " " + ESC + "[31mred" + ESC + "[0m.";

    private HostilePolicy() {
    }

    /** The policy as an HTML file in dir. */
    public static Path write(Path dir) throws IOException {
        return Files.writeString(dir.resolve("hostile.html"), "<!DOCTYPE html><html><head><title>Privacy Policy</title></head><body>\n"
                + "<h1>Privacy Policy</h1>\n<h2>" + html(HEADING) + "</h2>\n<p>" + html(EVIDENCE) + "</p>\n"
                + "<p>We collect your email address and name.</p>\n</body></html>\n");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
