package org.ppcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.report.Report;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.RulesException;
import org.ppcheck.rules.RulesLoader;

/**
 * Random, truncated and mutated inputs (HTML, Markdown, text, PDF, rules YAML): every one gets a
 * report or a clear error, nothing else escapes, and nothing hangs. Bounded so that CI spends at
 * most a few minutes here.
 */
class HostileInputTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(30);
    private static final PolicyChecker CHECKER = checker();
    private static final List<Path> CORPUS = corpus();

    private static PolicyChecker checker() {
        try {
            return new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
        } catch (RulesException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> corpus() {
        try (var files = Files.list(Path.of("policies-corpus"))) {
            return files.filter(p -> !p.toString().endsWith(".yaml") && !p.getFileName().toString().startsWith("README")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Checks the bytes as a file of that name: a report, or an InputException with a message; nothing else. */
    private static void reportOrClearError(String name, byte[] bytes) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            try {
                Report r = CHECKER.check(Extraction.fromBytes(name, bytes));
                assertThat(r.findings()).isNotEmpty();
                assertThat(r.score().value()).isBetween(0, 100);
                for (Report.Finding f : r.findings()) {
                    for (Report.Evidence e : f.evidence()) {
                        assertThat(e.start()).isLessThanOrEqualTo(e.end());
                    }
                }
            } catch (InputException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        }, name);
    }

    @Property(tries = 600)
    void randomBytesGetAReportOrAClearError(@ForAll @Size(max = 3000) byte[] bytes, @ForAll("names") String name) {
        reportOrClearError(name, bytes);
    }

    @Property(tries = 300)
    void markupSoupGetsAReportOrAClearError(@ForAll("soup") String text, @ForAll("names") String name) {
        reportOrClearError(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 250)
    void mutatedCorpusPoliciesGetAReportOrAClearError(@ForAll("corpusIndex") int index, @ForAll long seed) throws Exception {
        Path file = CORPUS.get(index);
        byte[] mutated = mutate(Files.readAllBytes(file), new Random(seed));
        reportOrClearError(file.getFileName().toString(), mutated);
    }

    @Property(tries = 200)
    void mutatedRulesFilesAreReportedNeverCrash(@ForAll long seed) throws Exception {
        String rules = Files.readString(Path.of("rules.yaml"));
        Path file = Files.createTempFile("rules", ".yaml");
        try {
            Files.write(file, mutate(rules.getBytes(StandardCharsets.UTF_8), new Random(seed)));
            assertTimeoutPreemptively(PER_INPUT, () -> {
                try {
                    RuleSet set = RulesLoader.load(file);
                    assertThat(set.rules()).isNotEmpty();
                } catch (RulesException e) {
                    assertThat(e.problems()).isNotEmpty().allMatch(p -> p.startsWith(file.toString()) && !p.contains("\n"));
                }
            });
        } finally {
            Files.delete(file);
        }
    }

    @Example
    void billionLaughsInARulesFileIsRefusedQuickly() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append("*").append(prev).append("]\n");
            prev = String.valueOf(c);
        }
        yaml.append("rules: *j\n");
        Path file = Files.createTempFile("laughs", ".yaml");
        try {
            Files.writeString(file, yaml);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> RulesLoader.load(file)).isInstanceOf(RulesException.class)
                        .satisfies(e -> assertThat(((RulesException) e).problems()).anyMatch(p -> p.contains("rules")));
            });
        } finally {
            Files.delete(file);
        }
    }

    @Example
    void rulesNestedTooDeeplyAreRefusedWithTheirPlace() throws Exception {
        Path file = Files.createTempFile("deep", ".yaml");
        try {
            Files.writeString(file, "rules: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RulesLoader.load(file)).isInstanceOf(RulesException.class)
                    .satisfies(e -> assertThat(((RulesException) e).problems()).singleElement().asString()
                            .startsWith(file + ":").contains("not valid YAML").contains("nesting depth"));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("p.html", "p.md", "p.txt", "p.pdf", "p");
    }

    @Provide
    Arbitrary<Integer> corpusIndex() {
        return Arbitraries.integers().between(0, CORPUS.size() - 1);
    }

    /** Strings built from the pieces of HTML, Markdown and policy prose, in any order. */
    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> piece = Arbitraries.of("<html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<h2>", "</h2>", "<ul><li>", "</li>",
                "<table><tr><td>", "</td>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "\u0000", "\uFFFF", "\uD800",
                "# ", "## ", "\n", "\n\n", "| a | b |\n|---|---|\n", "- ", "1. ", "**", "[link](x)", "```", "> ",
                "We collect your email address", " and IP address", ". ", "stored in China", " not ", "GDPR", " for 30 days",
                "Last updated: 2024-13-45", "@", "\t", "    ", "日本語", "é");
        return piece.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    /** Truncates, flips bytes, deletes, duplicates or inserts, a few times over. */
    static byte[] mutate(byte[] input, Random random) {
        List<Byte> bytes = new ArrayList<>(input.length);
        for (byte b : input) {
            bytes.add(b);
        }
        int steps = 1 + random.nextInt(6);
        for (int i = 0; i < steps && !bytes.isEmpty(); i++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.subList(at, bytes.size()).clear();
                case 1 -> bytes.set(at, (byte) random.nextInt(256));
                case 2 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(200))).clear();
                case 3 -> bytes.addAll(at, new ArrayList<>(bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(500)))));
                default -> {
                    byte[] junk = new byte[1 + random.nextInt(40)];
                    random.nextBytes(junk);
                    for (int j = 0; j < junk.length; j++) {
                        bytes.add(Math.min(at + j, bytes.size()), junk[j]);
                    }
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
