package org.ppcheck.extract;

/** The formats ppcheck reads, named as they appear in a report's {@code source.contentType}. */
public enum ContentType {
    HTML("text/html"),
    PDF("application/pdf"),
    MARKDOWN("text/markdown"),
    TEXT("text/plain");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type, such as {@code text/html}. */
    public String mediaType() {
        return mediaType;
    }
}
