package org.ppcheck.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.YamlBinder;

/**
 * The data files of this stage (lexicons, cue lists, negation cues), known by their file names, and
 * their validation: the same checks the built-in copies pass when they are loaded, so that a
 * contributor can check an edited copy before building ({@code ppcheck rules validate
 * data-fields.yaml}). The discovery patterns of {@code fetch} are checked by {@code fetch.Discovery}.
 */
public final class DataFiles {

    /** A kind of data file, by its file name. */
    public enum Kind {
        FRAMEWORKS("frameworks.yaml", LexiconFile.Shape.FACTS),
        COUNTRIES("countries.yaml", LexiconFile.Shape.PLACES),
        CITIES("cities.yaml", LexiconFile.Shape.PLACES),
        DATA_FIELDS("data-fields.yaml", LexiconFile.Shape.FACTS),
        RECIPIENTS("recipients.yaml", LexiconFile.Shape.FACTS),
        DISCLOSURES("disclosures.yaml", LexiconFile.Shape.DISCLOSURES),
        CUES("cues.yaml", LexiconFile.Shape.CUES),
        PLACE_ROLES("place-roles.yaml", LexiconFile.Shape.CUES),
        NEGATION("negation.yaml", null);

        private final String fileName;
        private final LexiconFile.Shape shape;

        Kind(String fileName, LexiconFile.Shape shape) {
            this.fileName = fileName;
            this.shape = shape;
        }

        /** The file name that marks a file as of this kind. */
        public String fileName() {
            return fileName;
        }

        /** How an entry of a lexicon or cue file may look; null for the other kinds. */
        LexiconFile.Shape shape() {
            return shape;
        }
    }

    private DataFiles() {
    }

    /** The kind of a data file by its file name ({@code data-fields.yaml}), or empty when it is not one. */
    public static Optional<Kind> kindOf(Path file) {
        Path name = file.getFileName();
        return Arrays.stream(Kind.values()).filter(k -> name != null && k.fileName().equals(name.toString())).findFirst();
    }

    /**
     * Every problem of a data file, each on one line as {@code FILE:LINE:COL: path: message}; empty
     * when it is valid. Names it refers to (a lexicon's {@code context}, the cue lists the code asks
     * for) are checked against the built-in files of the other kinds.
     *
     * @throws IllegalArgumentException when the file name is not one of a data file ({@link #kindOf})
     * @throws IOException when the file cannot be read
     */
    public static List<String> validate(Path file) throws IOException {
        Kind kind = kindOf(file).orElseThrow(() -> new IllegalArgumentException(file + " is not a data file; data files are "
                + String.join(", ", Arrays.stream(Kind.values()).map(Kind::fileName).toList())));
        return validate(kind, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The problems of {@code text} read as a data file of the kind; {@code file} names it in the problems. */
    public static List<String> validate(Kind kind, String file, String text) {
        return switch (kind) {
            case NEGATION -> YamlBinder.bind(file, text, NegationCues::bind).problems();
            case CUES, PLACE_ROLES -> YamlBinder.bind(file, text, (root, b) -> cueFile(kind, root, b)).problems();
            default -> YamlBinder.bind(file, text, (root, b) -> LexiconFile.lexicon(root, b, kind.shape(),
                    Lexicons.standard().cues().keySet())).problems();
        };
    }

    /**
     * A cue file's lists, checked with the built-in lists of the other cue files: no list is defined
     * twice, and every list the code or a lexicon's context asks for is defined somewhere.
     */
    private static Map<String, Lexicon.Entry> cueFile(Kind kind, LocatedYaml root, YamlBinder b) {
        Map<String, Lexicon.Entry> lists = LexiconFile.cueLists(root, b);
        if (!(root instanceof MapNode map)) {
            return lists;
        }
        Set<String> elsewhere = new LinkedHashSet<>();
        for (Kind other : List.of(Kind.CUES, Kind.PLACE_ROLES)) {
            if (other != kind) {
                LexiconFile.builtInCues(other).keySet().forEach(name -> {
                    elsewhere.add(name);
                    if (map.keys().containsKey(name)) {
                        b.problem(map.keys().get(name), name, "already defined in " + other.fileName() + "; a cue list has one home");
                    }
                });
            }
        }
        Set<String> asked = new LinkedHashSet<>();
        Arrays.stream(Cue.values()).forEach(c -> asked.addAll(c.listNames()));
        Lexicons.standard().contexts().forEach(c -> asked.addAll(Cue.contextLists(c)));
        for (String name : asked) {
            if (!map.entries().containsKey(name) && !elsewhere.contains(name)) {
                b.problem(map, name, "missing: the code or a lexicon's context asks for this cue list; define it here");
            }
        }
        return lists;
    }
}
