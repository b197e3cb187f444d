package org.ppcheck.rules.internal;

import java.util.List;
import org.ppcheck.facts.Evidence;
import org.ppcheck.facts.Facts;
import org.ppcheck.rules.Finding;

/**
 * What a rule of one type checks, read from its keys: turns a policy's facts into pass or fail,
 * with evidence. Each rule type is one class that implements this and says, in its {@code TYPE},
 * its name, its keys and how it reads them ({@link RuleTypes} lists them all).
 */
public interface Check {

    /**
     * What the check saw; {@code message} is one plain sentence, {@code found} (or null) what a
     * failure found, in plain words, for the rule's gap phrase ("stores data in China").
     */
    record Outcome(Finding.Status status, String message, List<Evidence> evidence, String found) {
        public Outcome {
            evidence = List.copyOf(evidence);
        }

        public Outcome(Finding.Status status, String message, List<Evidence> evidence) {
            this(status, message, evidence, null);
        }

        static Outcome pass(String message, List<Evidence> evidence) {
            return new Outcome(Finding.Status.PASS, message, evidence);
        }

        static Outcome fail(String message, List<Evidence> evidence) {
            return new Outcome(Finding.Status.FAIL, message, evidence);
        }

        static Outcome fail(String message, List<Evidence> evidence, String found) {
            return new Outcome(Finding.Status.FAIL, message, evidence, found);
        }

        static Outcome notApplicable(String message) {
            return new Outcome(Finding.Status.NOT_APPLICABLE, message, List.of());
        }
    }

    /**
     * The facts of the policy and what of it was read, so that a "missing" finding can say where
     * ppcheck looked: the number of sentences and the top-level sections.
     */
    record Context(Facts facts, List<String> sections, int sentences) {
        private static final int SECTIONS_NAMED = 8;

        public Context {
            sections = List.copyOf(sections);
        }

        String searched() {
            if (sections.isEmpty()) {
                return "searched all " + sentences + " sentences; the policy has no headings";
            }
            String named = String.join("; ", sections.subList(0, Math.min(SECTIONS_NAMED, sections.size())));
            String more = sections.size() > SECTIONS_NAMED ? "; and " + (sections.size() - SECTIONS_NAMED) + " more" : "";
            return "searched all " + sentences + " sentences under the sections " + named + more;
        }
    }

    /** Pass or fail on this policy, with the evidence behind it. */
    Outcome evaluate(Context context);

    /** What the check passes on, in one sentence, for {@code ppcheck explain}. */
    String describe();
}
