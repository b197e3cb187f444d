package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ppcheck.facts.DataFiles.Kind;
import org.ppcheck.util.YamlBinder;

/** Every data file is bound strictly: each problem is reported at once, where it is, with what to do. */
class DataFilesTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyShippedDataFileIsValid(Kind kind) throws Exception {
        assertThat(DataFiles.validate(shipped(kind))).isEmpty();
    }

    @Test
    void aDataFileIsKnownByItsName() {
        assertThat(DataFiles.kindOf(Path.of("some/dir/data-fields.yaml"))).contains(Kind.DATA_FIELDS);
        assertThat(DataFiles.kindOf(Path.of("negation.yaml"))).contains(Kind.NEGATION);
        assertThat(DataFiles.kindOf(Path.of("rules.yaml"))).isEmpty();
        assertThat(DataFiles.kindOf(Path.of("data-fields.yml"))).isEmpty();
        assertThatThrownBy(() -> DataFiles.validate(Path.of("rules.yaml"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data-fields.yaml");
    }

    @Test
    void anUnknownKeyIsReportedWhereItIsWithTheKeyMeant(@TempDir Path dir) throws Exception {
        String text = text(Kind.DATA_FIELDS);
        int idLine = lineOf(text, "- id: postal_address");
        Path copy = dir.resolve("data-fields.yaml");
        Files.writeString(copy, insertAfter(text, idLine, "  patern: '\\bzip\\b'"));

        assertThat(DataFiles.validate(copy)).containsExactly(
                copy + ":" + (idLine + 1) + ":3: [3].patern: unknown key; did you mean 'patterns'?");
    }

    @Test
    void aValueOfTheWrongTypeIsReported() {
        String text = text(Kind.DATA_FIELDS);
        int keysLine = lineOf(text, "  keys: [address*, zip, post*]");
        String broken = text.replace("  keys: [address*, zip, post*]", "  keys: address");

        assertThat(DataFiles.validate(Kind.DATA_FIELDS, "data-fields.yaml", broken))
                .containsExactly("data-fields.yaml:" + keysLine + ":9: [3].keys: must be a list");
    }

    @Test
    void aNumberOrABooleanWhereATextBelongsMustBeQuoted() {
        String broken = "- id: 2fa\n  terms: [no, 5]\n";

        assertThat(DataFiles.validate(Kind.RECIPIENTS, "recipients.yaml", broken)).containsExactly(
                "recipients.yaml:2:11: [0].terms[0]: must be a text; YAML reads no as a boolean, so put it in quotes",
                "recipients.yaml:2:15: [0].terms[1]: must be a text; YAML reads 5 as a number, so put it in quotes");
    }

    @Test
    void aBrokenRegularExpressionIsReportedWhereItIs() {
        String text = text(Kind.DATA_FIELDS);
        int line = lineOf(text, "    - '\\bsurnames?\\b'");
        String broken = text.replace("    - '\\bsurnames?\\b'", "    - '\\bsurnames?(\\b'");

        assertThat(DataFiles.validate(Kind.DATA_FIELDS, "data-fields.yaml", broken)).containsExactly(
                "data-fields.yaml:" + line + ":7: [0].patterns[1]: not a valid regular expression: Unclosed group near index 14");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInFileOrder() {
        String broken = """
                - id: one
                  patterns: ['(']
                - terms: [x]
                - id: one
                  context: rigths
                  colour: red
                - id: three
                  contextPatterns: ['a']
                """;

        assertThat(DataFiles.validate(Kind.DISCLOSURES, "disclosures.yaml", broken)).containsExactly(
                "disclosures.yaml:2:14: [0].patterns[0]: not a valid regular expression: Unclosed group near index 1",
                "disclosures.yaml:3:3: [1]: missing key 'id'",
                "disclosures.yaml:4:7: [2].id: 'one' is given twice (first at line 1); an id names one entry",
                "disclosures.yaml:5:12: [2].context: a context needs the cue lists 'rigths' and 'rigthsHeading'; "
                        + "there is no 'rigths' in cues.yaml or place-roles.yaml; did you mean 'rights'?",
                "disclosures.yaml:6:3: [2].colour: unknown key; allowed here: id, source, terms, patterns, keys, unless, "
                        + "context, contextKeys, contextPatterns, headings, contextHeadings",
                "disclosures.yaml:8:3: [3].contextPatterns: has no effect without a context; add 'context: NAME' (a cue list of cues.yaml)");
    }

    @Test
    void aKeyThatNothingWouldReadInThisFileIsRejected() {
        String broken = "- id: DE\n  terms: [Germany]\n  unless: 'East'\n";

        assertThat(DataFiles.validate(Kind.COUNTRIES, "countries.yaml", broken))
                .containsExactly("countries.yaml:3:3: [0].unless: unknown key; allowed here: id, source, terms, patterns, keys");
    }

    @Test
    void aKeyGivenTwiceAndYamlThatDoesNotParseAreReported() {
        assertThat(DataFiles.validate(Kind.CITIES, "cities.yaml", "- id: DE\n  terms: [Berlin]\n  terms: [Munich]\n"))
                .containsExactly("cities.yaml:3:3: terms: given twice in one mapping (first at line 2); keep one");
        assertThat(DataFiles.validate(Kind.CITIES, "cities.yaml", "- id: DE\n  terms: [Berlin\n"))
                .singleElement().asString().startsWith("cities.yaml:2:17: not valid YAML: ");
    }

    @Test
    void aCueFileMustDefineWhatTheCodeAsksForAndNothingTwice() {
        String cues = text(Kind.CUES);
        String withoutWebAddress = cues.substring(0, cues.indexOf("\nwebAddress:") + 1);
        assertThat(DataFiles.validate(Kind.CUES, "cues.yaml", withoutWebAddress)).containsExactly(
                "cues.yaml:5:1: webAddress: missing: the code or a lexicon's context asks for this cue list; define it here");

        String twice = text(Kind.PLACE_ROLES) + "stored:\n  patterns: ['\\bstored\\b']\n";
        int line = (int) twice.lines().count() - 1;
        assertThat(DataFiles.validate(Kind.PLACE_ROLES, "place-roles.yaml", twice)).containsExactly(
                "place-roles.yaml:" + line + ":1: stored: already defined in cues.yaml; a cue list has one home");
    }

    @Test
    void negationNeedsEveryListAndWindowAsWholeNumbers() {
        String text = text(Kind.NEGATION);
        String broken = text.replace("window: 80", "window: many").replace("gatheringWindow: 4\n", "")
                .replace("post: [not, \"n't\", never]", "post: [not, \"n't\", never, Not]");

        assertThat(DataFiles.validate(Kind.NEGATION, "negation.yaml", broken)).containsExactly(
                "negation.yaml:" + lineOf(text, "pre: [not, \"n't\", never, \"no\", without, neither, nor, cannot, none, refrain]")
                        + ":1: missing key 'gatheringWindow'",
                "negation.yaml:" + lineOf(text, "post: [not, \"n't\", never]") + ":27: post[3]: 'Not' is listed twice; keep one",
                "negation.yaml:" + lineOf(text, "window: 80") + ":9: window: must be a whole number from 1 to 1000");
    }

    @Test
    void aBrokenBuiltInFileStopsTheProgramWithTheSameProblems() throws IOException {
        String name = "broken-frameworks.yaml";
        String text;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = DataFiles.validate(Kind.FRAMEWORKS, name, text);

        assertThat(problems).containsExactly(
                "broken-frameworks.yaml:3:3: [0].patern: unknown key; did you mean 'patterns'?",
                "broken-frameworks.yaml:5:14: [1].patterns[0]: not a valid regular expression: Unclosed group near index 9");
        assertThatThrownBy(() -> YamlBinder.resource(getClass(), name,
                (root, b) -> LexiconFile.lexicon(root, b, LexiconFile.Shape.FACTS, Set.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("built-in data file " + name + " is broken:\n" + String.join("\n", problems));
    }

    @Test
    void everyKindHasItsOwnFileName() {
        assertThat(Arrays.stream(Kind.values()).map(Kind::fileName).distinct()).hasSize(Kind.values().length);
    }

    private static Path shipped(Kind kind) throws Exception {
        return Path.of(Lexicon.class.getResource(kind.fileName()).toURI());
    }

    private static String text(Kind kind) {
        try {
            return Files.readString(shipped(kind));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The 1-based number of the line that is exactly {@code line}. */
    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        assertThat(lines).contains(line);
        return lines.indexOf(line) + 1;
    }

    private static String insertAfter(String text, int lineNumber, String line) {
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        lines.add(lineNumber, line);
        return String.join("\n", lines) + "\n";
    }
}
