package org.ppcheck.compare;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vendor names as Unicode text and as file names. A name is compared in NFC, so "Café" typed with
 * a combining accent is the same vendor as "Café" typed with "é". Its file name (the slug) is
 * the name itself, lower-cased with hyphens for spaces, when the name is plain ASCII words
 * ("Lotus Chat" is {@code lotus-chat}); any other name is transliterated to ASCII, cut to
 * {@value #MAX_BASE} characters and given {@code _} and 8 hex digits of the SHA-256 of its NFC form
 * ("腾讯" is {@code teng-xun_…}), so that names in any script, of any length, never collide.
 */
public final class VendorNames {
    /** The longest slug before its hash: file names stay far below the 255 bytes file systems allow. */
    static final int MAX_BASE = 60;
    /** Letters and digits in words joined by one space or hyphen: such a name reads back from its slug up to case. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*");
    /** Device names that Windows refuses as file names whatever their extension. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private VendorNames() {
    }

    public static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** Whether the name is its own slug up to case and space-for-hyphen, so that its slug needs no hash. */
    static boolean isPlain(String name) {
        return name.length() <= MAX_BASE && PLAIN.matcher(name).matches() && !WINDOWS_DEVICE.matcher(name).matches();
    }

    /** The file-name-safe form of a name: see the class comment. */
    public static String slug(String name) {
        String nfc = nfc(name);
        if (isPlain(nfc)) {
            return nfc.toLowerCase(Locale.ROOT).replace(' ', '-');
        }
        String ascii = nfc.chars().allMatch(c -> c < 0x80) ? nfc : Ascii.INSTANCE.transliterate(nfc);
        String base = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        base = base.substring(0, Math.min(base.length(), MAX_BASE)).replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "vendor" : base) + "_" + hash(nfc);
    }

    private static String hash(String nfc) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** ICU's transliterator takes about a second to load, so it is loaded only for the first name outside ASCII. */
    private static final class Ascii {
        /** Transliterators are stateless, so threads share one. */
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }
}
