package org.ppcheck.rules;

import java.util.List;
import org.ppcheck.facts.Evidence;
import org.ppcheck.facts.Facts;

/** One rule type's logic: turns a policy's facts into pass, fail or not applicable, with evidence. */
interface Check {

    /** What the check saw; {@code message} is one plain sentence. */
    record Outcome(Finding.Status status, String message, List<Evidence> evidence) {
        static Outcome pass(String message, List<Evidence> evidence) {
            return new Outcome(Finding.Status.PASS, message, evidence);
        }

        static Outcome fail(String message, List<Evidence> evidence) {
            return new Outcome(Finding.Status.FAIL, message, evidence);
        }
    }

    /** The facts of the policy and how much of it was read, for "what was searched" messages. */
    record Context(Facts facts, int sections, int sentences) {
        String searched() {
            return "searched " + sentences + " sentences in " + sections + " sections";
        }
    }

    Outcome evaluate(Context context);
}
