package org.ppcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesLoaderTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws Exception {
        Path p = dir.resolve("rules.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void shippedRulesLoadAndCoverTheRequiredChecks() throws Exception {
        RuleSet rules = RulesLoader.loadDefault();
        assertThat(rules.rules()).extracting(Rule::type)
                .contains("requires-framework", "forbids-location", "requires-retention-period", "flags-field", "requires-disclosure");
        assertThat(rules.rules()).extracting(Rule::id).contains("gdpr-reference", "high-risk-location", "controller-contact");
        assertThat(rules.rules()).filteredOn(r -> r.id().startsWith("art13-")).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void repositoryRulesFileIsTheOneInTheJar() throws Exception {
        Path repoRules = Path.of("rules.yaml");
        try (var in = RulesLoader.class.getResourceAsStream(RulesLoader.DEFAULT_RESOURCE)) {
            assertThat(new String(in.readAllBytes())).isEqualTo(Files.readString(repoRules));
        }
    }

    @Test
    void brokenYamlIsReportedWithLineAndColumn() throws Exception {
        Path p = file("rules:\n  - id: a\n    title: [unclosed\n");
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e ->
                assertThat(e.problems()).singleElement().asString().matches(".*rules\\.yaml:\\d+:\\d+: not valid YAML.*"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPlace() throws Exception {
        Path p = file("""
                rules:
                  - id: one
                    title: First
                    type: requires-disclosure
                    disclosure: rights.acess
                    severity: hgh
                    weight: 5
                  - id: two
                    title: Second
                    type: forbids-location
                    jurisdictions: [CN, XX]
                    severity: high
                    weight: 5
                    colour: red
                """);
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e -> {
            assertThat(e.problems()).anySatisfy(m -> assertThat(m)
                    .contains("rules.yaml:5:17: rules[0].disclosure: unknown disclosure id 'rights.acess' (did you mean 'rights.access'?)"));
            assertThat(e.problems()).anySatisfy(m -> assertThat(m).contains("rules.yaml:6:15: rules[0].severity: must be one of high, medium, low"));
            assertThat(e.problems()).anySatisfy(m -> assertThat(m).contains("rules.yaml:11:25: rules[1].jurisdictions[1]: unknown country code 'XX'"));
            assertThat(e.problems().toString()).doesNotContain("did you mean 'AX'");
            assertThat(e.problems()).anySatisfy(m -> assertThat(m).contains("rules.yaml:14:5: rules[1].colour: unknown key"));
        });
    }

    @Test
    void unknownRuleTypeSuggestsTheClosest() throws Exception {
        Path p = file("rules:\n  - {id: x, title: X, type: requires-framwork, frameworks: [GDPR], severity: low, weight: 1}\n");
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e ->
                assertThat(e.problems()).singleElement().asString().contains("did you mean 'requires-framework'?"));
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> RulesLoader.load(dir.resolve("nope.yaml")))
                .isInstanceOf(RulesException.class).hasMessageContaining("no such rules file");
    }
}
