package org.ppcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.ContentType;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.Extraction.Extracted;
import org.ppcheck.extract.InputException;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.report.Report;
import org.ppcheck.rules.RulesException;
import org.ppcheck.rules.RulesLoader;

/**
 * A vendor hides the words that decide its grade: it slips invisible characters (zero-width spaces
 * and joiners, soft hyphens, word joiners, bidi controls, variation selectors) into them, or swaps
 * their letters for look-alikes (Cyrillic, Greek, fullwidth, mathematical). For every corpus policy,
 * the words its facts quote are disguised so, in the file as written (for a PDF, in its text layer),
 * and the facts and the grade must stay those of the original.
 */
class HiddenCharactersPropertyTest {
    private static final int[] INVISIBLE = {
        0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x034F, 0xFE0F, 0x200E, 0x200F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xE0041,
    };
    /** Words of three or more letters, and numbers of two or more digits, not in an HTML entity. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}&#])(?:\\p{L}{3,}|\\p{N}{2,})(?![\\p{L}\\p{N}])");
    private static final int MAX_DISGUISES = 30;
    private static final PolicyChecker CHECKER = checker();
    private static final Map<Character, List<String>> LOOK_ALIKES = lookAlikes();

    private record Policy(String name, byte[] bytes, Extracted extracted, Report report, Set<String> keywords) { }

    private static final List<Policy> CORPUS = corpus();

    @Property(tries = 5)
    void disguisedKeywordsChangeNoFactAndNoGrade(@ForAll long seed) {
        for (Policy p : CORPUS) {
            Random random = new Random(seed ^ p.name().hashCode());
            Report disguised = CHECKER.check(disguise(p, random));
            assertThat(summary(disguised)).as(p.name()).isEqualTo(summary(p.report()));
        }
    }

    /** What must not change: the facts by id (places with their relation or role), the score and the grade. */
    private static List<String> summary(Report r) {
        Report.Facts f = r.facts();
        return List.of(
                "frameworks " + f.frameworks().stream().map(Report.Fact::id).toList(),
                "locations " + f.dataLocations().stream().map(l -> l.country() + ":" + l.relation()).toList(),
                "mentioned " + f.mentionedPlaces().stream().map(m -> m.country() + ":" + m.role()).toList(),
                "fields " + f.dataFields().stream().map(Report.Fact::id).toList(),
                "recipients " + f.recipients().stream().map(Report.Fact::id).toList(),
                "retention " + f.retention().stream().map(Report.Retention::period).toList(),
                "disclosures " + r.disclosures().stream().map(d -> d.id() + ":" + d.present()).toList(),
                "language " + r.document().language(),
                "score " + r.score().value() + " " + r.score().grade() + " capped by " + r.score().cappedBy());
    }

