package org.ppcheck.fetch;

/** Why a URL gave no policy, in one line; {@link Kind} tells a failed fetch from a site without a policy. */
public final class FetchException extends Exception {
    /** The outcomes a user must tell apart. */
    public enum Kind {
        /** Network error, timeout, HTTP error, too large, bad redirect. */
        FAILED,
        /** A page or redirect led to a loopback, private, link-local or other non-public address the user did not name. */
        REFUSED,
        /** robots.txt forbids ppcheck to fetch the URL. */
        DISALLOWED,
        /** Everything was fetched, but no page is a privacy policy. */
        NO_POLICY,
        /** The page has almost no text without JavaScript. */
        NEEDS_JAVASCRIPT
    }

    private final Kind kind;
    private final int status;

    public FetchException(Kind kind, String message) {
        this(kind, message, 0);
    }

    /** A failure with the HTTP status the server answered with. */
    public FetchException(Kind kind, String message, int status) {
        super(org.ppcheck.extract.InputException.oneLine(message));
        this.kind = kind;
        this.status = status;
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        super(org.ppcheck.extract.InputException.oneLine(message), cause);
        this.kind = kind;
        this.status = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status that caused the failure, or 0 when the server gave no answer. */
    public int status() {
        return status;
    }
}
