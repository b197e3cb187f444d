package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ppcheck.nlp.Sentence;

/**
 * NegEx-style negation scope over a sentence's OpenNLP tokens: a match is negated when a negation
 * cue stands before it in the same clause ("we do not collect ... biometric data"), or a negated
 * verb of handling follows it ("biometric data is never stored"). Pseudo-negations ("not limited
 * to", "without limitation", "if you do not") and conditions ("without your consent") do not negate.
 * Cue lists and windows live in {@code negation.yaml} ({@link NegationCues}).
 */
final class Negation {
    private final NegationCues cues;
    /** Every cue of {@code pre} and {@code post}, each once: a sentence with none of them negates nothing. */
    private final List<String> anyCue;

    Negation(NegationCues cues) {
        this.cues = cues;
        anyCue = java.util.stream.Stream.concat(cues.pre().stream(), cues.post().stream()).distinct().toList();
    }

    /** The lower-case tokens of the sentence last asked about, and which of them pseudo-negations cover. */
    private record Scope(Sentence sentence, List<String> tokens, boolean[] covered) { }

    private final ThreadLocal<Scope> last = new ThreadLocal<>();

    private Scope scope(Sentence sentence) {
        Scope scope = last.get();
        if (scope == null || scope.sentence() != sentence) {
            List<String> tokens = lower(sentence.tokens());
            scope = new Scope(sentence, tokens, pseudoCovered(tokens));
            last.set(scope);
        }
        return scope;
    }

    /** Whether the match at {@code [from, to)} (offsets within the sentence) is negated. */
    boolean isNegated(Sentence sentence, int from, int to) {
        if (!hasCue(sentence)) {
            return false; // most sentences: no need for the tokens
        }
        Scope scope = scope(sentence);
        List<String> tokens = scope.tokens();
        boolean[] covered = scope.covered();
        int first = tokenAt(sentence.tokens(), from);
        int lastToken = tokenAt(sentence.tokens(), Math.max(from, to - 1));
        boolean ownSubject = false; // "...: we collect your email" has a clause of its own after the colon
        for (int i = first - 1; i >= 0 && i >= first - cues.window(); i--) {
            String t = tokens.get(i);
            if (t.equals(cues.leadInMark()) && !ownSubject && negatedLeadIn(tokens, covered, i)) {
                return true;
            }
            ownSubject |= cues.subjects().contains(t);
            if (cues.terminators().contains(t) || isNewClause(tokens, i)) {
                break;
            }
            if (cues.pre().contains(t) && !covered[i]) {
                return true;
            }
        }
        // a list put before its verb ("Dates of birth, ... or bank details, we do not collect") is
        // followed by its negation however long it is; other terms only by a near one
        int reach = frontedList(tokens, first) ? cues.window() : cues.postWindow();
        for (int i = lastToken + 1; i < tokens.size() && i <= lastToken + reach; i++) {
            String t = tokens.get(i);
            if (reach > cues.postWindow() && cues.listMarks().contains(t) && deniedAfter(tokens, covered, i)) {
                return true; // "Name, email, ...: none of this is collected"
            }
            if (cues.terminators().contains(t) || startsOwnPredicate(tokens, i)) {
                break;
            }
            if (cues.post().contains(t) && !covered[i] && (i <= lastToken + cues.postWindow() ? followedByVerb(tokens, i)
                    : followedBy(tokens, i, cues.gathering()))) {
                return true;
            }
            if (reach > cues.postWindow() && (cues.relatives().contains(t) || cues.postVerbs().contains(t))) {
                break; // "..., which we use ..." or an affirmative verb: the list has its own predicate
            }
        }
        return false;
    }

