package org.ppcheck.register;

import java.time.Instant;

/**
 * One version of a vendor's policy: recorded when its extracted text changed. {@code seq} counts a
 * vendor's versions from 1; {@code snapshot} names the archived document ({@code sha256:...}),
 * {@code textHash} its text with noise filtered out ({@link TextFingerprint}).
 */
public record Version(long id, long vendorId, int seq, String snapshot, String contentType, String textHash, String url,
                      String finalUrl, Instant fetchedAt, Instant recordedAt) { }
