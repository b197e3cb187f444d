package org.ppcheck.register;

import java.time.Instant;

/** A version checked with one set of rules (named by their fingerprint): its score and grade; the report is read on demand. */
public record Evaluation(long id, long versionId, String rulesFingerprint, String profiles, int score, String grade, int failedHigh,
                        Instant evaluatedAt) { }
