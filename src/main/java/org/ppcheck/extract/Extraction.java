package org.ppcheck.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entry point of the stage: reads a file, detects its type and extracts structured text. */
public final class Extraction {

    /** What was read: where from, as what, its digest, the structured text, and for a fetched document its origin (else null). */
    public record Extracted(String location, ContentType contentType, String sha256, StructuredText text, Origin origin) { }

    /** Where a fetched document came from: the URL asked for, the final URL after redirects, when, and its archived snapshot. */
    public record Origin(String url, String finalUrl, String fetchedAt, String snapshot) { }

    private Extraction() {
    }

    /** Reads and extracts one file within the default limits. */
    public static Extracted fromFile(Path file) throws InputException {
        return fromFile(file, Limits.DEFAULT);
    }

    /** Reads and extracts one file; every problem with the file itself is an {@link InputException}. */
    public static Extracted fromFile(Path file, Limits limits) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException("is a directory");
            }
            long size = Files.size(file);
            if (size > limits.maxInputBytes()) {
                throw new InputException("is " + size / (1024 * 1024) + " MB, over the limit of "
                        + limits.maxInputBytes() / (1024 * 1024) + " MB (see --max-input-size)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file; check the path");
        } catch (IOException e) {
            throw new InputException("cannot be read (" + e.getMessage() + ")", e);
        }
        return fromBytes(file.toString(), bytes, null, null, null, limits);
    }

    /** Extracts a policy from bytes within the default limits; {@code location} names the source and breaks Markdown/text ties. */
    public static Extracted fromBytes(String location, byte[] bytes) throws InputException {
        return fromBytes(location, bytes, null, null, null, Limits.DEFAULT);
    }

    /**
     * Extracts a policy from fetched bytes: {@code charset} and {@code mediaType} are what the server
     * declared (or null; the media type only tells Markdown from plain text, the bytes decide the
     * rest), {@code origin} says where and when it was fetched.
     */
    public static Extracted fromBytes(String location, byte[] bytes, String charset, String mediaType, Origin origin,
                                      Limits limits) throws InputException {
        String name = location;
        if ("text/markdown".equals(mediaType) || "text/x-markdown".equals(mediaType)) {
            name = location + ".md";
        } else if ("text/plain".equals(mediaType) && !location.matches("(?i).*\\.(md|markdown|txt|text)$")) {
            name = location + ".txt";
        }
        ContentType type = ContentSniffer.detect(bytes, name);
        StructuredText text = switch (type) {
            case PDF -> new PdfExtractor(limits.maxPdfPages()).extract(bytes);
            case HTML -> new HtmlExtractor(limits.maxHtmlDepth()).extract(ContentSniffer.decode(bytes, charset), "");
            case MARKDOWN -> new MarkdownExtractor().extract(ContentSniffer.decode(bytes, charset));
            case TEXT -> new PlainTextExtractor().extract(ContentSniffer.decode(bytes, charset));
        };
        if (text.text().isBlank()) {
            throw new InputException("contains no readable text");
        }
        return new Extracted(location, type, sha256(bytes), text, origin);
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
