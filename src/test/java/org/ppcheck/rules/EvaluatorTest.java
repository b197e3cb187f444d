package org.ppcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Policies;

class EvaluatorTest {
    @TempDir
    Path dir;

    private RuleSet rules() throws Exception {
        Path p = dir.resolve("rules.yaml");
        Files.writeString(p, """
                grades: {A: 90, B: 75, C: 50}
                jurisdictions:
                  risky: [CN, RU]
                rules:
                  - {id: gdpr, title: Refers to the GDPR, type: requires-framework, frameworks: [GDPR], severity: high, weight: 6}
                  - {id: place, title: No risky places, type: forbids-location, jurisdictions: risky, severity: high, weight: 2}
                  - {id: keep, title: Retention period, type: requires-retention-period, severity: medium, weight: 1}
                  - {id: bio, title: No biometrics, type: flags-field, fields: [biometric, keystroke_patterns], severity: low, weight: 1}
                """);
        return RulesLoader.load(p);
    }

    @Test
    void scoreIsThePassedShareOfWeightAndGradeFollowsThresholds() throws Exception {
        Facts facts = Policies.facts("""
                We comply with the GDPR.
                Your data is stored on servers in the People's Republic of China.
                We keep data as long as necessary.
                """);
        Evaluator.Result result = new Evaluator(rules()).evaluate(facts, java.util.List.of(), 3);
        assertThat(result.findings()).extracting(Finding::rule, Finding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gdpr", Finding.Status.PASS),
                org.assertj.core.groups.Tuple.tuple("place", Finding.Status.FAIL),
                org.assertj.core.groups.Tuple.tuple("keep", Finding.Status.FAIL),
                org.assertj.core.groups.Tuple.tuple("bio", Finding.Status.PASS));
        assertThat(result.score().value()).isEqualTo(70); // (6 + 1) of 10
        assertThat(result.score().grade()).isEqualTo("C");
    }

    @Test
    void failedFindingsQuoteTheirEvidenceOrSayWhatWasSearched() throws Exception {
        Facts facts = Policies.facts("We collect keystroke patterns to detect bots. Data is kept as long as needed.");
        Evaluator.Result result = new Evaluator(rules()).evaluate(facts, java.util.List.of("Intro", "Data"), 2);
        Finding bio = result.findings().stream().filter(f -> f.rule().equals("bio")).findFirst().orElseThrow();
        assertThat(bio.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(bio.message()).contains("keystroke patterns");
        assertThat(bio.evidence()).singleElement().satisfies(e -> assertThat(e.text()).contains("keystroke patterns"));
        Finding gdpr = result.findings().get(0);
        assertThat(gdpr.message()).contains("never names the GDPR", "searched all 2 sentences under the sections Intro; Data");
        assertThat(result.score().value()).isEqualTo(20); // only the 2 of "place" pass, of 10
        assertThat(result.score().grade()).isEqualTo("F");
    }

    @Test
    void severityFactorsWeighThePointsAndAFailedCapLowersTheGrade() throws Exception {
        Path p = dir.resolve("scored.yaml");
        Files.writeString(p, """
                grades: {A: 90, B: 75, C: 50}
                scoring:
                  severity-factors: {high: 3, medium: 2, low: 1}
                rules:
                  - {id: gdpr, title: Refers to the GDPR, type: requires-framework, frameworks: [GDPR], severity: high, weight: 10}
                  - {id: bio, title: No biometrics, type: flags-field, fields: [biometric], severity: low, weight: 2, cap: C}
                """);
        Facts facts = Policies.facts("We comply with the GDPR. We collect your fingerprints and other biometric data to unlock the app.");
        Evaluator.Result result = new Evaluator(RulesLoader.load(p)).evaluate(facts, java.util.List.of(), 1);
        assertThat(result.score().possiblePoints()).isEqualTo(32); // 10 x 3 + 2 x 1
        assertThat(result.score().earnedPoints()).isEqualTo(30);
        assertThat(result.score().value()).isEqualTo(94);
        assertThat(result.score().grade()).as("A by points, capped at C by the failed rule").isEqualTo("C");
        assertThat(result.score().cappedBy()).containsExactly("bio");
        assertThat(result.score().breakdown()).extracting(Score.Line::possible).containsExactly(30, 2);
    }
}
