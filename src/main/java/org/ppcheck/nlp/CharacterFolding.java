package org.ppcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * What {@link MatchText} makes of single characters: which ones are invisible, which letters and
 * digits have an ASCII compatibility form (NFKC), and which look like one ASCII letter or digit
 * ({@code look-alikes.txt}, derived from the Unicode confusables by {@code LookAlikesTest}).
 */
final class CharacterFolding {
    /**
     * The default-ignorable code points (Unicode's Default_Ignorable_Code_Point) that are not of
     * category Cf, as inclusive ranges: the combining grapheme joiner, Hangul fillers, Khmer inherent
     * vowels, Mongolian variation selectors, variation selectors and the reserved ranges Unicode keeps
     * ignorable.
     */
    private static final int[] IGNORABLE_RANGES = {
        0x034F, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180F, 0x2065, 0x2065, 0x3164, 0x3164,
        0xFE00, 0xFE0F, 0xFFA0, 0xFFA0, 0xFFF0, 0xFFF8, 0xE0000, 0xE0FFF,
    };
    private static final String LOOK_ALIKES = "look-alikes.txt";

    private static final class Table {
        static final int[] CODE_POINTS;
        static final char[] ASCII;

        static {
            String[] lines = read().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toArray(String[]::new);
            CODE_POINTS = new int[lines.length];
            ASCII = new char[lines.length];
            for (int i = 0; i < lines.length; i++) {
                String[] fields = lines[i].split("\\s+", 3);
                CODE_POINTS[i] = Integer.parseInt(fields[0], 16);
                ASCII[i] = fields[1].charAt(0);
                if (i > 0 && CODE_POINTS[i] <= CODE_POINTS[i - 1] || fields[1].length() != 1 || ASCII[i] > 0x7F) {
                    throw new IllegalStateException(LOOK_ALIKES + ":" + lines[i] + ": code points must ascend, each with one ASCII character");
                }
            }
        }
    }

    private CharacterFolding() {
    }

    /** Whether the code point is an invisible formatting character: category Cf, or default-ignorable. */
    static boolean invisible(int cp) {
        if (Character.getType(cp) == Character.FORMAT) {
            return true;
        }
        for (int i = 0; i < IGNORABLE_RANGES.length; i += 2) {
            if (cp >= IGNORABLE_RANGES[i] && cp <= IGNORABLE_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the code point is a combining mark, which belongs to the letter before it. */
    static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * The ASCII letters and digits a letter or digit outside ASCII stands for in its compatibility
     * form ("ｇ" and "𝐠" give "g", "ﬁ" gives "fi"), or null when that form is not all ASCII letters
     * and digits. Other compatibility forms (no-break spaces, superscript digits, "…") are not asked
     * about: they would change how ordinary text reads ("GDPR¹" is not "GDPR1").
     */
    static String asciiForm(int cp) {
        if (cp < 0x80 || !Character.isLetterOrDigit(cp)) {
            return null;
        }
        String s = Character.toString(cp);
        if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            return null;
        }
        String form = Normalizer.normalize(s, Normalizer.Form.NFKC);
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c > 0x7F || !Character.isLetterOrDigit(c)) {
                return null;
            }
        }
        return form;
    }

    /** The ASCII letter or digit the code point looks like, or 0 when it looks like none. */
    static char lookAlike(int cp) {
        if (cp < 0x80) {
            return 0;
        }
        int i = Arrays.binarySearch(Table.CODE_POINTS, cp);
        return i < 0 ? 0 : Table.ASCII[i];
    }

    private static String read() {
        try (InputStream in = CharacterFolding.class.getResourceAsStream(LOOK_ALIKES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LOOK_ALIKES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
