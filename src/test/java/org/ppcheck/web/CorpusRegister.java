package org.ppcheck.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ppcheck.check.Checker;
import org.ppcheck.compare.Vendors;
import org.ppcheck.register.Recheck;
import org.ppcheck.register.Register;
import org.ppcheck.register.Reviews;

/**
 * A register of four corpus vendors as a team would have it after a while, for the browser tests
 * and the README's screenshots: Lotus Chat AI (data in China, keystroke patterns), Nimbus Ledger
 * (approved, then its policy changed: version 2 needs re-review), BrightFeed (ads, US) and Berg
 * (German, not assessed).
 */
final class CorpusRegister {
    static final String LOTUS = "Lotus Chat AI";
    static final String NIMBUS = "Nimbus Ledger";
    static final String BRIGHTFEED = "BrightFeed";
    static final String BERG = "Berg Datenschutz";
    /** A paragraph of our own that adds a data field to a policy. */
    static final String KEYSTROKES = "<h2>Typing analytics</h2>\n<p>To spot account takeovers we also collect keystroke patterns "
            + "while you type in the sign-in form.</p>\n";

    private CorpusRegister() {
    }

    /** Adds and checks the four vendors; Nimbus Ledger is approved on version 1 and changes in version 2. */
    static void fill(Register reg, Path tmp) throws Exception {
        Path nimbus = Files.copy(Path.of("policies-corpus/nimbus-eu-saas.html"), tmp.resolve("nimbus.html"));
        Instant now = Instant.now();
        reg.add(new Vendors.Vendor(LOTUS, "policies-corpus/lotus-chat-ai.html", List.of("ai", "chat")), now);
        reg.add(new Vendors.Vendor(NIMBUS, nimbus.toAbsolutePath().toString(), List.of("eu", "finance")), now);
        reg.add(new Vendors.Vendor(BRIGHTFEED, "policies-corpus/brightfeed-us-ads.html", List.of("ads")), now);
        reg.add(new Vendors.Vendor(BERG, "policies-corpus/datenschutz-berg.md", List.of("de")), now);
        Recheck recheck = new Recheck(new Checker(WebFixture.settings(tmp)), reg, null, Clock.systemUTC());
        recheck.run(reg.vendors(List.of()), false, o -> { });
        new Reviews(reg).decide(NIMBUS, null, "approve", "dana", "DPA signed; EU hosting confirmed", Instant.now());
        Files.writeString(nimbus, withKeystrokes(Files.readString(nimbus, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        recheck.run(reg.vendors(List.of(NIMBUS)), false, o -> { });
    }

    /** The HTML policy with {@link #KEYSTROKES} added at the end of its article. */
    static String withKeystrokes(String html) {
        int end = html.lastIndexOf("</article>");
        if (end < 0) {
            throw new IllegalArgumentException("the policy has no </article> to add a paragraph to");
        }
        return html.substring(0, end) + KEYSTROKES + html.substring(end);
    }
}
