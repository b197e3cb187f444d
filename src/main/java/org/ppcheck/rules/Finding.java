package org.ppcheck.rules;

import java.util.List;
import org.ppcheck.facts.Evidence;

/**
 * The outcome of one rule on one policy, with the evidence behind it, the legal reference, and,
 * when it failed, how the vendor can fix it.
 */
public record Finding(String rule, String title, Severity severity, Status status, String message, String gap,
                      String reference, String fix, String ask, List<Evidence> evidence) {

    /** Whether the rule passed, failed, or did not apply to this policy. */
    public enum Status { PASS, FAIL, NOT_APPLICABLE }

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
