package org.ppcheck.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.compare.Vendors;
import org.ppcheck.register.Recheck;
import org.ppcheck.register.Register;

/** A register with two checked vendors, one whose name and policy carry script, for the app's tests. */
final class WebFixture {
    /** A vendor name that is markup. */
    static final String EVIL_NAME = "Evil <img src=x onerror=alert(1)> <script>alert('name')</script>";
    /** A policy whose text carries script and markup in the sentences quoted as evidence. */
    static final String EVIL_POLICY = """
            Privacy Policy <script>alert('policy')</script>

            We collect your name, email address and health data <script>alert('evidence')</script>.

            All personal data is stored on servers in China <img src=x onerror=alert(2)>.

            We keep your data for 2 years.
            """;
    static final String PLAIN_POLICY = """
            # Privacy Policy of Quill Notes

            Quill Notes Ltd, Dublin, is the controller of your personal data under the GDPR. Contact privacy@quill.example.

            ## What we collect

            We collect your name and your email address.

            ## How long we keep data

            We keep your account data for 2 years after you close your account.
            """;

    private WebFixture() {
    }

    static CheckSettings settings(Path tmp) throws Exception {
        return CheckSettings.defaults(RulesChoice.load(null, List.of())).withJobs(1).withArchive(tmp.resolve("archive"));
    }

    /** Adds the two vendors to the register and checks them. */
    static void fill(Register reg, Path tmp) throws Exception {
        Path evil = Files.writeString(tmp.resolve("evil.txt"), EVIL_POLICY);
        Path plain = Files.writeString(tmp.resolve("quill.md"), PLAIN_POLICY);
        reg.add(new Vendors.Vendor(EVIL_NAME, evil.toString(), List.of("ads")), java.time.Instant.now());
        reg.add(new Vendors.Vendor("Quill Notes", plain.toString(), List.of("eu")), java.time.Instant.now());
        new Recheck(new Checker(settings(tmp)), reg, null, Clock.systemUTC()).run(reg.vendors(List.of()), false, o -> { });
    }
}
