package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'ppcheck compare' in a pipeline: --fail-on fails the build only after every report is written and
 * says which vendor and rule did it; an interrupted run says how to resume, and a finished one does not.
 */
class CompareGateTest {
    private static final Path JAR = Path.of("target", "ppcheck.jar");
    private static final String RESUME = "ppcheck: interrupted: run the same command again to resume";

    @TempDir
    Path tmp;

    @Test
    void failOnExitsWithFourAfterWritingEveryReportAndNamesEachVendorAndRule() throws Exception {
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nLotus Chat,%s\nNimbus,%s\n"
                .formatted(corpus("lotus-chat-ai.html"), corpus("nimbus-eu-saas.html")));
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.ppcheck("compare", "--fail-on", "high", "--out", out.toString(), list.toString());

        assertThat(run.exit()).isEqualTo(4);
        for (String f : List.of("report.html", "checklist.xlsx", "comparison.csv", "comparison.md", "vendors/lotus-chat.json", "vendors/nimbus.json")) {
            assertThat(out.resolve(f)).as(f).exists();
        }
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err().lines().filter(l -> l.contains(" rule ")).toList()).containsExactly(
                "ppcheck: Lotus Chat: failed high-severity rule high-risk-location (No personal data in high-risk jurisdictions)",
                "ppcheck: Lotus Chat: failed high-severity rule sensitive-fields (Does not collect keystroke patterns, biometric or health data)",
                "ppcheck: Lotus Chat: failed high-severity rule gdpr-reference (Refers to the GDPR)");
        assertThat(run.err()).doesNotContain("interrupted");

        Cli.Run off = Cli.ppcheck("compare", "--out", out.toString(), list.toString());
        assertThat(off.exit()).as("no gate without --fail-on").isZero();
        assertThat(off.err()).doesNotContain(" rule ");
    }

    @Test
    void aVendorThatCouldNotBeCheckedStillWinsOverTheGate() throws Exception {
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nLotus Chat,%s\nGone,%s\n"
                .formatted(corpus("lotus-chat-ai.html"), tmp.resolve("gone.pdf")));
        Cli.Run run = Cli.ppcheck("compare", "--fail-on", "medium", "--out", tmp.resolve("out").toString(), list.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.SOME_FAILED.code());
        assertThat(run.err()).contains("ppcheck: Lotus Chat: failed high-severity rule high-risk-location",
                "ppcheck: Lotus Chat: failed medium-severity rule retention-period");
    }

    @Test
    void anInterruptedCompareSaysThatTheSameCommandResumesAndAFinishedOneSaysNothing() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.txt"), "We collect your email address and keep it for 30 days. ".repeat(40_000));
        StringBuilder csv = new StringBuilder("name,source\n");
        for (int i = 1; i <= 40; i++) {
            csv.append("Vendor ").append(i).append(',').append(big).append('\n');
        }
        Path list = Files.writeString(tmp.resolve("vendors.csv"), csv);
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "compare", "--jobs", "1", "--out", out.toString(), list.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        for (int waited = 0; !Files.exists(out.resolve("run.json")) && p.isAlive() && waited < 600; waited++) {
            Thread.sleep(100); // run.json is written once the vendors are being checked
        }
        assertThat(p.isAlive()).as("still checking 40 large policies").isTrue();
        interrupt(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isIn(130, 143);
        assertThat(Files.readString(err, StandardCharsets.UTF_8).lines()).containsExactly(RESUME
                + "; the vendors checked so far are kept in " + out.resolve("vendors"));

        Path small = Files.writeString(tmp.resolve("small.csv"), "name,source\nTiny," + corpus("tiny-vague.txt") + "\n");
        Process finished = new ProcessBuilder("java", "-jar", JAR.toString(), "compare", "--out", tmp.resolve("small").toString(), small.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(finished.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(finished.exitValue()).isZero();
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("1 vendors").doesNotContain("interrupted");
    }

    /** Ctrl-C: SIGINT where {@code kill} is there to send it, else the SIGTERM of {@link Process#destroy()}. */
    private static void interrupt(Process p) throws Exception {
        try {
            if (new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor() == 0) {
                return;
            }
        } catch (java.io.IOException e) {
            // no kill command: terminate instead
        }
        p.destroy();
    }

    private static String corpus(String name) {
        return Path.of("policies-corpus", name).toAbsolutePath().toString();
    }
}
