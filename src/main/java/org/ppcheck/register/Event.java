package org.ppcheck.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Locale;

/**
 * Something a recheck noticed about a vendor, in words ({@code summary}) and as data
 * ({@code detail}: for a changed policy the facts, disclosures and findings that changed and the
 * score before and after, as {@code ppcheck diff} computes them). {@code snapshot} and
 * {@code previousSnapshot} name the archived documents the event compares, when it compares two.
 */
public record Event(long id, String vendor, Kind kind, Instant at, Integer versionSeq, String snapshot, String previousSnapshot,
                    String summary, JsonNode detail) {

    /** The kinds of event, named in JSON, feeds and webhooks as {@link #label()} gives them. */
    public enum Kind {
        /** The first version of a vendor's policy was recorded. */
        FIRST_VERSION,
        /** The policy's text changed: a new version. */
        POLICY_CHANGED,
        /** The grade changed, through a new version or new rules. */
        GRADE_CHANGED,
        /** The policy could not be fetched or read. */
        FETCH_FAILED,
        /** The vendor's next review date has come. */
        REVIEW_DUE;

        /** The kind as written in JSON and feeds: "policy-changed". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
