package org.ppcheck.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a file is from its bytes; the file name only breaks ties between Markdown and plain
 * text, which can look alike. Also decodes text (BOM, then UTF-16 told by its NUL bytes, then
 * strict UTF-8, then Windows-1252).
 */
public final class ContentSniffer {
    /** How many leading bytes (or characters) the sniffing looks at. */
    private static final int SAMPLE = 8192;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(p|div|h[1-6]|ul|ol|li|table|span|section|article|a)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_SIGN = Pattern.compile(
            "(?m)^(#{1,6} \\S|={3,}\\s*$|-{3,}\\s*$|[*+-] \\S|\\d+\\. \\S|> \\S|\\|.*\\|\\s*$)|\\[[^\\]]+\\]\\([^)]+\\)|\\*\\*[^*]+\\*\\*");
    /** Signs that plain text hardly ever shows: ATX or setext headings, links, bold. */
    private static final Pattern STRONG_MARKDOWN_SIGN = Pattern.compile(
            "(?m)^(#{1,6} \\S|={3,}\\s*$)|\\[[^\\]]+\\]\\([^)]+\\)|\\*\\*[^*\\n]+\\*\\*");

    private ContentSniffer() {
    }

    /** The content type of these bytes; {@code fileName} is used only to tell Markdown from plain text. */
    public static ContentType detect(byte[] bytes, String fileName) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("the file is empty");
        }
        if (startsWithPdfMagic(bytes)) {
            return ContentType.PDF;
        }
        if (looksBinary(bytes)) {
            throw new InputException("the file is binary, not HTML, PDF, Markdown or text");
        }
        String text = decode(bytes);
        String head = text.substring(0, Math.min(text.length(), SAMPLE));
        if (HTML_START.matcher(head).find()) {
            return ContentType.HTML;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return ContentType.MARKDOWN; // Markdown may hold HTML tags, <br> in tables above all
        }
        if (htmlTagDensity(head) > 0.02) {
            return ContentType.HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return STRONG_MARKDOWN_SIGN.matcher(head).results().count() >= 2 ? ContentType.MARKDOWN : ContentType.TEXT;
        }
        return MARKDOWN_SIGN.matcher(head).results().count() >= 3 ? ContentType.MARKDOWN : ContentType.TEXT;
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Decodes text whose charset a server declared (null when it did not): a BOM wins; then the
     * declared charset, then an HTML {@code <meta>} charset, each only if the bytes are valid in it
     * (a single-byte charset declared for bytes that are valid UTF-8 with non-ASCII characters is
     * taken to be wrong); then UTF-8 or Windows-1252 as {@link #decode(byte[])} does.
     */
    public static String decode(byte[] bytes, String declaredCharset) {
        if (bom(bytes) != null || bomlessUtf16(bytes) != null) {
            return decode(bytes);
        }
        String meta = null;
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            meta = m.group(1);
        }
        for (String name : new String[] {declaredCharset, meta}) {
            Charset cs = charset(name);
            if (cs == null) {
                continue;
            }
            if (!cs.equals(StandardCharsets.UTF_8) && isUtf8WithNonAscii(bytes) && cs.newEncoder().maxBytesPerChar() == 1) {
                break; // a single-byte charset declared for UTF-8 text: the declaration is wrong
            }
            String text = strict(bytes, cs);
            if (text != null) {
                return withoutNul(text);
            }
        }
        return decode(bytes);
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null; // unknown or illegal name: ignore the declaration
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isUtf8WithNonAscii(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        return nonAscii && strict(bytes, StandardCharsets.UTF_8) != null;
    }

    /** A byte-order mark: the charset it announces and its length in bytes. */
    private record Bom(Charset charset, int length) { }

    /** The byte-order mark the bytes start with, or null. */
    private static Bom bom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /**
     * Decodes text: a BOM wins, then UTF-16 when the NUL bytes say so, then UTF-8 if the bytes are
     * valid UTF-8, else Windows-1252. NUL characters are dropped: in text they are noise.
     */
    public static String decode(byte[] bytes) {
        Bom bom = bom(bytes);
        if (bom != null) {
            return withoutNul(new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset()));
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return withoutNul(new String(bytes, utf16));
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return withoutNul(utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252")));
    }

    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    /**
     * UTF-16 without a BOM, told by where its NUL bytes fall in the first {@link #SAMPLE} bytes:
     * text in the Latin range has a NUL as the high byte of most characters, so at odd offsets in
     * little-endian and at even offsets in big-endian, and almost never at the other parity. Null
     * when the bytes do not look like UTF-16 (text mostly outside the Latin range cannot be told
     * this way).
     */
    private static Charset bomlessUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        if (pairs == 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWithPdfMagic(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Text has hardly any NUL bytes (a stray one is noise, more than 1% are data) and few control
     * characters; UTF-16 with a BOM is text too, and UTF-16 without one is judged by its characters.
     */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            return false;
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return tooManyControls(new String(bytes, 0, Math.min(bytes.length, SAMPLE) & ~1, utf16));
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int nul = 0;
        for (int i = 0; i < sample; i++) {
            nul += bytes[i] == 0 ? 1 : 0;
        }
        return nul > Math.max(1, sample / 100) || tooManyControls(new String(bytes, 0, sample, StandardCharsets.ISO_8859_1));
    }

    /** More than one character in twenty is a C0 control other than a line break, tab or form feed. */
    private static boolean tooManyControls(String sample) {
        int control = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > sample.length() / 20;
    }

    private static double htmlTagDensity(String head) {
        long tags = HTML_TAG.matcher(head).results().count();
        return head.isEmpty() ? 0 : (double) tags * 10 / head.length();
    }
}
