package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.ppcheck.check.PolicySource;
import org.junit.jupiter.api.io.TempDir;

/** 'ppcheck check' as a user runs it, checking exit codes and what goes to stdout and stderr. */
class CheckCommandTest {
    private static final Path CORPUS = Path.of("policies-corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Cli.Run ppcheck(String... args) {
        return Cli.ppcheck(args);
    }

    private static long corpusPolicies() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(PolicySource::hasPolicyExtension).filter(p -> !p.getFileName().toString().startsWith("README")).count();
        }
    }

    @Test
    void checksEveryPolicyOfTheCorpusToStdout() throws Exception {
        Cli.Run run = ppcheck("check", CORPUS.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(l -> l.startsWith("ppcheck ") && l.contains(" · policies-corpus/")).count())
                .isEqualTo(corpusPolicies());
        assertThat(run.out()).contains("lotus-chat-ai.html", "Personal data goes to a place on the high-risk list: the policy says it stores data in China",
                "People's Republic of China", "Failed findings");
    }

    @Test
    void writesOneJsonReportPerInputNamedAfterIt() throws Exception {
        Path dir = tmp.resolve("reports");
        Cli.Run run = ppcheck("check", "--format", "json", "--output-dir", dir.toString(), CORPUS.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("lotus-chat-ai.html.json")).exists();
        assertThat(dir.resolve("vitalis-health.pdf.json")).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(corpusPolicies());
        }
        JsonNode lotus = JSON.readTree(dir.resolve("lotus-chat-ai.html.json").toFile());
        assertThat(lotus.at("/schemaVersion").asInt()).isEqualTo(1);
        assertThat(lotus.at("/facts/dataLocations/0/country").asText()).isEqualTo("CN");
        assertThat(run.err()).contains("wrote " + dir.resolve("lotus-chat-ai.html.json"));
    }

    @Test
    void badInputsGetOneLineEachAndTheGoodOneStillGetsItsReport() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.html"));
        Path binary = Files.write(tmp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path corrupt = Files.writeString(tmp.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage", StandardCharsets.US_ASCII);
        Path encrypted = encryptedPdf(tmp.resolve("locked.pdf"));
        Path missing = tmp.resolve("nowhere.md");
        Path good = CORPUS.resolve("tiny-vague.txt");
        Cli.Run run = ppcheck("check", empty.toString(), binary.toString(), corrupt.toString(), encrypted.toString(),
                missing.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("tiny-vague.txt", "Grade ");
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("ppcheck: "));
        assertThat(errors.get(0)).contains("empty.html", "empty");
        assertThat(errors.get(1)).contains("image.txt", "binary");
        assertThat(errors.get(2)).contains("broken.pdf", "damaged");
        assertThat(errors.get(3)).contains("locked.pdf", "encrypted");
        assertThat(errors.get(4)).contains("nowhere.md", "no such file");
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void verboseShowsTheStackTraceOfAnError() throws Exception {
        Path corrupt = Files.writeString(tmp.resolve("broken.pdf"), "%PDF-1.7\ngarbage");
        Cli.Run run = ppcheck("check", "--verbose", corrupt.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() throws Exception {
        Cli.Run run = ppcheck("check", "--colour", CORPUS.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains("ppcheck: ", "--colour", "--help");
    }

    @Test
    void missingPathArgumentAndMissingCommandAreUsageErrors() throws Exception {
        assertThat(ppcheck("check").exit()).isEqualTo(2);
        assertThat(ppcheck().exit()).isEqualTo(2);
        Cli.Run bad = ppcheck("check", "--format", "xml", CORPUS.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown format 'xml'");
    }

    @Test
    void brokenRulesFileStopsBeforeAnyPolicyWithLineAndColumn() throws Exception {
        Path rules = Files.writeString(tmp.resolve("my-rules.yaml"), """
                rules:
                  - id: x
                    title: X
                    type: requires-disclosure
                    disclosure: dpo
                    severity: critical
                    weight: 1
                """);
        Cli.Run run = ppcheck("check", "--rules", rules.toString(), CORPUS.resolve("tiny-vague.txt").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("my-rules.yaml:6:15: rules[0].severity: must be one of high, medium, low");
    }

    @Test
    void failOnSeverityExitsWithFourOnlyWhenSuchAFindingFails() throws Exception {
        Path lotus = CORPUS.resolve("lotus-chat-ai.html");
        Cli.Run gated = ppcheck("check", "--fail-on", "high", lotus.toString(), CORPUS.resolve("nimbus-eu-saas.html").toString());
        assertThat(gated.exit()).isEqualTo(4);
        assertThat(gated.err().lines().toList()).as("each policy and rule that tripped the gate, one line each").containsExactly(
                "ppcheck: " + lotus + ": failed high-severity rule high-risk-location (No personal data in high-risk jurisdictions)",
                "ppcheck: " + lotus + ": failed high-severity rule sensitive-fields (Does not collect keystroke patterns, biometric or health data)",
                "ppcheck: " + lotus + ": failed high-severity rule gdpr-reference (Refers to the GDPR)");
        assertThat(ppcheck("check", lotus.toString()).exit()).isZero();
        Path rules = Files.writeString(tmp.resolve("lenient.yaml"), """
                rules:
                  - {id: contact, title: Contact, type: requires-disclosure, disclosure: controller.contact, severity: high, weight: 1}
                  - {id: dpo, title: DPO, type: requires-disclosure, disclosure: dpo, severity: low, weight: 1}
                """);
        assertThat(ppcheck("check", "--rules", rules.toString(), "--fail-on", "high", lotus.toString()).exit()).isZero();
        Cli.Run low = ppcheck("check", "--rules", rules.toString(), "--fail-on", "low", lotus.toString());
        assertThat(low.exit()).isEqualTo(4);
        assertThat(low.err()).isEqualTo("ppcheck: " + lotus + ": failed low-severity rule dpo (DPO)" + System.lineSeparator());
    }

    @Test
    void markdownReportIsWrittenWithItsExtension() throws Exception {
        Cli.Run run = ppcheck("check", "--format", "md", "--output-dir", tmp.toString(), CORPUS.resolve("harbor-retail.txt").toString());
        assertThat(run.exit()).isZero();
        String md = Files.readString(tmp.resolve("harbor-retail.txt.md"));
        assertThat(md).startsWith("# Privacy policy check: ").contains("## Facts", "## All findings");
    }

    @Test
    void directoryWithoutPoliciesIsReported() throws Exception {
        Files.writeString(tmp.resolve("notes.csv"), "a,b");
        Cli.Run run = ppcheck("check", tmp.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no policy files");
    }

    @Test
    void limitsAndTheTimeBudgetGiveClearErrorsAndTheOtherInputsStillGetReports() throws Exception {
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "We collect your email address and keep it for 30 days. ".repeat(60_000)); // 3.3 MB
        Path tiny = CORPUS.resolve("tiny-vague.txt");
        Cli.Run slow = ppcheck("check", "--time-budget", "0.5", "--jobs", "2", big.toString(), tiny.toString());
        assertThat(slow.exit()).isEqualTo(2);
        assertThat(slow.err()).contains(big + ": took longer than the time budget of 500 ms and was stopped (see --time-budget)");
        assertThat(slow.out()).contains("tiny-vague.txt");
        assertThat(Cli.batchThreads()).as("the stopped policy's thread ended with the run").isEmpty();

        Cli.Run large = ppcheck("check", "--max-input-size", "1", big.toString(), tiny.toString());
        assertThat(large.exit()).isEqualTo(2);
        assertThat(large.err()).contains(big + ": is 3 MB, over the limit of 1 MB (see --max-input-size)");
        assertThat(large.out()).contains("tiny-vague.txt");

        Cli.Run pages = ppcheck("check", "--max-pdf-pages", "2", CORPUS.resolve("quarry-fintech.pdf").toString());
        assertThat(pages.exit()).isEqualTo(2);
        assertThat(pages.err()).contains("the PDF has 4 pages, over the limit of 2 (see --max-pdf-pages)");
    }

    @Test
    void entriesOfAFolderThatAreNoRegularFilesInsideItAreSkippedAndSaidSo() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CORPUS.resolve("tiny-vague.txt"), folder.resolve("tiny.txt"));
        Files.createSymbolicLink(folder.resolve("gone.md"), tmp.resolve("nowhere.md"));
        Path outside = Files.writeString(tmp.resolve("outside.md"), "# Privacy\n\nWe collect your email address.\n");
        Files.createSymbolicLink(folder.resolve("outside.md"), outside);
        boolean fifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start().waitFor() == 0;
        Cli.Run run = ppcheck("check", folder.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("tiny.txt").doesNotContain("outside.md");
        assertThat(run.err()).contains(folder.resolve("gone.md") + ": skipped: a link that leads nowhere",
                folder.resolve("outside.md") + ": skipped: a link to " + outside.toRealPath() + ", outside the folder");
        if (fifo) {
            assertThat(run.err()).contains(folder.resolve("pipe.txt") + ": skipped: not a regular file (a FIFO, device or socket)");
        }
    }

    @Test
    void aLongRunWithoutSpacesFinishesWithinTheBudgetAndLeavesNoThread() throws Exception {
        Path dots = Files.writeString(tmp.resolve("dots.txt"), "Privacy policy. We collect your email address. " + "x.".repeat(150_000));
        Cli.Run run = ppcheck("check", "--time-budget", "20", "--format", "json", dots.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).at("/facts/dataFields/0/id").asText()).isEqualTo("email");
        assertThat(Cli.batchThreads()).isEmpty();
    }

    @Test
    void severalInputsCheckedInParallelComeOutInTheOrderGiven() throws Exception {
        Cli.Run run = ppcheck("check", "--jobs", "2", "--format", "json", CORPUS.toString());
        assertThat(run.exit()).isZero();
        JsonNode reports = JSON.readTree(run.out());
        List<String> locations = new java.util.ArrayList<>();
        reports.forEach(r -> locations.add(r.at("/source/location").asText()));
        assertThat(locations).hasSize((int) corpusPolicies()).isSorted();
    }

    private static Path encryptedPdf(Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(target.toFile());
        }
        return target;
    }
}
