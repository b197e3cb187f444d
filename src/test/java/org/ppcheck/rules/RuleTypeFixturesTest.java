package org.ppcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.report.Report;
import org.ppcheck.rules.internal.RuleTypes;

/**
 * One folder per rule type (and for {@code when} and {@code extends}) under
 * {@code src/test/resources/rule-fixtures}: a policy, a rules file, and the expected findings
 * (status, and words the message, the first evidence and the severity must contain; or
 * {@code absent} for a rule that must not run).
 */
class RuleTypeFixturesTest {

    static Path root() throws URISyntaxException {
        return Path.of(RuleTypeFixturesTest.class.getResource("/rule-fixtures").toURI());
    }

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void everyRuleTypeHasAFixture() throws Exception {
        assertThat(fixtures().map(p -> p.getFileName().toString())).containsAll(RuleTypes.names());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @SuppressWarnings("unchecked")
    void findingsMatchTheExpectation(Path fixture) throws Exception {
        Map<String, Map<String, Object>> expected = new ObjectMapper(new YAMLFactory())
                .readValue(fixture.resolve("expected.yaml").toFile(), Map.class);
        RuleSet rules = RulesLoader.load(fixture.resolve("rules.yaml")).select(List.of());
        Report report = new PolicyChecker(rules).check(fixture.resolve("policy.md"));
        expected.forEach((rule, want) -> {
            var found = report.findings().stream().filter(f -> f.rule().equals(rule)).findFirst();
            if (Boolean.TRUE.equals(want.get("absent"))) {
                assertThat(found).as(rule).isEmpty();
                return;
            }
            assertThat(found).as(rule).isPresent();
            Report.Finding f = found.get();
            assertThat(f.status()).as(rule + ": " + f.message()).isEqualTo(want.get("status"));
            if (want.containsKey("message")) {
                assertThat(f.message()).as(rule).contains((String) want.get("message"));
            }
            if (want.containsKey("evidence")) {
                assertThat(f.evidence()).as(rule).isNotEmpty();
                assertThat(f.evidence().get(0).text()).as(rule).contains((String) want.get("evidence"));
            }
            if (want.containsKey("severity")) {
                assertThat(f.severity()).as(rule).isEqualTo(want.get("severity"));
            }
            if (f.status().equals("fail")) {
                assertThat(f.evidence().isEmpty() ? f.message() : "quotes evidence").as(rule + ": a failure quotes evidence or says where it looked")
                        .containsAnyOf("quotes evidence", "searched", "vague");
            }
        });
    }
}