    /**
     * "We collect none of the following:" or "we do not process these categories of data:" — a negated
     * clause that ends in a colon negates the list after it. The colon must close the clause that holds
     * the cue, within a few words, and come right after a word that announces a list.
     */
    private boolean negatedLeadIn(List<String> tokens, boolean[] covered, int colon) {
        if (colon == 0 || !cues.listAnnouncers().contains(tokens.get(colon - 1)) && !cues.postVerbs().contains(tokens.get(colon - 1))) {
            return false;
        }
        for (int i = colon - 1; i >= 0 && i >= colon - cues.leadInWindow(); i--) {
            String t = tokens.get(i);
            if (cues.terminators().contains(t) && !t.equals(cues.leadInMark())) {
                return false;
            }
            if (cues.pre().contains(t) && !covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause after a colon or dash denies collecting: a cue, then a verb of gathering. */
    private boolean deniedAfter(List<String> tokens, boolean[] covered, int mark) {
        for (int i = mark + 1; i < tokens.size() && i <= mark + cues.markWindow(); i++) {
            if (cues.pre().contains(tokens.get(i)) && !covered[i]) {
                for (int j = i + 1; j < tokens.size() && j <= i + cues.markWindow(); j++) {
                    if (cues.gathering().contains(tokens.get(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a sentence that introduces a list ends in a negated clause and a colon ("We never collect
     * the following:"), so that the list's items are negated.
     */
    boolean negatesList(Sentence leadIn) {
        if (leadIn == null || !hasCue(leadIn)) {
            return false;
        }
        Scope scope = scope(leadIn);
        List<String> tokens = scope.tokens();
        int colon = tokens.lastIndexOf(cues.leadInMark());
        return colon >= 0 && colon >= tokens.size() - cues.leadInEnd() && negatedLeadIn(tokens, scope.covered(), colon);
    }

    /**
     * Whether the sentence denies gathering data at all: a negation cue with a verb of gathering a few
     * words after it ("As a rule we do not aim to gather sensitive details of yours").
     */
    boolean deniesGathering(Sentence s) {
        if (s == null || !hasCue(s)) {
            return false;
        }
        Scope scope = scope(s);
        List<String> tokens = scope.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (cues.pre().contains(tokens.get(i)) && !scope.covered()[i]) {
                for (int j = i + 1; j < tokens.size() && j <= i + cues.gatheringWindow() && !cues.terminators().contains(tokens.get(j)); j++) {
                    if (cues.gathering().contains(tokens.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }



    /** Whether the term stands in a list that opens the sentence: no subject or verb comes before it. */
    private boolean frontedList(List<String> tokens, int first) {
        for (int i = 0; i < first; i++) {
            String t = tokens.get(i);
            if (cues.subjects().contains(t) || cues.relatives().contains(t) || cues.postVerbs().contains(t) || cues.auxiliaries().contains(t) || cues.pre().contains(t)
                    || cues.terminators().contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any negation cue occurs in the sentence at all, judged from its words. */
    private boolean hasCue(Sentence sentence) {
        if (sentence.lower().contains("n't") || sentence.lower().contains("n’t")) {
            return true;
        }
        for (String cue : anyCue) {
            if (sentence.words().contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** "... stored in Switzerland and is not disclosed": "and" before an auxiliary starts a predicate of its own. */
    private boolean startsOwnPredicate(List<String> tokens, int i) {
        return cues.predicateJoiners().contains(tokens.get(i)) && i + 1 < tokens.size() && cues.auxiliaries().contains(tokens.get(i + 1));
    }

    private boolean followedByVerb(List<String> tokens, int cue) {
        return followedBy(tokens, cue, cues.postVerbs());
    }

    private boolean followedBy(List<String> tokens, int cue, Set<String> verbs) {
        for (int i = cue + 1; i < tokens.size() && i <= cue + cues.postVerbWindow(); i++) {
            if (verbs.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** ", we" or "and we" starts a new clause with its own subject. */
    private boolean isNewClause(List<String> tokens, int i) {
        return cues.clauseSubjects().contains(tokens.get(i)) && i > 0 && cues.clauseJoiners().contains(tokens.get(i - 1));
    }

    private boolean[] pseudoCovered(List<String> tokens) {
        boolean[] covered = new boolean[tokens.size()];
        for (List<String> phrase : cues.pseudo()) {
            for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
                if (tokens.subList(i, i + phrase.size()).equals(phrase)) {
                    for (int j = i; j < i + phrase.size(); j++) {
                        covered[j] = true;
                    }
                }
            }
        }
        return covered;
    }

    private static List<String> lower(List<Sentence.Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Sentence.Token t : tokens) {
            String lower = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            // the UD tokenizer keeps "don't" whole; every "-n't" form is a "not"
            out.add(lower.endsWith("n't") && lower.length() > 3 ? "not" : lower);
        }
        return out;
    }

    /** The index of the token that contains or follows the offset. */
    private static int tokenAt(List<Sentence.Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
