package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ppcheck.compare.PolicyVersions.fixture;
import static org.ppcheck.compare.PolicyVersions.fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@code ppcheck diff} reports for versions of a policy: facts the text still states are not
 * "removed", renamed headings are renames, and people read plain names while the JSON keeps ids.
 * The fixtures are in {@code src/test/resources/diff/}.
 */
class PolicyDiffTest {
    private static final String GDPR_SECTION = """

            ## Your rights under the GDPR

            If you are in the European Economic Area, the General Data Protection Regulation (GDPR) gives you the right to \
            access, correct and delete your personal data, and to lodge a complaint with a supervisory authority. You may \
            withdraw your consent at any time.
            """;
    private static final String PAYMENT_LINE = "Payment and transaction data for your subscription";

    @Test
    void addingAGdprSectionShowsAsNewFactsPassedRulesAHigherScoreAndAnAddedSection() throws Exception {
        String v1 = Files.readString(Path.of("policies-corpus", "careful-negations.md"));
        int cut = v1.indexOf("\n## ", v1.indexOf("\n## ") + 1);
        String v2 = v1.substring(0, cut) + "\n" + GDPR_SECTION + v1.substring(cut);
        PolicyDiff diff = PolicyVersions.diff("v1.md", v1, "v2.md", v2);

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
        assertThat(diff.text()).contains("Laws cited:\n  added: the GDPR\n", "added: the right to complain to a regulator",
                "failed -> passed: Refers to the GDPR", "(added)").doesNotContain("rights.complaint");
        assertThat(diff.html()).contains("<ins>", "<strong>added:</strong> the GDPR", "Refers to the GDPR").doesNotContain("<script");

        PolicyDiff none = PolicyVersions.diff("v1.md", v1, "v1.md", v1);
        assertThat(none.facts()).isEmpty();
        assertThat(none.findings()).isEmpty();
        assertThat(none.sections()).isEmpty();
    }

    @Test
    void versionsThatOnlyRenameHeadingsShowRenamesAndNoRemovedOrAddedFacts() {
        PolicyDiff diff = fixtures("renamed-v1.md", "renamed-v2.md");

        assertThat(diff.sections()).extracting(PolicyDiff.SectionChange::kind).containsOnly("renamed");
        assertThat(diff.sections()).extracting(PolicyDiff.SectionChange::renamedFrom, PolicyDiff.SectionChange::section).contains(
                org.assertj.core.groups.Tuple.tuple("Lumen Maps Privacy Notice", "Privacy at Lumen Maps"),
                org.assertj.core.groups.Tuple.tuple("Lumen Maps Privacy Notice > Keeping data", "Privacy at Lumen Maps > Retention"),
                org.assertj.core.groups.Tuple.tuple("Lumen Maps Privacy Notice > Your choices", "Privacy at Lumen Maps > Your rights"));
        assertThat(diff.sections()).as("a subsection that only moved with its renamed parent, text unchanged")
                .noneMatch(s -> s.section().endsWith("Complaints"));
        assertThat(diff.sections()).allSatisfy(s -> assertThat(s.diff()).as("the text under each heading is the same").isEmpty());
        assertThat(diff.facts().values()).allSatisfy(c -> {
            assertThat(c.removed()).isEmpty();
            assertThat(c.added()).isEmpty();
        });
        assertThat(diff.text()).contains("## renamed: Lumen Maps Privacy Notice > What we collect -> Privacy at Lumen Maps > Information about you")
                .doesNotContain("(removed)", "(added)", "removed:", "added:");
    }

