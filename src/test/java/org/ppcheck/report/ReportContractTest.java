package org.ppcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.facts.Vocabulary;
import org.ppcheck.rules.RulesLoader;
import org.ppcheck.util.MarkdownText;

/** Every corpus policy's report follows report.schema.json, in JSON, text and Markdown alike. */
class ReportContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;
    private static PolicyChecker checker;
    /** Each policy is checked once for the class. */
    private static final java.util.Map<Path, Report> REPORTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Report report(Path policy) {
        return REPORTS.computeIfAbsent(policy, p -> {
            try {
                return checker.check(p);
            } catch (org.ppcheck.extract.InputException e) {
                throw new AssertionError(p + " unreadable", e);
            }
        });
    }

    @BeforeAll
    static void setUp() throws Exception {
        try (InputStream in = ReportContractTest.class.getResourceAsStream("/org/ppcheck/report/report.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        checker = new PolicyChecker(RulesLoader.loadDefault());
    }

    static Stream<Path> corpus() {
        return CorpusFiles.policies().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void jsonReportIsSchemaValidAndEvidencePointsIntoTheText(Path policy) throws Exception {
        Report report = report(policy);
        JsonNode json = JSON.readTree(Format.JSON.render(report));
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("disclosures").findValuesAsText("id")).containsExactlyElementsOf(Vocabulary.disclosures());
        assertThat(json.at("/source/location").asText()).isEqualTo(policy.toString());
        for (JsonNode ev : json.findValues("evidence")) {
            for (JsonNode e : ev) {
                assertThat(e.get("end").asInt() - e.get("start").asInt()).isEqualTo(e.get("text").asText().length());
                assertThat(e.get("end").asInt()).isLessThanOrEqualTo(json.at("/document/characters").asInt());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void textAndMarkdownQuoteEveryFailedFindingsEvidence(Path policy) throws Exception {
        Report report = report(policy);
        String text = Format.TEXT.render(report);
        String md = Format.MD.render(report);
        assertThat(text).contains(report.score().assessed() ? "Grade " + report.score().grade() + ", score " + report.score().value()
                + " of 100" : "not assessed: " + report.score().notAssessed());
        for (Report.Finding f : report.failed()) {
            assertThat(text).contains(f.title(), "[" + f.severity().toUpperCase(java.util.Locale.ROOT) + "] " + KeyFacts.gap(f));
            for (Report.Evidence e : f.evidence()) {
                String firstWords = e.text().split("\\s+", 4).length > 3
                        ? String.join(" ", java.util.Arrays.copyOf(e.text().split("\\s+"), 3)) : e.text();
                assertThat(text.replaceAll("\\s+> ", " ").replaceAll("\\s+", " ")).contains(firstWords.replaceAll("\\s+", " "));
            }
            assertThat(md).contains(MarkdownText.escape(f.title()) + ": ");
        }
    }
}
