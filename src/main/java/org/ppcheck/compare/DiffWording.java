package org.ppcheck.compare;

import java.util.ArrayList;
import java.util.List;
import org.ppcheck.facts.Names;

/**
 * The words the text and HTML diffs share, so that both say the same thing: what happened to each
 * fact, in plain names, statuses in words, and the change of the score. Texts from the policies
 * are returned as they are, marked as quotes; each renderer escapes them for its medium.
 */
final class DiffWording {
    /** The older status of a rule that the older report did not evaluate. */
    private static final String ABSENT = "absent";

    private DiffWording() {
    }

    /**
     * One line about one fact: "removed: phone numbers", or "no longer detected: payment details"
     * with a note that quotes what the text still says.
     *
     * @param what what happened to the fact
     * @param name the fact's plain name
     * @param note ppcheck's words and quotes from the policies, in order; empty when there is nothing to add
     */
    record FactLine(String what, String name, List<Segment> note) {
        FactLine {
            note = List.copyOf(note);
        }
    }

    /**
     * A piece of a note.
     *
     * @param text the words
     * @param quote whether they are quoted from a policy (and need escaping and quotation marks)
     */
    record Segment(String text, boolean quote) { }

    /** The lines of one kind's change: added, removed, no longer detected, newly detected. */
    static List<FactLine> lines(FactKind kind, PolicyDiff.Change c) {
        List<FactLine> out = new ArrayList<>();
        c.added().forEach(id -> out.add(new FactLine("added", kind.name(id), List.of())));
        c.removed().forEach(id -> out.add(new FactLine("removed", kind.name(id), List.of())));
        c.stillInText().forEach(q -> out.add(new FactLine("no longer detected", kind.name(q.id()), q.evidenceHeading() == null
                ? List.of(words("the new text still says "), quote(q.quote()))
                : List.of(words("it was read from the heading "), quote(q.evidenceHeading()),
                        words(", and the new text has that section under the heading "), quote(q.quote())))));
        c.alreadyInText().forEach(q -> out.add(new FactLine("newly detected", kind.name(q.id()), q.evidenceHeading() == null
                ? List.of(words("the old text already said "), quote(q.quote()))
                : List.of(words("it is read from the heading "), quote(q.evidenceHeading()),
                        words(", and the old text had that section under the heading "), quote(q.quote())))));
        return out;
    }

    private static Segment words(String text) {
        return new Segment(text, false);
    }

    private static Segment quote(String text) {
        return new Segment(text, true);
    }

    /** A rule's status in words: "passed", "failed", "not applicable"; "not evaluated" for a rule the older report lacked. */
    static String status(String status) {
        return ABSENT.equals(status) ? "not evaluated" : Names.status(status);
    }

    /** The change of the score: ", up 5", ", down 3", ", unchanged". */
    static String scoreChange(PolicyDiff.Score score) {
        int d = score.newValue() - score.oldValue();
        return d == 0 ? ", unchanged" : d > 0 ? ", up " + d : ", down " + (-d);
    }
}
