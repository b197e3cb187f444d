package org.ppcheck.check;

import org.ppcheck.extract.Extraction;
import org.ppcheck.report.Report;

/**
 * What checking one source gave: its text as extracted and its report, or the failure that kept it
 * from having one. For a fetched policy, the extracted text's origin says where it was found and
 * archived.
 */
public record Checked(PolicySource source, Extraction.Extracted extracted, Report report, Failure failure) {
    public Checked {
        if ((report == null) == (failure == null)) {
            throw new IllegalArgumentException("a checked source has a report or a failure, not both");
        }
    }

    static Checked of(PolicySource source, Extraction.Extracted extracted, Report report) {
        return new Checked(source, extracted, report, null);
    }

    static Checked failed(PolicySource source, Failure failure) {
        return new Checked(source, null, null, failure);
    }

    public boolean failed() {
        return failure != null;
    }

    /** Where a fetched policy was found and archived; null for a file. */
    public Extraction.Origin origin() {
        return extracted == null ? null : extracted.origin();
    }
}
