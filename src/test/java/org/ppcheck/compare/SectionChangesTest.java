package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.StructuredText;

/** Sections are matched by heading, then by content: a renamed heading over much the same text is a rename. */
class SectionChangesTest {
    private static final String INTRO = "# Orbit Notes privacy\n\nOrbit Notes is a calendar app run by Orbit Labs.\n\n";
    private static final String SHARING = """
            We share your data with our hosting provider, which keeps it on our behalf.

            We share crash reports with our error tracking service so that we can fix faults.

            We never sell your data to anyone.

            Advertising partners receive no personal data from us.
            """;

    private static List<PolicyDiff.SectionChange> changes(String a, String b) throws Exception {
        return new SectionChanges(text(a), text(b)).changes();
    }

    private static StructuredText text(String markdown) throws Exception {
        return Extraction.fromBytes("policy.md", markdown.getBytes(StandardCharsets.UTF_8)).text();
    }

    @Test
    void aRenamedHeadingOverSlightlyEditedTextIsARenameWithTheTextDiff() throws Exception {
        String edited = SHARING.replace("so that we can fix faults", "so that we can fix faults quickly");
        List<PolicyDiff.SectionChange> changes = changes(INTRO + "## Sharing\n\n" + SHARING, INTRO + "## Who gets your data\n\n" + edited);
        assertThat(changes).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("renamed");
            assertThat(s.renamedFrom()).isEqualTo("Orbit Notes privacy > Sharing");
            assertThat(s.section()).isEqualTo("Orbit Notes privacy > Who gets your data");
            assertThat(s.diff()).contains("-We share crash reports with our error tracking service so that we can fix faults.",
                    "+We share crash reports with our error tracking service so that we can fix faults quickly.");
        });
    }

    @Test
    void aNewHeadingOverDifferentTextIsARemovalAndAnAddition() throws Exception {
        String other = "We keep your calendar entries until you delete them.\n\nBackups are deleted after 30 days.\n";
        List<PolicyDiff.SectionChange> changes = changes(INTRO + "## Sharing\n\n" + SHARING, INTRO + "## Retention\n\n" + other);
        assertThat(changes).extracting(PolicyDiff.SectionChange::kind, PolicyDiff.SectionChange::section).containsExactly(
                org.assertj.core.groups.Tuple.tuple("removed", "Orbit Notes privacy > Sharing"),
                org.assertj.core.groups.Tuple.tuple("added", "Orbit Notes privacy > Retention"));
    }

    @Test
    void aSectionThatKeepsItsHeadingIsChangedNotRenamedHoweverMuchItsTextChanged() throws Exception {
        List<PolicyDiff.SectionChange> changes = changes(INTRO + "## Sharing\n\n" + SHARING, INTRO + "## Sharing\n\nWe share nothing.\n");
        assertThat(changes).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("changed");
            assertThat(s.renamedFrom()).isNull();
        });
    }

    @Test
    void eachRenamedSectionFindsItsOwnTextWhenSeveralAreRenamedAtOnce() throws Exception {
        String rights = "You may ask for a copy of your data, and ask us to correct or delete it.\n";
        List<PolicyDiff.SectionChange> changes = changes(INTRO + "## Sharing\n\n" + SHARING + "\n## Rights\n\n" + rights,
                INTRO + "## Your choices\n\n" + rights + "\n## Recipients\n\n" + SHARING);
        assertThat(changes).extracting(PolicyDiff.SectionChange::renamedFrom, PolicyDiff.SectionChange::section).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Orbit Notes privacy > Sharing", "Orbit Notes privacy > Recipients"),
                org.assertj.core.groups.Tuple.tuple("Orbit Notes privacy > Rights", "Orbit Notes privacy > Your choices"));
    }

    @Test
    void similarityIsTwiceTheWordsInCommonInOrderOverAllWords() {
        List<String> a = List.of("we", "share", "your", "data", "with", "partners");
        assertThat(SectionChanges.similarity(a, a)).isEqualTo(1.0);
        assertThat(SectionChanges.similarity(a, List.of("we", "share", "your", "data"))).isEqualTo(0.8);
        assertThat(SectionChanges.similarity(a, List.of("partners", "with", "data", "your", "share", "we"))).as("the same words backwards")
                .isLessThan(SectionChanges.RENAME_SIMILARITY);
        assertThat(SectionChanges.similarity(List.of(), List.of())).as("two empty sections say nothing").isZero();
    }
}
