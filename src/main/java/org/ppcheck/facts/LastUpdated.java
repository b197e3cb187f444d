package org.ppcheck.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Last updated: March 3, 2026" and similar lines into an ISO date. */
final class LastUpdated {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern LINE = Pattern.compile(
            "\\b(?:last\\s+(?:updated|modified|revised|changed|update|amended|reviewed)|(?:effective|revision|updated|version|publication|published)"
                    + "(?:\\s+date)?|date\\s+of\\s+(?:last\\s+)?(?:update|revision|entry\\s+into\\s+force)|effective\\s+(?:as\\s+of|from|on)|in\\s+effect\\s+(?:as\\s+of|from))"
                    + "\\s*(?:on|of|as\\s+of|from|dated)?\\s*[:\\-–—]?\\s*\\**\\s*"
                    + "(" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}"
                    + "|\\d{4}-\\d{1,2}-\\d{1,2}"
                    + "|\\d{1,2}[./]\\d{1,2}[./]\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("MMMM d yyyy"), formatter("MMM d yyyy"), formatter("d MMMM yyyy"), formatter("d MMM yyyy"),
            formatter("yyyy-M-d"), formatter("M/d/yyyy"), formatter("d.M.yyyy"));

    private LastUpdated() {
    }

    /** The date as yyyy-mm-dd, or null when the text has no such line. */
    static String find(String text) {
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            String iso = parse(m.group(1));
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    static String parse(String raw) {
        String s = raw.replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "").replace(",", " ").replace("of ", "")
                .replaceAll("(?i)\\bSept\\b", "Sep").replaceAll("\\.(?=\\s)", "").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(s, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
