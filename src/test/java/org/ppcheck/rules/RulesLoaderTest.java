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
    void aBadWeightInAnOverrideOfABuiltInRuleIsAProblemNotACrash() throws Exception {
        Path p = file("""
                extends: default
                rules:
                  - id: gdpr-reference
                    weight: abc
                """);
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e ->
                assertThat(e.problems()).singleElement().asString().startsWith(p + ":4:").contains("weight"));
    }

    @Test
    void aKeyGivenTwiceIsReportedInsteadOfTheLastOneWinningQuietly() throws Exception {
        Path p = file("""
                rules:
                  - id: one
                    title: First
                    type: requires-disclosure
                    disclosure: rights.access
                    severity: high
                    severity: low
                    weight: 5
                """);
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e ->
                assertThat(e.problems()).singleElement().asString()
                        .endsWith("rules.yaml:7:5: severity: given twice in one mapping (first at line 6); keep one"));
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
    void unknownRuleTypeIsReportedWhereItIsWithTheKnownTypes() throws Exception {
        Path p = file("""
                rules:
                  - id: x
                    title: X
                    type: flags-feild
                    fields: [biometric]
                    severity: low
                    weight: 1
                  - id: y
                    title: Y
                    type: requires-any
                    of:
                      - {type: requires-framework, frameworks: [GDPR]}
                      - {type: requires-recipeint, recipients: [data_brokers]}
                    severity: low
                    weight: 1
                """);
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.problems()).containsExactly(
                p + ":4:11: rules[0].type: unknown rule type 'flags-feild' (did you mean 'flags-field'?); known types: flags-field, "
                        + "flags-framework, forbids-location, max-retention, requires-all, requires-any, requires-disclosure, "
                        + "requires-framework, requires-recipient, requires-retention-period",
                p + ":13:16: rules[1].of[1].type: unknown rule type 'requires-recipeint' (did you mean 'requires-recipient'?); known types: "
                        + "flags-field, flags-framework, forbids-location, max-retention, requires-all, requires-any, requires-disclosure, "
                        + "requires-framework, requires-recipient, requires-retention-period"));
    }

    @Test
    void aTypeTakesOnlyItsOwnKeys() throws Exception {
        Path p = file("rules:\n  - {id: x, title: X, type: requires-framework, frameworks: [GDPR], fields: [health], severity: low, weight: 1}\n");
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.problems()).singleElement()
                .asString().startsWith(p + ":2:69: rules[0].fields: unknown key").endsWith("allowed here: ask, cap, enabled, fix, frameworks, gap, id, "
                        + "profiles, reference, severity, title, type, weight, when, why"));
    }

    @Test
    void versionMustBeOne() throws Exception {
        String rules = "rules: [{id: x, title: X, type: requires-retention-period, severity: low, weight: 1}]\n";
        assertThat(RulesLoader.load(file("version: 1\n" + rules)).rules()).hasSize(1);
        Path p = file("version: 99\n" + rules);
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.problems()).containsExactly(
                p + ":1:10: version: must be 1 (not '99'): this ppcheck reads version 1 of the rules language;"
                        + " write the file with the keys that README.md describes"));
    }

    @Test
    void gradesAndCapsArePlainWords() throws Exception {
        String rule = "  - {id: x, title: X, type: requires-retention-period, severity: low, weight: 1, cap: %s}\n";
        RuleSet plain = RulesLoader.load(file("grades: {A+: 95, A: 90, B-: 70}\nrules:\n" + rule.formatted("B-")));
        assertThat(plain.gradeOrder()).containsExactly("A+", "A", "B-");
        assertThat(plain.rule("x").cap()).isEqualTo("B-");

        Path p = file("grades: {A: 90, \"<b>x</b>\": 80}\nrules:\n" + rule.formatted("\"<b>x</b>\""));
        String notAGrade = "'<b>x</b>' is not a grade: write a plain word of one to four letters, maybe followed by + or - (such as A, B+ or C-)";
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.problems()).containsExactly(
                p + ":1:17: grades.<b>x</b>: " + notAGrade,
                p + ":3:87: rules[0].cap: " + notAGrade));
    }

    @Test
    void maxRetentionTakesAnIsoPeriod() throws Exception {
        String rule = "rules: [{id: keep, title: Keep, type: max-retention, max: %s, severity: low, weight: 1}]\n";
        for (String max : new String[] {"P1Y6M", "P30D", "P2Y", "P2W", "PT48H", "P1DT12H"}) {
            assertThat(RulesLoader.load(file(rule.formatted(max))).rule("keep").describe()).as(max).contains("at most " + org.ppcheck.facts.RetentionPeriod.words(max) + ";");
        }
        Path p = file(rule.formatted("18 months"));
        assertThatThrownBy(() -> RulesLoader.load(p)).isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.problems()).containsExactly(
                p + ":1:59: rules[0].max: must be an ISO-8601 period such as P30D, P6M, P1Y6M, P2Y or PT48H (not '18 months')"));
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> RulesLoader.load(dir.resolve("nope.yaml")))
                .isInstanceOf(RulesException.class).hasMessageContaining("no such rules file");
    }
}
