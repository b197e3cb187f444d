package org.ppcheck.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text: blank lines separate paragraphs, wrapped lines are joined, bullets start list
 * items, and short lines that look like titles (numbered, in capitals, or Title Case without a full
 * stop) become headings. Also used for the lines that PDFBox extracts, where font size helps.
 */
final class PlainTextExtractor {
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*•–·▪◦]|\\(?[a-z0-9]{1,3}[).])\\s+\\S.*");
    private static final Pattern BULLET_MARK = Pattern.compile("^\\s*([-*•–·▪◦]|\\(?[a-z0-9]{1,3}[).])\\s+");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.|[A-Z]\\.)\\s+[A-Z].{1,80}$");
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile(".*[.,;:!?]\\s*$|.*\\b(and|or|the|of|to|a)$");

    /** One line of input; {@code emphasized} is true when the source set it larger or bold. */
    record Line(String text, boolean emphasized, boolean gapBefore) { }

    private final int maxTextChars;

    /** An extractor that stops once the text is over {@code maxTextChars} characters (see {@link Limits}). */
    PlainTextExtractor(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    StructuredText extract(String text) {
        List<Line> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(l -> new Line(l, false, false)).toList();
        return extract(lines, null);
    }

    StructuredText extract(List<Line> lines, String title) {
        TextBuilder out = new TextBuilder(maxTextChars);
        StringBuilder para = new StringBuilder();
        boolean paraIsItem = false;
        boolean seenHeading = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String s = line.text().strip();
            boolean blankBefore = i == 0 || lines.get(i - 1).text().isBlank() || line.gapBefore();
            boolean blankAfter = i + 1 >= lines.size() || lines.get(i + 1).text().isBlank() || lines.get(i + 1).gapBefore();
            if (s.isEmpty() || line.gapBefore()) {
                paraIsItem = flush(out, para, paraIsItem);
                if (s.isEmpty()) {
                    continue;
                }
            }
            int level = headingLevel(s, line.emphasized(), blankBefore, blankAfter);
            if (level > 0 && !seenHeading && !NUMBERED_HEADING.matcher(s).matches()) {
                level = 1; // a document's first heading, unless numbered, is its title
            }
            seenHeading |= level > 0 && (para.isEmpty() || line.emphasized());
            if (level > 0 && para.isEmpty()) {
                out.heading(level, s);
            } else if (level > 0 && line.emphasized()) {
                paraIsItem = flush(out, para, paraIsItem);
                out.heading(level, s);
            } else if (BULLET.matcher(s).matches() && !NUMBERED_HEADING.matcher(s).matches()) {
                paraIsItem = flush(out, para, paraIsItem);
                para.append(BULLET_MARK.matcher(s).replaceFirst(""));
                paraIsItem = true;
            } else {
                para.append(para.isEmpty() ? "" : " ").append(s);
            }
        }
        flush(out, para, paraIsItem);
        out.titleIfAbsent(title);
        return out.build();
    }

    /** 0 when the line is not a heading; else 2 for numbered or capitals, 3 for sub-numbered or Title Case. */
    private static int headingLevel(String s, boolean emphasized, boolean blankBefore, boolean blankAfter) {
        if (s.length() > 100 || ENDS_LIKE_SENTENCE.matcher(s).matches() && !s.endsWith(":") || s.endsWith(",")) {
            return 0;
        }
        boolean letters = s.chars().anyMatch(Character::isLetter);
        boolean capitals = letters && s.equals(s.toUpperCase()) && s.length() > 3;
        boolean numbered = NUMBERED_HEADING.matcher(s).matches() && s.length() <= 80;
        if (numbered && (blankBefore || emphasized)) {
            return s.matches("^\\d+\\.\\d.*") ? 3 : 2;
        }
        if ((capitals && blankBefore || emphasized) && s.length() <= 80 && !s.endsWith(":")) {
            return 2;
        }
        if (blankBefore && blankAfter && s.length() <= 60 && titleCase(s)) {
            return 3;
        }
        return 0;
    }

    private static boolean titleCase(String s) {
        String[] words = s.split("\\s+");
        long capitalized = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return Character.isUpperCase(s.charAt(0)) && words.length <= 8 && capitalized * 2 >= words.length;
    }

    private static boolean flush(TextBuilder out, StringBuilder para, boolean isItem) {
        if (!para.isEmpty()) {
            if (isItem) {
                out.listItem(para.toString());
            } else {
                out.paragraph(para.toString());
            }
            para.setLength(0);
        }
        return false;
    }
}
