package org.ppcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Entry point of the stage: reads a file, detects its type and extracts structured text. */
public final class Extraction {

    /** What was read: where from, as what, its digest, the structured text, and for a fetched document its origin (else null). */
    public record Extracted(String location, ContentType contentType, String sha256, StructuredText text, Origin origin) { }

    /** Where a fetched document came from: the URL asked for, the final URL after redirects, when, and its archived snapshot. */
    public record Origin(String url, String finalUrl, String fetchedAt, String snapshot) { }

    /** The longest array every JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final long MB = 1024 * 1024;

    private Extraction() {
    }

    /** Reads and extracts one file within the default limits. */
    public static Extracted fromFile(Path file) throws InputException {
        return fromFile(file, Limits.DEFAULT);
    }

    /**
     * Reads and extracts one file; every problem with the file itself is an {@link InputException}.
     * Only a regular file (or a link to one) is read: a device such as {@code /dev/zero} reports
     * size 0 and never ends, and opening a FIFO blocks until someone writes to it, so the type is
     * checked before the file is opened. Reading stops one byte past the size limit, whatever size
     * the file claimed.
     */
    public static Extracted fromFile(Path file, Limits limits) throws InputException {
        return fromBytes(file.toString(), readFile(file, limits), null, null, null, limits);
    }

    /** The bytes of a policy file, read as {@link #fromFile(Path, Limits)} reads them. */
    public static byte[] readFile(Path file, Limits limits) throws InputException {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new InputException("is a directory");
            }
            if (!attributes.isRegularFile()) {
                throw new InputException("is not a regular file (a device, FIFO or socket); ppcheck reads files");
            }
            if (attributes.size() > limits.maxInputBytes()) {
                throw new InputException("is " + attributes.size() / MB + " MB, over the limit of "
                        + limits.maxInputBytes() / MB + " MB (see --max-input-size)");
            }
            int cap = (int) Math.min(limits.maxInputBytes(), MAX_ARRAY - 1);
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(cap + 1);
            }
            if (bytes.length > cap) { // a file that grew, or whose size was not what it holds (as in /proc)
                throw new InputException("is over the limit of " + (cap >= MB ? cap / MB + " MB" : cap + " bytes")
                        + " (see --max-input-size)");
            }
        } catch (NoSuchFileException e) {
            throw new InputException("no such file; check the path");
        } catch (IOException e) {
            throw new InputException("cannot be read (" + e.getMessage() + ")", e);
        }
        return bytes;
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
        StructuredText text;
        try {
            text = switch (type) {
                case PDF -> new PdfExtractor(limits).extract(bytes);
                case HTML -> new HtmlExtractor(limits.maxHtmlDepth(), limits.maxTextChars())
                        .extract(ContentSniffer.decode(bytes, charset), "");
                case MARKDOWN -> new MarkdownExtractor(limits.maxTextChars()).extract(ContentSniffer.decode(bytes, charset));
                case TEXT -> new PlainTextExtractor(limits.maxTextChars()).extract(ContentSniffer.decode(bytes, charset));
            };
        } catch (TextBuilder.TooMuchText e) {
            throw new InputException(String.format(Locale.ROOT, "the extracted text is over %,d characters (see --max-text)", e.limit()));
        }
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
