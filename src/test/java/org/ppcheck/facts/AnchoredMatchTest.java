package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ppcheck.extract.Extraction;
import org.ppcheck.nlp.Sentence;
import org.ppcheck.nlp.TextAnalyzer;

/** A part tried only where its first words occur finds what {@link Matcher#find()} finds, in the same order. */
class AnchoredMatchTest {

    private static Sentence sentence(String text) throws Exception {
        return new TextAnalyzer().analyze(Extraction.fromBytes("s.txt", text.getBytes(StandardCharsets.UTF_8))).sentences().get(0);
    }

    /** Every match the part offers when each one is refused, as "start-end". */
    private static List<String> allMatches(Lexicon.Part part, Sentence s) {
        List<String> seen = new ArrayList<>();
        part.find(s, m -> {
            seen.add(m.start() + "-" + m.end());
            return false;
        });
        return seen;
    }

    private static List<String> byFind(Pattern p, String text) {
        List<String> seen = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            seen.add(m.start() + "-" + m.end());
        }
        return seen;
    }

    @Test
    void anchoredMatchesEqualFindMatches() throws Exception {
        String regex = "\\b(?:third[- ]party\\s+)?(?:service\\s+providers?|vendors?)\\b";
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        Lexicon.Part part = new Lexicon.Part(p, Set.of("third*", "service*", "vendor*"), LeadingWords.of(regex));
        Sentence s = sentence("We share data with Third-party service providers, vendors and our own service staff, "
                + "and with VENDORS of cloud services.");
        assertThat(part.anchors()).isNotEmpty();
        assertThat(allMatches(part, s)).isEqualTo(byFind(p, s.text())).hasSize(3);
    }

    @Test
    void anAcceptedMatchIsTheLeftmostOneAccepted() throws Exception {
        String regex = "\\bip\\s+address(?:es)?\\b";
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        Lexicon.Part part = new Lexicon.Part(p, Set.of("ip*"), LeadingWords.of(regex));
        Sentence s = sentence("We do not keep your IP address, but we log the IP addresses of servers.");
        Matcher first = part.find(s, m -> true);
        Matcher second = part.find(s, m -> m.start() > 30);
        assertThat(s.text().substring(first.start(), first.end())).isEqualTo("IP address");
        assertThat(s.text().substring(second.start(), second.end())).isEqualTo("IP addresses");
        assertThat(part.find(s, m -> false)).isNull();
    }

    @Test
    void aPartWithUnlessSkipsSentencesThatHoldIt() throws Exception {
        String regex = "\\byour\\s+location\\b";
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        Lexicon.Part part = new Lexicon.Part(p, Set.of("your"), LeadingWords.of(regex),
                Pattern.compile("\\bpermission\\b", Pattern.CASE_INSENSITIVE), null);
        assertThat(part.find(sentence("We infer your location from your IP address."), m -> true)).isNotNull();
        assertThat(part.find(sentence("With your permission, we keep your location during a ride."), m -> true)).isNull();
        Lexicon.Part only = new Lexicon.Part(p, Set.of("your"), LeadingWords.of(regex), null,
                Pattern.compile("\\bpermission\\b", Pattern.CASE_INSENSITIVE));
        assertThat(only.find(sentence("We infer your location from your IP address."), m -> true)).isNull();
        assertThat(only.find(sentence("With your permission, we keep your location during a ride."), m -> true)).isNotNull();
    }
}
