package org.ppcheck.web;

/** A request the app refuses or cannot serve: the HTTP status and a one-line reason that says what to do, shown on an error page. */
public final class WebError extends RuntimeException {
    private final int status;

    public WebError(int status, String message) {
        super(message);
        this.status = status;
    }

    public WebError(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 404: no such vendor, version or page. */
    static WebError notFound(String message) {
        return new WebError(404, message);
    }

    /** 400: a form or query that cannot be used. */
    static WebError badRequest(String message) {
        return new WebError(400, message);
    }
}
