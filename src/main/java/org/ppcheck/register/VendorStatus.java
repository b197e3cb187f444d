package org.ppcheck.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of {@code vendors list}: a vendor with what its latest version says (null before the
 * first recheck: {@code latestVersion}, its {@code snapshot}, when it was recorded, score, grade and
 * failed high-severity findings), how many versions it has, its overall decision and review status
 * in words ("approved", "needs re-review", "not reviewed", ...), the next review date (null without
 * a review interval) and whether that date has come.
 */
public record VendorStatus(RegisteredVendor vendor, Integer latestVersion, String snapshot, Instant lastChanged, Integer score,
                           String grade, Integer failedHigh, int versions, Decision decision, String reviewStatus, LocalDate nextReview,
                           boolean due) {
    /** "C 71", "not assessed" (a policy in a language ppcheck cannot read), or "-" before the first recheck. */
    public String gradeText() {
        if (grade == null) {
            return "-";
        }
        return grade.equals(Recorder.NOT_ASSESSED) ? grade : grade + " " + score;
    }
}
