package org.ppcheck.register;

import java.time.LocalDate;

/**
 * One line of {@code vendors list}: a vendor with its latest version and evaluation (null before the
 * first recheck), how many versions it has, its review status in words ("approved",
 * "needs re-review", "not reviewed", ...), the next review date (null without {@code --review-every})
 * and whether that date has come.
 */
public record VendorStatus(RegisteredVendor vendor, Version latest, Evaluation evaluation, int versions, Decision decision,
                           String reviewStatus, LocalDate nextReview, boolean due) { }
