package org.ppcheck.register;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.ppcheck.compare.Vendors;

/**
 * A vendor in the register: where its policy is, who owns the relationship, how often it is
 * reviewed; when it was last checked, and how many checks in a row failed (with the last reason).
 * A removed vendor keeps its history and has {@code removedAt}.
 */
public record RegisteredVendor(long id, String name, String source, List<String> tags, String owner, Period reviewEvery,
                               Instant addedAt, Instant removedAt, Instant lastCheckedAt, int fetchFailures, String lastFailure) {
    public RegisteredVendor {
        tags = List.copyOf(tags);
    }

    /** The vendor as a vendor list names it (for the comparison reports). */
    public Vendors.Vendor asListed() {
        return new Vendors.Vendor(name, source, tags, owner, reviewEvery);
    }
}
