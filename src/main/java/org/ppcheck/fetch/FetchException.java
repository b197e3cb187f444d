package org.ppcheck.fetch;

/** Why a URL gave no policy, in one line; {@link Kind} tells a failed fetch from a site without a policy. */
public final class FetchException extends Exception {
    /** The outcomes a user must tell apart. */
    public enum Kind {
        /** Network error, timeout, HTTP error, too large, bad redirect. */
        FAILED,
        /** robots.txt forbids ppcheck to fetch the URL. */
        DISALLOWED,
        /** Everything was fetched, but no page is a privacy policy. */
        NO_POLICY,
        /** The page has almost no text without JavaScript. */
        NEEDS_JAVASCRIPT
    }

    private final Kind kind;

    public FetchException(Kind kind, String message) {
        super(org.ppcheck.extract.InputException.oneLine(message));
        this.kind = kind;
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        super(org.ppcheck.extract.InputException.oneLine(message), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
