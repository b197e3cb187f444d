package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** names.yaml names every id of the lexicons, and nothing else; periods read as people write them. */
class NamesTest {
    @Test
    void everyIdOfEveryLexiconHasExactlyOneName() {
        assertThat(Names.all(Names.Kind.FRAMEWORKS).keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.frameworks());
        assertThat(Names.all(Names.Kind.DATA_FIELDS).keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.dataFields());
        assertThat(Names.all(Names.Kind.DISCLOSURES).keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.disclosures());
        assertThat(Names.all(Names.Kind.RECIPIENTS).keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.recipients());
        assertThat(Names.all(Names.Kind.PLACES).keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.places());
        assertThat(Names.all(Names.Kind.RELATIONS).keySet()).containsExactlyInAnyOrder("stored", "processed", "transferred");
        assertThat(Names.all(Names.Kind.STATUSES).keySet()).containsExactlyInAnyOrder("pass", "fail", "not_applicable");
        for (Names.Kind kind : Names.Kind.values()) {
            assertThat(Names.all(kind).values()).as(kind.key()).allMatch(n -> !n.isBlank() && !n.contains("_"));
        }
    }

    @Test
    void namesReadAsWords() {
        assertThat(Names.dataField("keystroke_patterns")).isEqualTo("keystroke patterns");
        assertThat(Names.location("CN", "stored")).isEqualTo("stores data in China");
        assertThat(Names.framework("PRIVACY_SHIELD")).isEqualTo("the EU-US Privacy Shield");
        assertThat(Names.list(Names.Kind.DATA_FIELDS, List.of("email", "health", "biometric"))).isEqualTo("email addresses, health data and biometric data");
        assertThat(Names.dataField("something_new")).as("an id without a name is shown as it is").isEqualTo("something_new");
    }

    @Test
    void periodsReadAsPeopleWriteThem() {
        assertThat(RetentionPeriod.words("P10Y")).isEqualTo("10 years");
        assertThat(RetentionPeriod.words("P1Y6M")).isEqualTo("1 year and 6 months");
        assertThat(RetentionPeriod.words("P1D")).isEqualTo("1 day");
        assertThat(RetentionPeriod.words("P2W")).isEqualTo("2 weeks");
        assertThat(RetentionPeriod.words("PT48H")).isEqualTo("48 hours");
        assertThat(RetentionPeriod.words("P1DT12H30M")).isEqualTo("1 day, 12 hours and 30 minutes");
        assertThat(RetentionPeriod.words("as long as needed")).isEqualTo("as long as needed");
    }
}