    @Test
    void aFactTheNewTextStillStatesIsNoLongerDetectedWithAQuoteNotRemovedWhileARealRemovalIsRemoved() {
        PolicyDiff diff = fixtures("payment-v1.md", "payment-v2.md");

        PolicyDiff.Change fields = diff.facts().get("dataFields");
        assertThat(fields.removed()).containsExactly("phone");
        assertThat(fields.stillInText()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("payment_info");
            assertThat(q.quote()).isEqualTo(PAYMENT_LINE);
        });
        assertThat(diff.text()).contains("Data fields:\n", "  removed: phone numbers\n",
                "  no longer detected: payment details (the new text still says \"" + PAYMENT_LINE + "\")\n")
                .doesNotContain("payment_info", "removed: payment");
        assertThat(diff.sections()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("renamed");
            assertThat(s.renamedFrom()).endsWith("Information we collect");
            assertThat(s.section()).endsWith("Your account and subscription");
            assertThat(s.diff()).contains("-Your phone number if you turn on two-step sign-in.").noneMatch(l -> l.startsWith("+") && !l.startsWith("+++"));
        });
    }

    @Test
    void theOtherWayRoundAFactTheOldTextAlreadyStatedIsNewlyDetectedAndARealAdditionIsAdded() {
        PolicyDiff.Change fields = fixtures("payment-v2.md", "payment-v1.md").facts().get("dataFields");
        assertThat(fields.added()).containsExactly("phone");
        assertThat(fields.alreadyInText()).extracting(PolicyDiff.Quoted::id, PolicyDiff.Quoted::quote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("payment_info", PAYMENT_LINE));
        assertThat(fields.removed()).isEmpty();
        assertThat(fields.stillInText()).isEmpty();
    }

    @Test
    void aFactWhoseSentenceIsGoneIsRemovedEvenWhenItsWordsAppearInsideAnotherSentence() {
        String v1 = fixture("payment-v1.md");
        String v2 = v1.replace("- " + PAYMENT_LINE + ".\n", "")
                .replace("We use your data to provide", "We never sell " + PAYMENT_LINE.toLowerCase(java.util.Locale.ROOT) + ". We use your data to provide");
        PolicyDiff.Change fields = PolicyVersions.diff("v1.md", v1, "v2.md", v2).facts().get("dataFields");
        assertThat(fields.removed()).as("the sentence is not in the new text as a sentence of its own").contains("payment_info");
        assertThat(fields.stillInText()).isEmpty();
    }

    @Test
    void changingCaseSpacingAndPunctuationOfTheEvidenceStillCountsAsTheSameText() {
        String v1 = fixture("payment-v1.md");
        String v2 = v1.replace("## Information we collect", "## Your subscription")
                .replace("- " + PAYMENT_LINE + ".", "- PAYMENT and   transaction-data, for your subscription!");
        PolicyDiff.Change fields = PolicyVersions.diff("v1.md", v1, "v2.md", v2).facts().get("dataFields");
        assertThat(fields.removed()).doesNotContain("payment_info");
        assertThat(fields.stillInText()).extracting(PolicyDiff.Quoted::quote).as("the words as the new text has them")
                .contains("PAYMENT and transaction-data, for your subscription");
    }

    @Test
    void aDisclosureReadFromARenamedHeadingIsStillThereUnderTheNewHeading() {
        PolicyDiff diff = fixtures("renamed-v1.md", "renamed-v2.md");
        assertThat(diff.facts().get("disclosures").stillInText()).anySatisfy(q -> {
            assertThat(q.id()).isEqualTo("transfer.international");
            assertThat(q.evidenceHeading()).isEqualTo("International transfers");
            assertThat(q.quote()).isEqualTo("Where your data is kept");
        });
        assertThat(diff.text()).contains("no longer detected: whether data leaves the country (it was read from the heading "
                + "\"International transfers\", and the new text has that section under the heading \"Where your data is kept\")");
    }

    @Test
    void theJsonKeepsIdsAndCarriesRenamesAndQuotes() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(fixtures("payment-v1.md", "payment-v2.md")));
        assertThat(json.at("/facts/dataFields/removed/0").asText()).isEqualTo("phone");
        assertThat(json.at("/facts/dataFields/stillInText/0/id").asText()).isEqualTo("payment_info");
        assertThat(json.at("/facts/dataFields/stillInText/0/quote").asText()).isEqualTo(PAYMENT_LINE);
        assertThat(json.at("/facts/dataFields/stillInText/0").has("evidenceHeading")).isFalse();
        assertThat(json.at("/sections/0/kind").asText()).isEqualTo("renamed");
        assertThat(json.at("/sections/0/renamedFrom").asText()).endsWith("Information we collect");
        assertThat(json.at("/sections/0/section").asText()).endsWith("Your account and subscription");
        assertThat(json.toString()).doesNotContain("payment details", "phone numbers");
    }

    @Test
    void theTextAndHtmlShowRetentionPlacesStatusesAndKindsInWords() {
        String v1 = fixture("payment-v1.md");
        String v2 = v1.replace("Our servers are located in Ireland.", "Our servers are located in China.")
                .replace("for 10 years", "for 7 years");
        PolicyDiff diff = PolicyVersions.diff("v1.md", v1, "v2.md", v2);
        assertThat(diff.facts()).containsKeys("dataLocations", "retention");
        assertThat(diff.text()).contains("Where data goes:\n", "added: stores data in China", "removed: stores data in Ireland",
                "Retention:\n", "added: 7 years", "removed: 10 years").doesNotContain("P10Y", "P7Y", "CN (stored)", "dataLocations");
        assertThat(diff.html()).contains("Where data goes", "stores data in China", "7 years").doesNotContain("P7Y", "CN (stored)");
    }
}
