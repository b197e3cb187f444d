package org.ppcheck.util;

/**
 * Text made fit for XML 1.0, which cannot hold most control characters: an XML writer escapes
 * markup but writes such characters as they are, and readers (Excel, feed readers) then refuse the
 * whole file. Policy text and vendor names may carry any character.
 */
public final class XmlText {
    private XmlText() {
    }

    /**
     * The text with what XML 1.0 cannot hold replaced: C0 control characters other than tab, line
     * feed and carriage return become visible escapes ({@code \x1b}); U+FFFE, U+FFFF and unpaired
     * surrogates become U+FFFD.
     */
    public static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
