package org.ppcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Policies;
import org.ppcheck.facts.RetentionPeriod;

/** {@code max-retention} with ISO-8601 periods: the rule's max and the policy's periods are one type and compare as one. */
class MaxRetentionTest {
    @TempDir
    Path dir;

    private static RetentionPeriod period(String iso) {
        return RetentionPeriod.parse(iso);
    }

    @Test
    void aPeriodIsReadWithJavaTimeAndKeepsItsText() {
        RetentionPeriod p = period("P1Y6M");
        assertThat(p.date()).isEqualTo(java.time.Period.of(1, 6, 0));
        assertThat(p.text()).isEqualTo("P1Y6M");
        assertThat(period("P2W").date()).isEqualTo(java.time.Period.ofDays(14));
        assertThat(period("P2W").text()).as("reports show the period as the policy put it").isEqualTo("P2W");
        assertThat(period("PT48H").time()).isEqualTo(Duration.ofHours(48));
        assertThat(period("P1DT12H").asDuration()).isEqualTo(Duration.ofHours(36));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18 months", "P", "PT", "P1YT", "P-1D", "p1y", "P1.5Y", "1Y", "P99999999999Y", "PT9999999999999999H"})
    void whatIsNotAnIsoPeriodIsRefused(String text) {
        assertThatThrownBy(() -> period(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearAndAHalfIs545Days() {
        RetentionPeriod max = period("P1Y6M");
        assertThat(period("P1Y").longerThan(max)).isFalse();
        assertThat(period("P18M").longerThan(max)).as("540 days").isFalse();
        assertThat(period("P545D").longerThan(max)).as("as long").isFalse();
        assertThat(period("P546D").longerThan(max)).isTrue();
        assertThat(period("P2Y").longerThan(max)).isTrue();
        assertThat(period("P78W").longerThan(max)).as("546 days").isTrue();
        assertThat(period("PT13080H").longerThan(max)).as("545 days in hours").isFalse();
        assertThat(period("P2W")).usingComparator(RetentionPeriod.BY_LENGTH).isEqualTo(period("P14D"));
    }

    private Evaluator.Result evaluate(String policy) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"),
                "rules: [{id: keep, title: Keep, type: max-retention, max: P1Y6M, severity: low, weight: 1}]\n");
        return new Evaluator(RulesLoader.load(rules)).evaluate(Policies.facts(policy), List.of(), 1);
    }

    @Test
    void aStatedPeriodWithinTheMaxPasses() throws Exception {
        Evaluator.Result result = evaluate("We keep your account data for 18 months after you close your account.");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Finding.Status.PASS);
            assertThat(f.message()).isEqualTo("The longest stated retention period, 18 months, is within 1 year and 6 months.");
            assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.text()).contains("18 months"));
        });
    }

    @Test
    void aStatedPeriodLongerThanTheMaxFails() throws Exception {
        Facts facts = Policies.facts("We keep your account data for 2 years after you close your account.");
        assertThat(facts.retention()).extracting(Facts.RetentionFact::length).containsExactly(period("P2Y"));
        Evaluator.Result result = evaluate("We keep your account data for 2 years after you close your account.");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
            assertThat(f.message()).isEqualTo("The policy keeps data longer than 1 year and 6 months: 2 years.");
        });
    }

    @Test
    void aVagueRetentionStatementLeavesTheMaximumToRetentionPeriodAndIsNotApplicableHere() throws Exception {
        Evaluator.Result result = evaluate("We keep your data for as long as necessary to provide the service.");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Finding.Status.NOT_APPLICABLE);
            assertThat(f.gap()).isNull();
            assertThat(f.message()).contains("no concrete retention period");
        });
        assertThat(result.score().breakdown()).singleElement().satisfies(l -> assertThat(l.possible()).as("not counted").isZero());
    }
}
