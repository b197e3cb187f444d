package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.fetch.Chromium;

/**
 * 'ppcheck compare' and 'ppcheck diff' as a user runs them; the HTML report opened in headless
 * Chromium. Four vendors are compared once for the class.
 */
class CompareCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path vendors;
    private static Path out;
    private static Cli.Run run;

    @BeforeAll
    static void compareFourVendors() throws Exception {
        vendors = Files.writeString(shared.resolve("vendors.yaml"), """
                vendors:
                  - {name: Lotus Chat, source: %s, tags: [ai, chat]}
                  - {name: Nimbus, source: %s, tags: [saas]}
                  - {name: Tiny, source: %s}
                  - {name: Gone Ltd, source: %s}
                """.formatted(abs("lotus-chat-ai.html"), abs("nimbus-eu-saas.html"), abs("tiny-vague.txt"), shared.resolve("gone.pdf")));
        out = shared.resolve("out");
        run = Cli.ppcheck("compare", "--out", out.toString(), "--jobs", "2", vendors.toString());
    }

    @Test
    void comparingVendorsWritesEveryReportListsTheFailedOneAndExitsFive() {
        assertThat(run.exit()).isEqualTo(5);
        assertThat(run.out().lines().toList()).hasSize(4).first().asString().contains("Nimbus");
        assertThat(run.err()).contains("Gone Ltd (" + shared.resolve("gone.pdf") + "): no such file");
        for (String f : List.of("report.html", "checklist.xlsx", "comparison.csv", "comparison.md", "vendors/lotus-chat.json", "vendors/nimbus.json")) {
            assertThat(out.resolve(f)).as(f).exists();
        }
        assertThat(out.resolve("vendors/gone-ltd.json")).doesNotExist();

    }

    @Test
    void aSecondRunReusesTheReportsOfTheFirst() {
        assertThat(run.err()).contains("0 from an earlier run");
        Cli.Run second = Cli.ppcheck("compare", "--out", out.toString(), vendors.toString());
        assertThat(second.exit()).isEqualTo(5);
        assertThat(second.err()).contains("3 from an earlier run");
    }

    @Test
    void aVendorOverTheTimeBudgetFailsWithItsReasonAndTheOthersFinish() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.txt"), "We collect your email address and keep it for 30 days. ".repeat(60_000));
        Path vendors = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nEndless,%s\nTiny,%s\n"
                .formatted(big, abs("tiny-vague.txt")));
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.ppcheck("compare", "--out", out.toString(), "--jobs", "1", "--time-budget", "0.5", vendors.toString());
        assertThat(run.exit()).isEqualTo(5);
        assertThat(run.err()).contains("Endless (" + big + "): took longer than the time budget of 500 ms and was stopped (see --time-budget)");
        assertThat(run.out()).contains("Tiny").contains("failed: took longer than the time budget");
        assertThat(out.resolve("vendors/tiny.json")).exists();
        assertThat(out.resolve("vendors/endless.json")).doesNotExist();
        assertThat(Cli.batchThreads()).as("no thread outlives the run").isEmpty();
    }

    @Test
    void comparingAFolderTwiceIntoAnOutputFolderInsideItNeverTakesItsOwnReportsForVendors() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("policies"));
        Files.copy(Path.of("policies-corpus", "tiny-vague.txt"), folder.resolve("tiny-vague.txt"));
        Files.copy(Path.of("policies-corpus", "careful-negations.md"), folder.resolve("careful-negations.md"));
        Path own = folder.resolve("comparison");
        Cli.Run first = Cli.ppcheck("compare", "--out", own.toString(), folder.toString());
        Cli.Run second = Cli.ppcheck("compare", "--out", own.toString(), folder.toString());
        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(second.out().lines().toList()).hasSize(2).noneMatch(l -> l.contains("report") || l.contains("comparison"));
        assertThat(second.err()).contains(own + ": skipped: the output folder of this run", "2 vendors (2 from an earlier run");
    }

    @Test
    void aFifoOrADeviceAsAVendorSourceFailsThatVendorAtOnceAndTheOthersFinish() throws Exception {
        Path fifo = tmp.resolve("pipe.html");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nPipe," + fifo + "\nZero,/dev/zero\nTiny,"
                + abs("tiny-vague.txt") + "\n");
        Cli.Run run = Cli.ppcheck("compare", "--out", tmp.resolve("out").toString(), list.toString());
        assertThat(run.exit()).isEqualTo(5);
        assertThat(run.err()).contains("Pipe (" + fifo + "): is not a regular file", "Zero (/dev/zero): is not a regular file");
        assertThat(run.out()).contains("Tiny");
    }

    @Test
    void aRunIntoAFolderAnotherRunHoldsIsRefused() throws Exception {
        Path out = tmp.resolve("busy");
        try (org.ppcheck.check.OutputLock held = org.ppcheck.check.OutputLock.take(out)) {
            Cli.Run run = Cli.ppcheck("compare", "--out", out.toString(), vendors.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().lines().toList()).containsExactly("ppcheck: " + out
                    + " is in use by another ppcheck run; wait for it to finish or choose another output folder");
        }
    }

    @Test
    void theHtmlReportShowsEveryVendorInChromium() throws Exception {
        Path chromium = Chromium.find();
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"),
                "--dump-dom", out.resolve("report.html").toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dom).contains("Lotus Chat", "Nimbus", "Gone Ltd", "Could not be checked")
                .contains("No personal data in high-risk jurisdictions")
                .contains("stored on servers located in the People's Republic of China".substring(0, 20));
    }

    @Test
    void diffShowsWhatAGdprSectionAdded() throws Exception {
        Path v1 = Path.of("policies-corpus", "tiny-vague.txt");
        Path v2 = Files.writeString(tmp.resolve("tiny-v2.md"), "# Privacy\n\n" + Files.readString(v1)
                + "\n\n## Your rights under the GDPR\n\nUnder the GDPR you have the right to access and delete your personal data.\n");
        Cli.Run run = Cli.ppcheck("diff", v1.toString(), v2.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("added: the GDPR", "gdpr-reference", "Your rights under the GDPR (added)");
        Cli.Run json = Cli.ppcheck("diff", "--format", "json", v1.toString(), v2.toString());
        assertThat(json.out()).contains("\"new\" : \"" + v2 + "\"");
        Cli.Run bad = Cli.ppcheck("diff", v1.toString(), tmp.resolve("nope.txt").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("no such file");
    }

    private static String abs(String corpusFile) {
        return Path.of("policies-corpus", corpusFile).toAbsolutePath().toString();
    }
}
