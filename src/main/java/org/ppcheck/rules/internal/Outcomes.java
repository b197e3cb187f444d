package org.ppcheck.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ppcheck.facts.Evidence;

/** Pieces the rule types share when they put an outcome into words and pick its evidence. */
final class Outcomes {
    /** A finding quotes at most this many pieces of evidence. */
    private static final int MAX_EVIDENCE = 5;

    private Outcomes() {
    }

    /** "A", "A or B", "A, B or C". */
    static String or(List<String> ids) {
        return ids.size() == 1 ? ids.get(0) : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    /** The messages of several outcomes as one text. */
    static String joined(List<Check.Outcome> outcomes) {
        return outcomes.stream().map(Check.Outcome::message).collect(Collectors.joining(" "));
    }

    /** The evidence of several facts in order, cut to the first few. */
    static List<Evidence> evidence(List<List<Evidence>> lists) {
        List<Evidence> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all.size() > MAX_EVIDENCE ? all.subList(0, MAX_EVIDENCE) : all;
    }
}