    /** The policy with some of its keywords disguised: in the file, or for a PDF in the extracted text. */
    private static Extracted disguise(Policy p, Random random) {
        if (p.extracted().contentType() == ContentType.PDF) {
            return disguiseText(p, random);
        }
        String source = new String(p.bytes(), StandardCharsets.UTF_8);
        boolean html = p.extracted().contentType() == ContentType.HTML;
        String disguised = apply(source, edits(source, p.keywords(), html ? tagMask(source) : null, random));
        try {
            return Extraction.fromBytes(p.name(), disguised.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw new AssertionError(p.name() + " disguised is unreadable: " + e.getMessage(), e);
        }
    }

    /** A PDF's text layer disguised in its paragraphs, list items and table rows, with the blocks moved along. */
    private static Extracted disguiseText(Policy p, Random random) {
        StructuredText st = p.extracted().text();
        boolean[] outside = new boolean[st.text().length()];
        java.util.Arrays.fill(outside, true);
        for (Block b : st.blocks()) {
            if (b.kind() != Block.Kind.HEADING) {
                java.util.Arrays.fill(outside, b.start(), b.end(), false);
            }
        }
        List<int[]> edits = edits(st.text(), p.keywords(), outside, random);
        String text = apply(st.text(), edits);
        List<Block> blocks = st.blocks().stream()
                .map(b -> new Block(b.kind(), moved(b.start(), edits), moved(b.end(), edits), b.headingPath())).toList();
        Extracted e = p.extracted();
        return new Extracted(e.location(), e.contentType(), e.sha256(), new StructuredText(st.title(), text, blocks), e.origin());
    }

    /**
     * Edits inside some occurrences of the keywords, each as {offset, code point, replace}: an invisible
     * character inserted before a letter that is not the word's first, or a letter replaced by a look-alike.
     */
    private static List<int[]> edits(String text, Set<String> keywords, boolean[] skip, Random random) {
        List<int[]> occurrences = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (keywords.contains(m.group()) && (skip == null || !skip[m.start()])) {
                occurrences.add(new int[] {m.start(), m.end()});
            }
        }
        java.util.Collections.shuffle(occurrences, random);
        List<int[]> edits = new ArrayList<>();
        for (int[] word : occurrences.subList(0, Math.min(occurrences.size(), 1 + random.nextInt(MAX_DISGUISES)))) {
            int at = word[0] + random.nextInt(word[1] - word[0]);
            List<String> alikes = LOOK_ALIKES.getOrDefault(text.charAt(at), List.of());
            if (random.nextBoolean() && !alikes.isEmpty()) {
                edits.add(new int[] {at, alikes.get(random.nextInt(alikes.size())).codePointAt(0), 1});
            } else {
                int before = word[0] + 1 + random.nextInt(word[1] - word[0] - 1);
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    edits.add(new int[] {before, INVISIBLE[random.nextInt(INVISIBLE.length)], 0});
                }
            }
        }
        edits.sort((a, b) -> Integer.compare(a[0], b[0]));
        return edits;
    }

    private static String apply(String text, List<int[]> edits) {
        StringBuilder sb = new StringBuilder(text.length() + edits.size() * 2);
        int from = 0;
        for (int[] e : edits) {
            if (e[0] < from) {
                continue; // a second edit of a replaced letter
            }
            sb.append(text, from, e[0]).appendCodePoint(e[1]);
            from = e[2] == 1 ? e[0] + 1 : e[0];
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** Where an offset of the text lies after the edits (edits lie inside words, never at a block's edge). */
    private static int moved(int offset, List<int[]> edits) {
        int shift = 0;
        int replaced = -1;
        for (int[] e : edits) {
            if (e[0] >= offset || e[0] == replaced) {
                continue;
            }
            shift += Character.charCount(e[1]) - e[2];
            replaced = e[2] == 1 ? e[0] : replaced;
        }
        return offset + shift;
    }

    /** Which characters of an HTML page are inside a tag. */
    private static boolean[] tagMask(String html) {
        boolean[] inTag = new boolean[html.length()];
        boolean in = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            in = c == '<' || in && c != '>';
            inTag[i] = in;
        }
        return inTag;
    }

    /** For each ASCII letter and digit, characters that read as it: look-alikes, fullwidth and mathematical bold forms. */
    private static Map<Character, List<String>> lookAlikes() {
        Map<Character, List<String>> map = new HashMap<>();
        try (InputStream in = HiddenCharactersPropertyTest.class.getResourceAsStream("/org/ppcheck/nlp/look-alikes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\\s+");
                    map.computeIfAbsent(fields[1].charAt(0), k -> new ArrayList<>()).add(Character.toString(Integer.parseInt(fields[0], 16)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (char c = '0'; c <= 'z'; c++) {
            if (Character.isLetterOrDigit(c)) {
                List<String> forms = map.computeIfAbsent(c, k -> new ArrayList<>());
                forms.add(Character.toString(c + 0xFEE0));
                if (Character.isLetter(c)) {
                    forms.add(Character.toString((Character.isUpperCase(c) ? 0x1D400 + c - 'A' : 0x1D41A + c - 'a')));
                }
            }
        }
        return map;
    }

    private static PolicyChecker checker() {
        try {
            return new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
        } catch (RulesException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every corpus policy with its report and the words its facts quote. */
    private static List<Policy> corpus() {
        try (Stream<Path> files = Files.list(Path.of("policies-corpus"))) {
            List<Policy> policies = new ArrayList<>();
            for (Path file : files.filter(p -> !p.toString().endsWith(".yaml") && !p.getFileName().toString().startsWith("README")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Extracted extracted = Extraction.fromBytes(file.getFileName().toString(), bytes);
                Report report = CHECKER.check(extracted);
                policies.add(new Policy(file.getFileName().toString(), bytes, extracted, report, keywords(report)));
            }
            return policies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> keywords(Report r) {
        List<Report.Evidence> evidence = new ArrayList<>();
        r.facts().frameworks().forEach(f -> evidence.addAll(f.evidence()));
        r.facts().dataLocations().forEach(f -> evidence.addAll(f.evidence()));
        r.facts().mentionedPlaces().forEach(f -> evidence.addAll(f.evidence()));
        r.facts().dataFields().forEach(f -> evidence.addAll(f.evidence()));
        r.facts().recipients().forEach(f -> evidence.addAll(f.evidence()));
        r.facts().retention().forEach(f -> evidence.addAll(f.evidence()));
        r.disclosures().forEach(f -> evidence.addAll(f.evidence()));
        Set<String> words = new LinkedHashSet<>();
        for (Report.Evidence e : evidence) {
            Matcher m = WORD.matcher(e.text());
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }
}
