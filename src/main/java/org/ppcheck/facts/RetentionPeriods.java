package org.ppcheck.facts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds concrete periods ("for 30 days", "up to three (3) years") and writes them as ISO-8601 durations. */
final class RetentionPeriods {
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("eighteen", 18),
            Map.entry("twenty", 20), Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("sixty", 60),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("a single", 1));
    /** A period with the word that introduces it; "a year" counts only after such a word. */
    static final Pattern PERIOD = Pattern.compile(
            "\\b(for|up\\s+to|after|within|of|maximum\\s+of|minimum\\s+of|at\\s+least|at\\s+most|than|period\\s+of|until|to|about|approximately|over|past|least)?\\s*"
                    + "(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|eighteen|"
                    + "twenty-four|twenty|thirty|sixty|ninety|a\\s+single|an?)\\s*(?:\\(\\d{1,4}\\)\\s*)?[-\\s]?"
                    + "(?:calendar\\s+|business\\s+|working\\s+|full\\s+)?(hours?|days?|weeks?|months?|years?)\\b",
            Pattern.CASE_INSENSITIVE);

    private RetentionPeriods() {
    }

    /** The ISO-8601 duration of the match, or null when the number is not a usable period. */
    static String isoDuration(Matcher m) {
        String lead = m.group(1);
        String amount = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if ((amount.equals("a") || amount.equals("an")) && lead == null) {
            return null;
        }
        Integer n = NUMBER_WORDS.containsKey(amount) ? NUMBER_WORDS.get(amount) : Integer.valueOf(amount);
        if (n == 0) {
            return null;
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        return switch (unit.charAt(0)) {
            case 'h' -> "PT" + n + "H";
            case 'd' -> "P" + n + "D";
            case 'w' -> "P" + n + "W";
            case 'm' -> "P" + n + "M";
            default -> "P" + n + "Y";
        };
    }
}
