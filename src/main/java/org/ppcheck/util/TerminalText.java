package org.ppcheck.util;

/**
 * Text from a policy or a vendor list made safe to print on a terminal. A terminal obeys control
 * characters: ESC starts sequences that clear the screen, move the cursor, set the clipboard
 * (OSC 52) or hide a link (OSC 8), so a heading could wipe the real report and print a fake score.
 * Bidirectional overrides and isolates reorder what the reader sees. Each such character is
 * shown as a visible escape instead ({@code \x1b}, {@code \u202e}); tab, line feed and carriage
 * return as {@code \t}, {@code \n}, {@code \r}, since a value is one line of the renderer's layout.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text with every C0 and C1 control character, DEL, and bidi control shown as an escape; null stays null. */
    public static String escape(String s) {
        if (s == null || s.chars().noneMatch(TerminalText::isUnsafe)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnsafe(c)) {
                sb.append(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c <= 0xFF) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** C0 controls, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
    static boolean isUnsafe(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
