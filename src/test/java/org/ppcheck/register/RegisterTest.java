package org.ppcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.compare.Vendors;

/**
 * The register on both databases: migrations and refusals, versions only for changed text,
 * re-scoring without fetching, decisions that carry over until what they saw changes, and reviews
 * that fall due.
 */
class RegisterTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path tmp;

    private String db(String kind) {
        return kind.equals("sqlite") ? TestDatabases.sqlite(tmp) : TestDatabases.postgres();
    }

    private Checker checker(String rulesFile) throws Exception {
        RulesChoice rules = RulesChoice.load(Path.of(rulesFile), List.of());
        return new Checker(CheckSettings.defaults(rules).withJobs(2).withArchive(tmp.resolve("archive")));
    }

    private static Recheck recheck(Checker checker, Register reg, Instant at) {
        return new Recheck(checker, reg, null, Clock.fixed(at, ZoneOffset.UTC));
    }

    private Path policy(String corpusFile) throws Exception {
        return Files.copy(Path.of("policies-corpus", corpusFile), tmp.resolve(corpusFile));
    }

    /** A short policy whose retention sentence gives a period, or (changed) none. */
    private static final String QUILL = """
            # Privacy Policy of Quill Notes

            Quill Notes Ltd, 4 Harbour Street, Dublin, is the controller of your personal data. Contact us at privacy@quill.example.

            ## What we collect

            We collect your name, your email address and the notes you write.

            ## How long we keep data

            We keep your account data for 2 years after you close your account.

            ## Sharing

            We share data with our hosting provider, which stores it in Ireland.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aVersionOnlyForChangedTextAndDecisionsThatNeedReReviewWhenWhatTheySawChanged(String kind) throws Exception {
        Path file = Files.writeString(tmp.resolve("quill.md"), QUILL);
        Checker checker = checker("rules.yaml");
        try (Register reg = Register.open(db(kind))) {
            RegisteredVendor v = reg.add(new Vendors.Vendor("Quill Notes", file.toString(), List.of("eu"), "Ann", Period.ofDays(90)), T0);
            List<Recheck.Outcome> first = recheck(checker, reg, T0).run(List.of(v), false, o -> { });
            assertThat(first.get(0).events()).extracting(Event::kind).contains(Event.Kind.FIRST_VERSION);
            Files.writeString(file, QUILL.replace("\n\n", "\n\n\n").replace(" your ", "  your ") + "\n\n");
            assertThat(recheck(checker, reg, T0.plusSeconds(60)).run(List.of(v), false, o -> { }).get(0).result())
                    .as("white space is no change").isEqualTo("unchanged");

            Reviews reviews = new Reviews(reg);
            reviews.decide("quill notes", null, "Approve with conditions", "Ann", "DPA signed", T0.plusSeconds(120));
            reviews.decide("Quill Notes", "retention-period", "approve", "Bob", "", T0.plusSeconds(130));
            reviews.decide("Quill Notes", "gdpr-reference", "reject", "Bob", "ask for a GDPR clause", T0.plusSeconds(140));
            assertThat(reviews.decisions(v)).hasSize(3).noneMatch(Decision::needsReReview);
            VendorStatus approved = reviews.statuses(LocalDate.of(2026, 1, 6)).get(0);
            assertThat(approved.reviewStatus()).isEqualTo("approved with conditions");
            assertThat(approved.nextReview()).isEqualTo(LocalDate.of(2026, 4, 5));
            assertThat(approved.due()).isFalse();

            // the retention sentence loses its period: that rule's status changes; the GDPR rule's does not
            Files.writeString(file, QUILL.replace("for 2 years after you close your account", "for as long as necessary"));
            Recheck.Outcome changed = recheck(checker, reg, T0.plusSeconds(3600)).run(List.of(v), false, o -> { }).get(0);
            assertThat(changed.result()).isEqualTo("changed: new version");
            assertThat(reg.versions(v.id())).hasSize(2);

            List<Decision> after = reviews.decisions(v);
            assertThat(after).filteredOn(d -> d.rule() == null).singleElement()
                    .satisfies(d -> assertThat(d.reReview()).isEqualTo("the policy changed (now version 2)"));
            assertThat(after).filteredOn(d -> "retention-period".equals(d.rule())).singleElement()
                    .satisfies(d -> assertThat(d.reReview()).isEqualTo("status was pass, now fail"));
            assertThat(after).filteredOn(d -> "gdpr-reference".equals(d.rule())).singleElement()
                    .satisfies(d -> assertThat(d.needsReReview()).isFalse());
            assertThat(reviews.statuses(LocalDate.of(2026, 1, 6)).get(0).reviewStatus()).isEqualTo("needs re-review");
            Event policyChanged = changed.events().stream().filter(e -> e.kind() == Event.Kind.POLICY_CHANGED).findFirst().orElseThrow();
            assertThat(policyChanged.detail().get("decisionsToReReview").toString()).contains("overall", "retention-period")
                    .doesNotContain("gdpr-reference");
            assertThat(policyChanged.detail().at("/findings").toString()).contains("retention-period");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void rescoringEvaluatesEveryStoredVersionWithNewRulesWithoutReadingTheSource(String kind) throws Exception {
        Path file = policy("brightfeed-us-ads.html");
        Path strict = tmp.resolve("strict.yaml");
        // the same rules with the sharing rule's weight changed: a new fingerprint and a different score
        Files.writeString(strict, Files.readString(Path.of("rules.yaml")).replaceFirst("(?m)^(version: 1)$", "$1\n# strict copy"));
        try (Register reg = Register.open(db(kind))) {
            RegisteredVendor v = reg.add(new Vendors.Vendor("Brightfeed", file.toString(), List.of()), T0);
            recheck(checker("rules.yaml"), reg, T0).run(List.of(v), false, o -> { });
            Files.writeString(file, Files.readString(file).replace("</body>", "<p>We may update this notice.</p></body>"));
            recheck(checker("rules.yaml"), reg, T0.plusSeconds(10)).run(List.of(v), false, o -> { });
            Files.delete(file); // a rescore must not need the source

            Checker strictChecker = checker(strict.toString());
            List<Recheck.Outcome> rescored = recheck(strictChecker, reg, T0.plusSeconds(20)).run(List.of(v), true, o -> { });
            assertThat(rescored.get(0).failed()).as(rescored.get(0).result()).isFalse();
            for (Version x : reg.versions(v.id())) {
                assertThat(reg.evaluation(x.id(), strictChecker.settings().rules().fingerprint())).isNotNull();
            }
            assertThat(recheck(strictChecker, reg, T0.plusSeconds(30)).run(List.of(v), true, o -> { }).get(0).result())
                    .as("nothing left to evaluate").isEqualTo("unchanged");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aReviewFallsDueOnceAfterTheIntervalAndAgainOnlyAfterTheNextDecision(String kind) throws Exception {
        Path file = policy("orbit-smarthome.html");
        Checker checker = checker("rules.yaml");
        try (Register reg = Register.open(db(kind))) {
            RegisteredVendor v = reg.add(new Vendors.Vendor("Orbit", file.toString(), List.of(), null, Period.ofDays(30)), T0);
            assertThat(recheck(checker, reg, T0).run(List.of(v), false, o -> { }).get(0).events()).extracting(Event::kind)
                    .as("never reviewed: due at once").contains(Event.Kind.REVIEW_DUE);
            new Reviews(reg).decide("Orbit", null, "approve", "Ann", null, T0.plusSeconds(60));
            assertThat(kinds(recheck(checker, reg, T0.plus(java.time.Duration.ofDays(29))).run(List.of(v), false, o -> { })))
                    .doesNotContain(Event.Kind.REVIEW_DUE);
            assertThat(kinds(recheck(checker, reg, T0.plus(java.time.Duration.ofDays(31))).run(List.of(v), false, o -> { })))
                    .contains(Event.Kind.REVIEW_DUE);
            assertThat(kinds(recheck(checker, reg, T0.plus(java.time.Duration.ofDays(32))).run(List.of(v), false, o -> { })))
                    .as("told once").doesNotContain(Event.Kind.REVIEW_DUE);
            assertThat(new Reviews(reg).statuses(LocalDate.of(2026, 2, 6)).get(0).due()).isTrue();
        }
    }

    private static List<Event.Kind> kinds(List<Recheck.Outcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.events().stream()).map(Event::kind).toList();
    }

    @Test
    void aDamagedAForeignAndANewerRegisterAreRefusedInOneLine() throws Exception {
        Path damaged = Files.write(tmp.resolve("damaged.db"), "SQLite format 3\0 but then garbage".repeat(100).getBytes());
        assertThatThrownBy(() -> Register.open(damaged.toString())).isInstanceOf(RegisterException.class)
                .hasMessageContaining("is not a usable register").hasMessageNotContaining("\n");

        Path foreign = tmp.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> Register.open(foreign.toString())).hasMessageContaining("is a database of another program");

        String newer = TestDatabases.sqlite(tmp);
        Register.open(newer).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                    + "execution_time, success) VALUES (99, '7', 'from the future', 'SQL', 'V7__future.sql', 0, 'x', 0, 1)");
        }
        assertThatThrownBy(() -> Register.open(newer)).hasMessageContaining("schema version 7, made by a newer ppcheck")
                .hasMessageContaining("knows versions up to " + Database.SCHEMA_VERSION);
    }

    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/register"))) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
        }
    }
}
