package org.ppcheck.facts;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * How long data is kept, as an ISO-8601 period: the text as written ({@code P30D}, {@code P2W},
 * {@code P1Y6M}, {@code PT48H}) with its date part and time part. A policy states one (a retention
 * fact) and a rule sets one ({@code max:} of max-retention), so that both are read and compared by
 * this one type. Lengths compare with a year counted as 365 days and a month as 30, as ppcheck has
 * always counted them: {@code P1Y6M} is 545 days, longer than {@code P18M} (540) and {@code P1Y}.
 *
 * @param text the period as written; reports and messages show it unchanged
 * @param date the years, months, weeks and days
 * @param time the hours, minutes and seconds after {@code T}
 */
public record RetentionPeriod(String text, Period date, Duration time) {
    private static final int DAYS_IN_YEAR = 365;
    private static final int DAYS_IN_MONTH = 30;
    /** Orders periods by their length. */
    public static final Comparator<RetentionPeriod> BY_LENGTH = Comparator.comparing(RetentionPeriod::asDuration);
    /** Years, months, weeks and days, then hours, minutes and seconds; whole numbers, no sign. */
    private static final Pattern FORM = Pattern.compile("P(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?");

    public RetentionPeriod {
        if (text == null || date == null || time == null || date.isNegative() || time.isNegative()) {
            throw new IllegalArgumentException("not a retention period: " + text);
        }
    }

    /**
     * Reads an ISO-8601 period such as {@code P1Y6M}, {@code P30D}, {@code P2W} or {@code PT48H}.
     *
     * @throws IllegalArgumentException when the text is not such a period or is too long to compare
     */
    public static RetentionPeriod parse(String text) {
        String iso = text.strip();
        if (!FORM.matcher(iso).matches()) {
            throw new IllegalArgumentException("not an ISO-8601 period: " + text);
        }
        int t = iso.indexOf('T');
        try {
            Period date = t < 0 ? Period.parse(iso) : t == 1 ? Period.ZERO : Period.parse(iso.substring(0, t));
            Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + iso.substring(t));
            RetentionPeriod period = new RetentionPeriod(iso, date, time);
            period.asDuration(); // one too long to add up fails here rather than when it is compared
            return period;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("too long to compare: " + text, e);
        }
    }

    /** The length with a year counted as 365 days and a month as 30. */
    public Duration asDuration() {
        return Duration.ofDays(DAYS_IN_YEAR).multipliedBy(date.getYears())
                .plus(Duration.ofDays(DAYS_IN_MONTH).multipliedBy(date.getMonths()))
                .plus(Duration.ofDays(date.getDays()))
                .plus(time);
    }

    /** Whether this period is longer than the other. */
    public boolean longerThan(RetentionPeriod other) {
        return BY_LENGTH.compare(this, other) > 0;
    }

    /** The period in words, as people write it: {@code P1Y6M} is "1 year and 6 months", {@code PT48H} "48 hours". */
    public String words() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        boolean time = false;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("T|(\\d+)([YMWDHS])").matcher(text);
        while (m.find()) {
            if (m.group().equals("T")) {
                time = true;
                continue;
            }
            long n = Long.parseLong(m.group(1));
            String unit = switch (m.group(2)) {
                case "Y" -> "year";
                case "M" -> time ? "minute" : "month";
                case "W" -> "week";
                case "D" -> "day";
                case "H" -> "hour";
                default -> "second";
            };
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "0 days" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The words of an ISO-8601 period, or the text as it is when it is not one. */
    public static String words(String iso) {
        try {
            return parse(iso).words();
        } catch (IllegalArgumentException e) {
            return iso;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
