package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The code asks for cue lists by name ({@link Cue}), and lexicon entries by their {@code context};
 * every name asked for is defined in cues.yaml or place-roles.yaml, and every list defined there is
 * asked for, so a renamed or forgotten list is found before a policy meets it.
 */
class CueNamesTest {
    private final Lexicons lex = Lexicons.standard();

    @Test
    void everyCueListTheCodeAsksForIsDefined() {
        Set<String> missing = new TreeSet<>();
        for (Cue cue : Cue.values()) {
            cue.listNames().stream().filter(name -> !lex.cues().containsKey(name)).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyContextALexiconNamesHasItsCueListAndHeadingList() {
        assertThat(lex.contexts()).contains("rights", "korea");
        for (String context : lex.contexts()) {
            assertThat(lex.cues()).containsKeys(context, context + "Heading");
        }
    }

    @Test
    void everyCueListDefinedIsAskedFor() {
        Set<String> asked = new TreeSet<>();
        Arrays.stream(Cue.values()).forEach(c -> asked.addAll(c.listNames()));
        lex.contexts().forEach(c -> asked.addAll(Cue.contextLists(c)));

        assertThat(new TreeSet<>(lex.cues().keySet())).as("cue lists nothing asks for").isSubsetOf(asked);
    }

    @Test
    void aContextNeedsItsHeadingList() {
        assertThat(Cue.COLLECT.listNames()).containsExactly("collect", "collectHeading");
        assertThat(Cue.STORED.listNames()).containsExactly("stored");
        var sentence = Policies.analyze("p.md", "We store your data.").sentences().get(0);
        assertThatThrownBy(() -> lex.inContext(Cue.STORED, sentence)).isInstanceOf(IllegalArgumentException.class);
        assertThat(lex.inContext(Cue.COLLECT, sentence)).isTrue();
    }
}
