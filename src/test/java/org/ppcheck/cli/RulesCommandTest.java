package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules language from the command line: validation, listing, explanations and profiles. */
class RulesCommandTest {
    private static final Path POLICY = Path.of("policies-corpus", "brightfeed-us-ads.html");

    @TempDir
    Path tmp;

    @Test
    void validateAcceptsAnIsoPeriodAndRejectsAnUnknownTypeAnUnknownLexiconKeyAndAGradeThatIsNoPlainWord() throws Exception {
        Path good = Files.writeString(tmp.resolve("retention.yaml"), """
                rules:
                  - {id: short, title: Short retention, type: max-retention, max: P1Y6M, severity: medium, weight: 1}
                """);
        Cli.Run ok = Cli.ppcheck("rules", "validate", good.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains(good + ": valid, 1 rules");

        Path badType = Files.writeString(tmp.resolve("type.yaml"), """
                rules:
                  - {id: x, title: X, type: requires-framewrk, frameworks: [GDPR], severity: low, weight: 1}
                """);
        Path badGrade = Files.writeString(tmp.resolve("grades.yaml"), """
                version: 1
                grades: {A: 90, "<b>x</b>": 50}
                rules:
                  - {id: y, title: Y, type: requires-framework, frameworks: [GDPR], severity: low, weight: 1}
                """);
        Path lexicons = Files.createDirectories(tmp.resolve("lexicons"));
        String fields = new String(org.ppcheck.facts.FactExtractor.class.getResourceAsStream("data-fields.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        int firstTerms = fields.indexOf("\n  keys:");
        Path badLexicon = Files.writeString(lexicons.resolve("data-fields.yaml"),
                fields.substring(0, firstTerms) + "\n  patern: 'x'" + fields.substring(firstTerms));
        int line = (int) fields.substring(0, firstTerms).lines().count() + 1;

        Cli.Run run = Cli.ppcheck("rules", "validate", badType.toString(), badGrade.toString(), badLexicon.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(3).satisfiesExactly(
                l -> assertThat(l).matches("ppcheck: " + java.util.regex.Pattern.quote(badType.toString())
                        + ":2:\\d+: rules\\[0]\\.type: unknown rule type 'requires-framewrk' \\(did you mean 'requires-framework'\\?\\).*"),
                l -> assertThat(l).matches("ppcheck: " + java.util.regex.Pattern.quote(badGrade.toString()) + ":2:\\d+: grades.*"),
                l -> assertThat(l).matches("ppcheck: " + java.util.regex.Pattern.quote(badLexicon.toString()) + ":" + line
                        + ":\\d+: .*patern: unknown key; did you mean 'patterns'\\?"));
    }

    @Test
    void aBrokenRulesFileIsReportedWhollyWithLinesAndColumnsBeforeAnyPolicyIsRead() throws Exception {
        Path rules = Files.writeString(tmp.resolve("broken.yaml"), """
                profiles:
                  mine: my checklist
                rules:
                  - id: a
                    title: A
                    type: requires-disclosure
                    disclosure: right.access
                    severity: high
                    weight: 1
                    profiles: [mien]
                  - id: b
                    title: B
                    type: forbids-location
                    jurisdictions: [CN, XX]
                    when: {framwork: [GDPR]}
                    severity: low
                    weight: 1
                    colour: red
                """);
        Cli.Run run = Cli.ppcheck("check", "--rules", rules.toString(), POLICY.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(5).allMatch(l -> l.startsWith("ppcheck: " + rules + ":"));
        assertThat(run.err()).as("in the order of the file").containsSubsequence(
                "broken.yaml:7:17: rules[0].disclosure: unknown disclosure id 'right.access' (did you mean 'rights.access'?)",
                "broken.yaml:10:16: rules[0].profiles[0]: unknown profile 'mien' (did you mean 'mine'?)",
                "broken.yaml:14:25: rules[1].jurisdictions[1]: unknown country code 'XX'",
                "rules[1].when.framwork: unknown condition (did you mean 'framework'?)",
                "broken.yaml:18:5: rules[1].colour: unknown key");
        assertThat(run.err()).doesNotContain("Exception");

        Cli.Run validate = Cli.ppcheck("rules", "validate", rules.toString());
        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo(run.err());
    }

    @Test
    void validateAcceptsAFileThatExtendsTheDefaultRules() throws Exception {
        Path rules = Files.writeString(tmp.resolve("ours.yaml"), """
                extends: default
                rules:
                  - {id: art13-dpo, enabled: false}
                  - {id: max-retention, severity: high}
                  - {id: art13-dpx, severity: low}
                """);
        Cli.Run bad = Cli.ppcheck("rules", "validate", rules.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("ours.yaml:5:5: rules[2]: no built-in rule 'art13-dpx' to change (did you mean 'art13-dpo'?)");

        Files.writeString(rules, Files.readString(rules).replace("  - {id: art13-dpx, severity: low}\n", ""));
        Cli.Run ok = Cli.ppcheck("rules", "validate", rules.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).contains("ours.yaml: valid").contains("default vendor-risk, gdpr");
    }

    @Test
    void listShowsTheProfilesAndTheRulesOfTheChosenOne() throws Exception {
        Cli.Run run = Cli.ppcheck("rules", "list", "--profile", "ccpa");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("gdpr", "pipl", "vendor-risk", "Rules of ccpa", "ccpa-opt-out-sale", "ccpa-non-discrimination")
                .doesNotContain("art13-dpo", "pipl-cross-border");
        Cli.Run unknown = Cli.ppcheck("rules", "list", "--profile", "ccpaa");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown profile 'ccpaa' (did you mean 'ccpa'?)");
    }

    @Test
    void explainSaysWhatWhyWhereFromAndHowToFix() throws Exception {
        Cli.Run run = Cli.ppcheck("explain", "art13-transfer-safeguards");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("checks:", "Applies only when personal data goes to a place outside the eea list",
                "why:", "reference:  GDPR Art. 13(1)(f)", "fix:", "profiles:   gdpr");
        Cli.Run missing = Cli.ppcheck("explain", "art13-transfer-safeguard");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("no rule 'art13-transfer-safeguard' (did you mean 'art13-transfer-safeguards'?)");
    }

    @Test
    void aProfileChoosesTheRulesAndTheReportSaysWhichAndHowTheScoreCameAbout() throws Exception {
        Cli.Run run = Cli.ppcheck("check", "--profile", "ccpa", "--format", "json", POLICY.toString());
        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/score/profiles").toString()).isEqualTo("[\"ccpa\"]");
        assertThat(report.at("/findings")).allMatch(f -> f.get("rule").asText().startsWith("ccpa-")
                || f.get("rule").asText().matches("controller-contact|art14-data-source|children"));
        int earned = 0;
        int possible = 0;
        for (JsonNode line : report.at("/score/breakdown")) {
            earned += line.get("earned").asInt();
            possible += line.get("possible").asInt();
        }
        assertThat(report.at("/score/earnedPoints").asInt()).isEqualTo(earned);
        assertThat(report.at("/score/possiblePoints").asInt()).isEqualTo(possible);
        assertThat(report.at("/score/value").asInt()).isEqualTo(Math.round(100f * earned / possible));
        assertThat(report.at("/score/formula").asText()).contains("severity factor");

        Cli.Run bad = Cli.ppcheck("check", "--profile", "hipaa", POLICY.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown profile 'hipaa'", "known profiles: gdpr, ccpa, pipl, vendor-risk");
    }
}
