package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads, from a regular expression, the words one of which every match must start with, as prefix
 * keys ("passport*" for {@code \bpassports?\b}). A pattern then runs only on sentences that hold
 * one of its own words. Alternations and optional groups ("(?:third-party )?vendors") give the
 * words of every way a match can start. When a start is not a plain word (a character class, a
 * repeated group, an anchor), the answer is null: the pattern is then judged by its entry's keys.
 */
final class LeadingWords {
    private static final int MIN_KEY = 2;
    private static final int MAX_KEY = 12;

    private LeadingWords() {
    }

    /** The prefix keys of every possible first word of a match, or null when they cannot be told. */
    static Set<String> of(String regex) {
        String r = stripZeroWidth(regex);
        if (r == null || r.isEmpty()) {
            return null;
        }
        List<String> alternatives = alternatives(r);
        if (alternatives.size() > 1) {
            return union(alternatives);
        }
        if (r.startsWith("(")) {
            return ofGroup(r);
        }
        return ofLiteral(r);
    }

    private static Set<String> ofGroup(String r) {
        int open;
        if (r.startsWith("(?:")) {
            open = 3;
        } else if (r.startsWith("(?-i:") || r.startsWith("(?i:")) {
            open = r.indexOf(':') + 1;
        } else if (r.startsWith("(?")) {
            return null; // lookahead, named group or flags: not a plain start
        } else {
            open = 1;
        }
        int close = closingParen(r, 0);
        if (close < 0) {
            return null;
        }
        Set<String> inside = union(alternatives(r.substring(open, close)));
        if (close + 1 < r.length() && r.charAt(close + 1) == '?') {
            // an optional group: the match starts in it or in what follows
            Set<String> after = of(r.substring(close + 2));
            return inside == null || after == null ? null : union(inside, after);
        }
        if (close + 1 < r.length() && "*{".indexOf(r.charAt(close + 1)) >= 0) {
            return null; // a repeated group, maybe zero times
        }
        return inside;
    }

    /** The keys of every alternative, or null when one of them cannot be told. */
    private static Set<String> union(List<String> alternatives) {
        Set<String> keys = new HashSet<>();
        for (String alternative : alternatives) {
            Set<String> k = of(alternative);
            if (k == null) {
                return null;
            }
            keys.addAll(k);
        }
        return keys.isEmpty() ? null : keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> keys = new HashSet<>(a);
        keys.addAll(b);
        return keys;
    }

    private static Set<String> ofLiteral(String r) {
        int i = 0;
        while (i < r.length() && (Character.isLetterOrDigit(r.charAt(i))
                || r.charAt(i) == '-' && i > 0 && i + 1 < r.length() && Character.isLetterOrDigit(r.charAt(i + 1)))) {
            i++; // letters, digits and inner hyphens ("e-mail")
        }
        if (i < r.length() && "?*{".indexOf(r.charAt(i)) >= 0) {
            i--; // the last letter is optional
        }
        if (i < MIN_KEY) {
            return null;
        }
        return Set.of(r.substring(0, Math.min(i, MAX_KEY)).toLowerCase(Locale.ROOT) + "*");
    }

    /** Drops leading inline flags, word boundaries and lookbehinds, which match no characters. */
    private static String stripZeroWidth(String regex) {
        String r = regex;
        while (true) {
            if (r.startsWith("(?-i)") || r.startsWith("(?i)")) {
                r = r.substring(r.indexOf(')') + 1);
            } else if (r.startsWith("\\b")) {
                r = r.substring(2);
            } else if (r.startsWith("(?<!") || r.startsWith("(?<=")) {
                int close = closingParen(r, 0);
                if (close < 0) {
                    return null;
                }
                r = r.substring(close + 1);
            } else {
                return r;
            }
        }
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closingParen(String r, int open) {
        List<Integer> points = topLevel(r, open + 1);
        int end = points.get(points.size() - 1);
        return end < r.length() ? end : -1;
    }

    /** The top-level alternatives of a group's body. */
    private static List<String> alternatives(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int point : topLevel(body, 0)) {
            out.add(body.substring(start, Math.min(point, body.length())));
            start = point + 1;
        }
        return out;
    }

    /**
     * Scans from {@code from} at nesting depth 0, minding escapes and character classes: the
     * indexes of the '|' found there, then the index of the ')' that ends the level (or the length).
     */
    private static List<Integer> topLevel(String r, int from) {
        List<Integer> points = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                points.add(i);
                return points;
            } else if (c == '|' && depth == 0) {
                points.add(i);
            }
        }
        points.add(r.length());
        return points;
    }
}
