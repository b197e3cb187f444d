package org.ppcheck.compare;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.ppcheck.facts.Names;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/**
 * What several parts of {@code report.html} show the same way: escaped text, the grade (or why
 * there is none), where data goes with the places the rules forbid marked in words, and lists of
 * plain names. Every text from a policy, a vendor list or the rules goes through {@link #esc}.
 */
final class HtmlParts {
    /** How a place the rules forbid is marked, in words as well as colour. */
    static final String HIGH_RISK = " (high-risk)";

    private HtmlParts() {
    }

    /** Text escaped for HTML content and quoted attribute values. */
    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    /** The text with its first letter in upper case, to start a sentence. */
    static String capitalized(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The grade as a badge with the score, or "not assessed: German (de)" without either. */
    static String grade(Report r) {
        if (!r.score().assessed()) {
            return "<span class=\"not-assessed\">" + esc(KeyFacts.grade(r)) + "</span>";
        }
        String g = r.score().grade();
        return "<span class=\"grade g" + esc(g) + "\">" + esc(g) + "</span> " + r.score().value();
    }

    /** The cap reason as a small line ("Grade capped because the policy stores data in China"), or "". */
    static String capReason(Report r, String tag) {
        String why = KeyFacts.capReason(r);
        return why == null ? "" : "<" + tag + " class=\"cap\">" + esc(capitalized(why)) + "</" + tag + ">";
    }

    /**
     * Where data goes, one phrase per line; a place is marked high-risk when a failed finding names
     * it (a forbids-location rule's gap is the phrase itself: "stores data in China").
     */
    static String whereDataGoes(Report r, KeyFacts k, String none) {
        if (k.whereDataGoes().isEmpty()) {
            return esc(none);
        }
        List<String> gaps = r.failed().stream().map(KeyFacts::gap).toList();
        StringBuilder h = new StringBuilder();
        for (String where : k.whereDataGoes()) {
            if (!h.isEmpty()) {
                h.append("<br>");
            }
            boolean risky = gaps.stream().anyMatch(g -> g.contains(where));
            h.append(risky ? "<strong class=\"risk\">" + esc(where + HIGH_RISK) + "</strong>" : esc(where));
        }
        return h.toString();
    }

    /** Names as a sentence writes them, escaped, or {@code none} when there are none. */
    static String list(List<String> names, String none) {
        return names.isEmpty() ? esc(none) : esc(Names.sentenceList(names));
    }
}
