package org.ppcheck.register;

import java.time.Instant;
import java.util.List;
import org.ppcheck.compare.ChecklistDecisions;

/**
 * A reviewer's decision on a vendor, overall ({@code rule} null) or on one rule, made on version
 * {@code versionSeq}. It carries over to later versions; when a later version or new rules change
 * what it was made on (the rule's status or evidence; for the overall decision, the policy's text
 * or grade), {@code reReview} says what changed and the decision needs review again.
 */
public record Decision(long id, String vendor, String rule, String decision, String by, Instant at, String note, int versionSeq,
                       String reReview) {
    /** The decisions a reviewer can record, as typed on the command line and in the checklist. */
    public static final List<String> VALUES = ChecklistDecisions.VALUES;

    public boolean needsReReview() {
        return reReview != null;
    }

    /** The decision a reviewer means by {@code text} ("Approve with conditions" is approve-with-conditions), or null. */
    public static String normalise(String text) {
        return text == null ? null : ChecklistDecisions.normalise(text);
    }
}
