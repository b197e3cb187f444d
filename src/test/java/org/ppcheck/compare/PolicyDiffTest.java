package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.extract.Extraction;
import org.ppcheck.report.Report;
import org.ppcheck.rules.RulesLoader;

/** Two versions of a corpus policy, the second with a GDPR section added. */
class PolicyDiffTest {
    private static final String GDPR_SECTION = """

            ## Your rights under the GDPR

            If you are in the European Economic Area, the General Data Protection Regulation (GDPR) gives you the right to \
            access, correct and delete your personal data, and to lodge a complaint with a supervisory authority. You may \
            withdraw your consent at any time.
            """;

    @Test
    void addingAGdprSectionShowsAsNewFactsPassedRulesAHigherScoreAndAnAddedSection() throws Exception {
        Path corpus = Path.of("policies-corpus", "careful-negations.md");
        String v1 = Files.readString(corpus);
        int cut = v1.indexOf("\n## ", v1.indexOf("\n## ") + 1);
        String v2 = v1.substring(0, cut) + "\n" + GDPR_SECTION + v1.substring(cut);
        PolicyChecker checker = new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
        var a = Extraction.fromBytes("v1.md", v1.getBytes(StandardCharsets.UTF_8));
        var b = Extraction.fromBytes("v2.md", v2.getBytes(StandardCharsets.UTF_8));
        Report ra = checker.check(a);
        Report rb = checker.check(b);
        PolicyDiff diff = PolicyDiff.of(ra, a.text(), rb, b.text());

        assertThat(diff.facts().get("frameworks").added()).contains("GDPR");
        assertThat(diff.facts().get("disclosures").added()).contains("rights.complaint");
        assertThat(diff.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("gdpr-reference");
            assertThat(f.oldStatus()).isEqualTo("fail");
            assertThat(f.newStatus()).isEqualTo("pass");
        });
        assertThat(diff.score().newValue()).isGreaterThan(diff.score().oldValue());
        assertThat(diff.sections()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("added");
            assertThat(s.section()).endsWith("Your rights under the GDPR");
            assertThat(s.diff()).anyMatch(l -> l.startsWith("+") && l.contains("General Data Protection Regulation"));
        });
        assertThat(diff.text()).contains("+ GDPR", "fail -> pass", "(added)");
        assertThat(diff.html()).contains("<ins>", "added: GDPR", "Refers to the GDPR").doesNotContain("<script");

        PolicyDiff none = PolicyDiff.of(ra, a.text(), ra, a.text());
        assertThat(none.facts()).isEmpty();
        assertThat(none.findings()).isEmpty();
        assertThat(none.sections()).isEmpty();
    }
}
