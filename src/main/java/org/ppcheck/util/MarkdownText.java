package org.ppcheck.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a policy or a vendor list made inert in Markdown: it renders as the same characters
 * and never as a link, an image, raw HTML, code, emphasis, a table cell break or a heading. A policy
 * is written by the party being judged, and a Markdown report is pasted into memos and wikis that
 * would otherwise follow its {@code [text](javascript:…)} links and load its remote images.
 */
public final class MarkdownText {
    /** Backslash first, so that a policy's own backslash cannot undo the escape that follows it. */
    private static final String PUNCTUATION = "\\`*_[]()!<>|~";
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");
    /** What starts a heading, a list or a setext underline when it opens a line ("1." an ordered list). */
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*([#+=-]|\\d{1,9}(?=\\.))");

    private MarkdownText() {
    }

    /**
     * The text on one line, with control and bidi characters shown as {@link TerminalText} escapes
     * and Markdown's active characters backslash-escaped; null gives "".
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        String line = TerminalText.escape(LINE_BREAK.matcher(s).replaceAll(" "));
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        Matcher start = BLOCK_START.matcher(sb);
        if (start.find()) {
            boolean number = Character.isDigit(start.group(1).charAt(0));
            sb.insert(number ? start.end(1) : start.start(1), '\\');
        }
        return sb.toString();
    }
}
