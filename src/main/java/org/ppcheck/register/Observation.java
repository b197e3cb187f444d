package org.ppcheck.register;

import org.ppcheck.compare.PolicyDiff;
import org.ppcheck.report.Report;

/**
 * What one recheck of a vendor found, before it is recorded: the same text as the latest version
 * (with or without an evaluation to add), a new version, or a failure. Each names the latest
 * version it was computed against, so that a recording that finds another process was quicker can
 * tell, and the recheck computes again.
 */
public sealed interface Observation {
    /** The latest version when the observation was made (null: none yet). */
    Version basis();

    /** The text is that of the latest version, which already has an evaluation with these rules. */
    record Unchanged(Version basis) implements Observation { }

    /** The text is that of the latest version (or an older stored version is evaluated again): the rules are new to it. */
    record Evaluated(Version basis, Version version, Report report, String fingerprint) implements Observation { }

    /** The text changed (or this is the first version); {@code diff} is null for the first. */
    record Changed(Version basis, String snapshot, String contentType, String textHash, String url, String finalUrl,
                   java.time.Instant fetchedAt, Report report, String fingerprint, PolicyDiff diff) implements Observation { }

    /** The policy could not be fetched or read. */
    record Failed(Version basis, String reason) implements Observation { }
}
