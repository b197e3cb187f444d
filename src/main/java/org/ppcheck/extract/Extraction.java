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

    /** What was read: where from, as what, its digest, and the structured text. */
    public record Extracted(String location, ContentType contentType, String sha256, StructuredText text) { }

    private Extraction() {
    }

    /** Reads and extracts one file; every problem with the file itself is an {@link InputException}. */
    public static Extracted fromFile(Path file) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException("is a directory");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file; check the path");
        } catch (IOException e) {
            throw new InputException("cannot be read (" + e.getMessage() + ")", e);
        }
        return fromBytes(file.toString(), bytes);
    }

    /** Extracts a policy from bytes; {@code location} names the source and breaks Markdown/text ties. */
    public static Extracted fromBytes(String location, byte[] bytes) throws InputException {
        ContentType type = ContentSniffer.detect(bytes, location);
        StructuredText text = switch (type) {
            case PDF -> new PdfExtractor().extract(bytes);
            case HTML -> new HtmlExtractor().extract(ContentSniffer.decode(bytes), "");
            case MARKDOWN -> new MarkdownExtractor().extract(ContentSniffer.decode(bytes));
            case TEXT -> new PlainTextExtractor().extract(ContentSniffer.decode(bytes));
        };
        if (text.text().isBlank()) {
            throw new InputException("contains no readable text");
        }
        return new Extracted(location, type, sha256(bytes), text);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
