package org.ppcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.report.CorpusFiles;
import org.ppcheck.report.Report;

/** The rules that ship in rules.yaml: complete, explained, and each one both passed and failed by the corpus. */
class ShippedRulesTest {
    private static RuleSet all;
    private static final Map<String, Set<String>> STATUSES = new HashMap<>();
    private static final Map<String, String> GRADES = new HashMap<>();

    @BeforeAll
    static void checkCorpus() throws Exception {
        all = RulesLoader.loadDefault().select(List.of(RuleSet.ALL));
        PolicyChecker checker = new PolicyChecker(all);
        PolicyChecker byDefault = new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
        for (Path policy : CorpusFiles.policies()) {
            for (Report.Finding f : checker.check(policy).findings()) {
                STATUSES.computeIfAbsent(f.rule(), k -> new HashSet<>()).add(f.status() + " " + policy.getFileName());
            }
            GRADES.put(policy.getFileName().toString(), byDefault.check(policy).score().grade());
        }
    }

    @Test
    void everyRuleSaysWhyItMattersHowToFixItAndWhereItComesFrom() {
        for (Rule r : all.rules()) {
            assertThat(r.reference()).as(r.id() + " reference").isNotBlank();
            assertThat(r.why()).as(r.id() + " why").isNotBlank();
            assertThat(r.fix()).as(r.id() + " fix").isNotBlank();
            assertThat(r.profiles()).as(r.id() + " profiles").isNotEmpty();
        }
        assertThat(all.profiles()).containsKeys("gdpr", "ccpa", "pipl", "vendor-risk");
        for (String profile : all.profiles().keySet()) {
            assertThat(all.rules()).as("rules of " + profile).anyMatch(r -> r.profiles().contains(profile));
        }
    }

    @Test
    void everyRuleIsPassedByOneCorpusPolicyAndFailedByAnother() {
        for (Rule r : all.rules()) {
            Set<String> seen = STATUSES.getOrDefault(r.id(), Set.of());
            assertThat(seen).as(r.id() + " passed by a corpus policy").anyMatch(s -> s.startsWith("pass "));
            assertThat(seen).as(r.id() + " failed by a corpus policy").anyMatch(s -> s.startsWith("fail "));
        }
    }

    @Test
    void gradesSpreadOverTheCorpus() {
        assertThat(new HashSet<>(GRADES.values())).as("grades under the default profiles: " + GRADES).hasSizeGreaterThanOrEqualTo(4);
    }
}
