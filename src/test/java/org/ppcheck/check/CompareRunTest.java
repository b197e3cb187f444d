package org.ppcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.compare.Comparison;
import org.ppcheck.compare.Vendors;

/** A comparison run that is interrupted resumes where it stopped, unless the rules changed. */
class CompareRunTest {
    @TempDir
    Path tmp;

    @Test
    void anInterruptedRunResumesWithoutRedoingFinishedVendorsUnlessTheRulesChanged() throws Exception {
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\n" + String.join("\n",
                "Tiny," + corpus("tiny-vague.txt"), "Nimbus," + corpus("nimbus-eu-saas.html"), "Lotus," + corpus("lotus-chat-ai.html"),
                "Ghost," + tmp.resolve("missing.html")) + "\n");
        List<Vendors.Vendor> vendors = Vendors.read(list, List.of());
        RulesChoice rules = RulesChoice.load(null, List.of());
        Checker checker = new Checker(CheckSettings.defaults(rules).withJobs(2));
        Path out = tmp.resolve("out");

        List<Comparison.Result> first = CompareRun.run(checker, vendors, out, tmp, false, () -> { });
        assertThat(first).noneMatch(Comparison.Result::reused);
        Files.delete(out.resolve("vendors").resolve("tiny.json")); // as if the run stopped before it
        List<Comparison.Result> again = CompareRun.run(checker, vendors, out, tmp, false, () -> { });
        assertThat(again.stream().filter(r -> !r.reused()).map(r -> r.vendor().name()))
                .as("only Tiny and the failed vendor are checked again").containsExactlyInAnyOrder("Tiny", "Ghost");
        assertThat(again.stream().filter(r -> !r.failed()).map(r -> r.report().score().value()))
                .containsExactlyElementsOf(first.stream().filter(r -> !r.failed()).map(r -> r.report().score().value()).toList());

        Checker otherRules = new Checker(CheckSettings.defaults(new RulesChoice(rules.rules(), "other")));
        assertThat(CompareRun.run(otherRules, vendors, out, tmp, false, () -> { })).as("other rules: everything again")
                .noneMatch(Comparison.Result::reused);
        assertThat(CompareRun.run(otherRules, vendors, out, tmp, true, () -> { })).as("--fresh: everything again")
                .noneMatch(Comparison.Result::reused);
    }

    @Test
    void anEditedPolicyIsCheckedAgainAndItsNewGradeShown() throws Exception {
        Path policy = Files.copy(Path.of("policies-corpus", "nimbus-eu-saas.html"), tmp.resolve("vendor.html"));
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nVendor," + policy.toAbsolutePath() + "\n");
        List<Vendors.Vendor> vendors = Vendors.read(list, List.of());
        Checker checker = new Checker(CheckSettings.defaults(RulesChoice.load(null, List.of())).withJobs(1));
        Path out = tmp.resolve("out");

        Comparison.Result before = CompareRun.run(checker, vendors, out, tmp, false, () -> { }).get(0);
        Files.copy(Path.of("policies-corpus", "lotus-chat-ai.html"), policy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Comparison.Result after = CompareRun.run(checker, vendors, out, tmp, false, () -> { }).get(0);

        assertThat(after.reused()).as("the file changed, so its report is not reused").isFalse();
        assertThat(after.report().source().sha256()).isNotEqualTo(before.report().source().sha256());
        assertThat(after.report().score().grade()).isNotEqualTo(before.report().score().grade());
        assertThat(CompareRun.run(checker, vendors, out, tmp, false, () -> { }).get(0).reused()).as("unchanged since: reused").isTrue();
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path out = tmp.resolve("out");
        try (OutputLock first = OutputLock.take(out)) {
            assertThatThrownBy(() -> OutputLock.take(out)).isInstanceOf(OutputLock.InUseException.class)
                    .hasMessageContaining("in use by another ppcheck run");
        }
        OutputLock.take(out).close(); // free again once the first is done
    }

    private static String corpus(String name) {
        return Path.of("policies-corpus", name).toAbsolutePath().toString();
    }
}
