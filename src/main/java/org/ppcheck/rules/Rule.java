package org.ppcheck.rules;

import java.util.List;
import org.ppcheck.rules.internal.Check;
import org.ppcheck.rules.internal.Condition;

/**
 * One rule of rules.yaml: which check, when it applies, how much it matters, the law it rests on,
 * why that matters, how a vendor fixes a failure ({@code fix}), what a buyer asks the vendor for
 * ({@code ask}, for example in the DPA) and how a failure reads in a list of gaps ({@code gap}). {@code when} is null for a rule that always
 * applies; {@code cap} (a grade letter, or null) is the best grade a policy can get while the rule fails;
 * {@code profiles} is empty for a rule that belongs to every profile.
 */
public record Rule(String id, String type, String title, Severity severity, int weight, String reference,
                   String why, String fix, String gap, String ask, List<String> profiles, Condition when, String cap, Check check) {
    public Rule {
        profiles = List.copyOf(profiles);
    }

    /** What the rule checks, in words: the check and, if any, its condition. */
    public String describe() {
        return check.describe() + (when == null ? "" : " Applies only when " + when.describe() + ".");
    }

    /** The same rule with another severity, weight or profile list (for {@code extends}). */
    Rule with(Severity newSeverity, int newWeight, List<String> newProfiles, String newCap) {
        return new Rule(id, type, title, newSeverity, newWeight, reference, why, fix, gap, ask, newProfiles, when, newCap, check);
    }

    /**
     * The rule's failure in a few words, for lists of gaps ("stores data in China", "never refers to
     * the GDPR"): its {@code gap} with {@code {found}} replaced by what the check found; without a
     * {@code gap}, "fails: " and the title.
     */
    public String gapWith(String found) {
        if (gap == null) {
            return "fails: " + title;
        }
        return gap.replace("{found}", found == null ? "" : found).strip();
    }
}
