package org.ppcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The character data of {@link MatchText} agrees with ICU4J's Unicode data: {@code look-alikes.txt}
 * is what the Unicode confusables (TR39 skeletons) give, and the invisible characters are exactly those
 * of category Cf and the default-ignorable ones.
 */
class LookAlikesTest {
    private static final Path RESOURCE = Path.of("src/main/resources/org/ppcheck/nlp/look-alikes.txt");
    private static final String HEADER = """
            # Letters and digits outside ASCII that look like one ASCII letter or digit, and that letter or digit.
            # Derived from the Unicode confusables (TR39 skeletons) of ICU4J by LookAlikesTest, which fails when this
            # file and ICU4J disagree and then writes the derived table to target/look-alikes.txt for review.
            # A character is listed when its skeleton is the skeleton of an ASCII letter or digit; a letter then maps
            # to a letter (an upper-case one to an upper-case letter where the skeleton allows), a digit to a digit.
            # Characters whose compatibility form (NFKC) is already ASCII (fullwidth, mathematical) are left to NFKC.
            """;

    /**
     * The derived table: for every letter or decimal digit outside ASCII whose skeleton is that of an ASCII
     * letter or digit, the one it stands for. The skeleton of "I", "l" and "1" is the same ("l"), so the
     * character's case and category choose among them: a Cyrillic "І" is "I", a palochka "ӏ" is "l".
     */
    static String derived() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        Map<String, List<Character>> asciiBySkeleton = new HashMap<>();
        for (char c = '0'; c <= 'z'; c++) {
            if (Character.isLetterOrDigit(c)) {
                asciiBySkeleton.computeIfAbsent(spoof.getSkeleton(String.valueOf(c)), k -> new ArrayList<>()).add(c);
            }
        }
        StringBuilder table = new StringBuilder(HEADER);
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean digit = UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER;
            String s = UCharacter.toString(cp);
            if (!UCharacter.isLetter(cp) && !digit || nfkc.normalize(s).chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
                continue;
            }
            List<Character> candidates = asciiBySkeleton.getOrDefault(spoof.getSkeleton(s), List.of()).stream()
                    .filter(c -> digit ? Character.isDigit(c) : Character.isLetter(c)).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            boolean upper = UCharacter.getType(cp) == UCharacter.UPPERCASE_LETTER;
            char ascii = candidates.stream().filter(c -> Character.isUpperCase(c) == upper).findFirst().orElse(candidates.get(0));
            table.append(String.format("%04X %c\t# %s%n", cp, ascii, UCharacter.getName(cp)));
        }
        return table.toString();
    }

    @Test
    void theTableIsWhatTheUnicodeConfusablesGive() throws IOException {
        String derived = derived();
        String shipped = Files.readString(RESOURCE, StandardCharsets.UTF_8);
        if (!shipped.equals(derived)) {
            Path fresh = Path.of("target/look-alikes.txt");
            Files.writeString(fresh, derived, StandardCharsets.UTF_8);
            assertThat(shipped).as("look-alikes.txt differs from ICU4J's confusables; review " + fresh + " and copy it to " + RESOURCE)
                    .isEqualTo(derived);
        }
    }

    @Test
    void invisibleCharactersAreCategoryCfAndTheDefaultIgnorableOnes() {
        List<String> wrong = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = Character.getType(cp) == Character.FORMAT
                    || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
            if (CharacterFolding.invisible(cp) != expected) {
                wrong.add(String.format("U+%04X %s", cp, UCharacter.getName(cp)));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void commonLookAlikesReadAsTheLetterTheyImitate() {
        assertThat(CharacterFolding.lookAlike('а')).isEqualTo('a'); // Cyrillic
        assertThat(CharacterFolding.lookAlike('І')).isEqualTo('I'); // Cyrillic, not "l"
        assertThat(CharacterFolding.lookAlike('ο')).isEqualTo('o'); // Greek omicron
        assertThat(CharacterFolding.lookAlike('Ο')).isEqualTo('O'); // not the digit 0
        assertThat(CharacterFolding.lookAlike('é')).isEqualTo((char) 0);
        assertThat(CharacterFolding.asciiForm('Ｇ')).isEqualTo("G");
        assertThat(CharacterFolding.asciiForm('ﬁ')).isEqualTo("fi");
        assertThat(CharacterFolding.asciiForm('¹')).isNull(); // a footnote mark stays
    }
}
