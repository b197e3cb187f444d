package org.ppcheck.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppcheck.extract.Extraction;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.nlp.TextAnalyzer;
import org.ppcheck.report.CorpusFiles;

/**
 * Each corpus policy yields every fact its expected-facts file lists as present, and none listed as
 * absent; and the same facts without the lexicons' keys, which only save time (a key list that
 * misses a word its pattern needs fails here). Each policy is analyzed once for both.
 */
class CorpusExpectationsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final FactExtractor WITH_KEYS = new FactExtractor(Lexicons.standard());
    private static final FactExtractor WITHOUT_KEYS = new FactExtractor(Lexicons.standard().withoutKeys());

    static Stream<Path> corpus() {
        return CorpusFiles.policies().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    @SuppressWarnings("unchecked")
    void factsMatchExpectationsWithAndWithoutKeys(Path policy) throws Exception {
        Map<String, Object> expected = YAML.readValue(CorpusFiles.expectedFile(policy).toFile(), Map.class);
        AnalyzedDocument doc = new TextAnalyzer().analyze(Extraction.fromFile(policy));
        Facts facts = WITH_KEYS.extract(doc);
        org.assertj.core.api.Assertions.assertThat(WITHOUT_KEYS.extract(doc)).as("facts without keys").isEqualTo(facts);
        Map<String, Set<String>> found = found(facts);
        SoftAssertions soft = new SoftAssertions();
        if (expected.containsKey("language")) {
            soft.assertThat(doc.language()).as("language").isEqualTo(expected.get("language"));
        }
        if (expected.containsKey("lastUpdated")) {
            soft.assertThat(facts.lastUpdated()).as("lastUpdated").isEqualTo(String.valueOf(expected.get("lastUpdated")));
        }
        Map<String, List<String>> present = (Map<String, List<String>>) expected.getOrDefault("present", Map.of());
        Map<String, List<String>> absent = (Map<String, List<String>>) expected.getOrDefault("absent", Map.of());
        present.forEach((facet, ids) -> soft.assertThat(found.get(facet)).as("present " + facet).containsAll(ids == null ? List.of() : ids));
        absent.forEach((facet, ids) -> soft.assertThat(found.get(facet)).as("absent " + facet).doesNotContainAnyElementsOf(ids == null ? List.of() : ids));
        long stated = Stream.of("language", "lastUpdated").filter(expected::containsKey).count()
                + Stream.concat(present.values().stream(), absent.values().stream()).mapToLong(ids -> ids == null ? 0 : ids.size()).sum();
        soft.assertThat(stated).as("expectations stated in " + CorpusFiles.expectedFile(policy).getFileName()).isPositive();
        soft.assertAll();
    }

    private static Map<String, Set<String>> found(Facts f) {
        return Map.of(
                "frameworks", ids(f.frameworks().stream().map(Facts.Fact::id)),
                "dataLocations", ids(f.dataLocations().stream().map(Facts.LocationFact::country)),
                "dataFields", ids(f.dataFields().stream().map(Facts.Fact::id)),
                "recipients", ids(f.recipients().stream().map(Facts.Fact::id)),
                "disclosures", ids(f.disclosures().stream().filter(Facts.Disclosure::present).map(Facts.Disclosure::id)),
                "retentionPeriods", ids(f.retention().stream().map(Facts.RetentionFact::period).filter(p -> p != null)));
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toCollection(TreeSet::new));
    }
}
