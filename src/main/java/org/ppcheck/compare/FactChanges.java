package org.ppcheck.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ppcheck.compare.PolicyDiff.Change;
import org.ppcheck.compare.PolicyDiff.Quoted;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.report.Report;

/**
 * Which facts appeared and disappeared between two versions. A fact the older report has and the
 * newer lacks is "removed" only when none of its evidence is still in the newer text (compared as
 * {@link Words}); when some is, the text still says it and only the fact extractor missed it (a
 * renamed heading can take away the context it reads a list item in), so the fact is listed apart
 * with what the newer text says. A lawyer reading the diff then sees both that ppcheck no longer
 * finds the fact and the words to check it against. Evidence that is a heading counts as still
 * there when its section is, under a new heading. The same holds the other way round for a fact
 * that appears although the older text already said it.
 */
final class FactChanges {
    private FactChanges() {
    }

    /** The changes of each kind of fact that has any, keyed and ordered as the report's facts. */
    static Map<String, Change> of(Report a, StructuredText textA, Report b, StructuredText textB, SectionChanges sections) {
        Version older = new Version(textA, sections, true);
        Version newer = new Version(textB, sections, false);
        Map<String, Change> out = new LinkedHashMap<>();
        for (FactKind kind : FactKind.values()) {
            Map<String, List<Report.Evidence>> before = kind.facts(a);
            Map<String, List<Report.Evidence>> after = kind.facts(b);
            Map<String, Quoted> stillInText = new TreeMap<>();
            Map<String, Quoted> alreadyInText = new TreeMap<>();
            List<String> removed = missing(before, after, older, newer, stillInText);
            List<String> added = missing(after, before, newer, older, alreadyInText);
            if (!added.isEmpty() || !removed.isEmpty() || !stillInText.isEmpty() || !alreadyInText.isEmpty()) {
                out.put(kind.key(), new Change(added, removed, List.copyOf(stillInText.values()), List.copyOf(alreadyInText.values())));
            }
        }
        return out;
    }

    /**
     * The ids {@code from} has and {@code to} lacks whose evidence {@code to}'s text does not
     * contain, sorted; the others go into {@code stillThere} with what that text says.
     */
    private static List<String> missing(Map<String, List<Report.Evidence>> from, Map<String, List<Report.Evidence>> to, Version fromText,
                                        Version toText, Map<String, Quoted> stillThere) {
        TreeSet<String> gone = new TreeSet<>();
        from.forEach((id, evidence) -> {
            if (to.containsKey(id)) {
                return;
            }
            Quoted quote = fromText.stillIn(id, evidence, toText);
            if (quote == null) {
                gone.add(id);
            } else {
                stillThere.put(id, quote);
            }
        });
        return List.copyOf(gone);
    }

    /** One version's text, read as words once for all its facts. */
    private static final class Version {
        private final String text;
        private final Words words;
        private final TreeMap<Integer, Block> headings = new TreeMap<>();
        private final SectionChanges sections;
        private final boolean older;

        Version(StructuredText structured, SectionChanges sections, boolean older) {
            this.text = structured.text();
            this.words = Words.of(text);
            this.sections = sections;
            this.older = older;
            structured.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING).forEach(b -> headings.put(b.start(), b));
        }

        /**
         * What {@code other} still says of a fact of this version: the longest of its evidence that
         * is there, or the new heading of a renamed section whose heading was the evidence; null when
         * none of it is left.
         */
        Quoted stillIn(String id, List<Report.Evidence> evidence, Version other) {
            String best = null;
            for (Report.Evidence e : evidence) {
                String found = other.words.find(phrase(e));
                if (found != null && (best == null || found.length() > best.length())) {
                    best = found;
                }
            }
            if (best != null) {
                return new Quoted(id, best, null);
            }
            for (Report.Evidence e : evidence) {
                Block heading = heading(e);
                List<String> renamed = heading == null ? null : sections.renamed(heading.headingPath(), older);
                if (renamed != null) {
                    List<String> path = heading.headingPath();
                    return new Quoted(id, renamed.get(renamed.size() - 1), path.get(path.size() - 1));
                }
            }
            return null;
        }

        /**
         * The evidence as a phrase of this text: at its offsets when they point at it (so that a whole
         * sentence must be found as a whole sentence), else its words alone.
         */
        private Words.Phrase phrase(Report.Evidence e) {
            if (at(e)) {
                return words.phrase(e.start(), e.end());
            }
            return new Words.Phrase(Words.of(e.text()).list(), false, false);
        }

        private boolean at(Report.Evidence e) {
            return e.start() >= 0 && e.end() <= text.length() && e.end() - e.start() == e.text().length() && text.startsWith(e.text(), e.start());
        }

        /** The heading the evidence is, or null when it is not one. */
        private Block heading(Report.Evidence e) {
            Map.Entry<Integer, Block> h = at(e) ? headings.floorEntry(e.start()) : null;
            return h != null && h.getValue().end() >= e.end() ? h.getValue() : null;
        }
    }
}
