package org.ppcheck.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.util.Span;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.Extraction.Extracted;
import org.ppcheck.extract.Limits;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.util.Cancellation;

/**
 * Splits each block into sentences with OpenNLP (tokens follow on demand, see {@link Sentence}) and
 * detects the language. Everything is read from the block's {@link MatchText}, so that invisible
 * characters and look-alikes inside words change nothing; a policy that holds them is warned about.
 * Sentences never cross a block, so each keeps its heading path. The costly POS tagger and lemmatizer are not
 * used: the fact patterns match surface forms, which costs a fraction of the time.
 */
public final class TextAnalyzer {
    private static final int LANGUAGE_SAMPLE = 4000;
    /** The best language must be this many times likelier than the next one, else the language is undetermined. */
    private static final double LANGUAGE_MIN_MARGIN = 1.5;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    private static final Set<String> ENGLISH_FUNCTION_WORDS = readWordList("english-function-words.txt");
    /** A paragraph that starts with a dash or a bullet is an item of a list its source did not mark up. */
    private static final Pattern BULLET = Pattern.compile("^[–—•·▪■◦‣-]\\s");
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}+");
    /** In English prose function words are about 40-50% of all words; in other languages a few percent. */
    private static final double ENGLISH_SHARE = 0.3;
    private static final int MIN_WORDS_FOR_SHORTCUT = 40;

    private final int maxChars;

    /** An analyzer that splits sentences longer than the default limit. */
    public TextAnalyzer() {
        this(Limits.DEFAULT.maxSentenceChars());
    }

    /** An analyzer that reads sentences longer than {@code maxSentenceChars} in pieces (see {@link Limits}). */
    public TextAnalyzer(int maxSentenceChars) {
        this.maxChars = maxSentenceChars;
    }

    /** Analyzes one extracted policy; stops with {@link Cancellation.CancelledException} when its thread is interrupted. */
    public AnalyzedDocument analyze(Extracted source) {
        StructuredText st = source.text();
        List<Sentence> sentences = new ArrayList<>();
        int split = 0;
        Sentence lastParagraphSentence = null;
        List<String> lastParagraphPath = List.of();
        int hidden = 0;
        int lookAlikes = 0;
        for (Block block : st.blocks()) {
            Cancellation.checkpoint();
            MatchText reading = MatchText.of(st.textOf(block));
            hidden += reading.hiddenInWords();
            lookAlikes += reading.lookAlikesInWords();
            String blockText = reading.text();
            String section = MatchText.of(block.section()).text();
            boolean bulleted = block.kind() == Block.Kind.PARAGRAPH && BULLET.matcher(blockText).lookingAt();
            boolean listLike = block.kind() == Block.Kind.LIST_ITEM || block.kind() == Block.Kind.TABLE_ROW || bulleted;
            Sentence leadIn = listLike && block.headingPath().equals(lastParagraphPath) ? lastParagraphSentence : null;
            Span[] detected = block.kind() == Block.Kind.HEADING
                    ? new Span[] {new Span(0, blockText.length())}
                    : SentenceSpans.merged(blockText, SentenceSpans.detect(blockText));
            List<Span> spans = new ArrayList<>();
            for (Span span : detected) {
                List<Span> pieces = SentenceSpans.pieces(blockText, span, maxChars);
                split += pieces.size() > 1 ? 1 : 0;
                spans.addAll(pieces);
            }
            for (Span span : spans) {
                Sentence s = new Sentence(reading, span.getStart(), span.getEnd(), block, section, leadIn);
                sentences.add(s);
                if (block.kind() == Block.Kind.PARAGRAPH && !bulleted) {
                    lastParagraphSentence = s;
                    lastParagraphPath = block.headingPath();
                }
            }
            if (block.kind() == Block.Kind.HEADING) {
                lastParagraphSentence = null;
            }
        }
        List<String> warnings = new ArrayList<>();
        if (hidden > 0) {
            warnings.add("hidden characters inside words: " + hidden + "; the text was read without them");
        }
        if (lookAlikes > 0) {
            warnings.add("look-alike letters from other scripts inside words: " + lookAlikes
                    + "; they were read as the Latin letters they imitate");
        }
        if (split > 0) {
            warnings.add(split + " sentence(s) longer than " + maxChars + " characters were read in pieces (see --max-sentence)");
        }
        String language = detectLanguage(st.text());
        if (!language.equals("en")) {
            warnings.add("the policy seems to be in " + languageName(language)
                    + ", not English; ppcheck's patterns are English, so facts will be missing");
        }
        return new AnalyzedDocument(source, language, sentences, warnings);
    }

    /**
     * The sentence's words in lower case, found by a plain scan rather than taken from the statistical
     * tokens (which may split "CCPA" into "CC" and "PA"): each run of letters, digits and inner
     * punctuation ("third-party", "s.a.", "privacy@acme.com"), its parts, and every prefix of 2 to 12
     * letters marked with '*'.
     */
    static Set<String> words(String lowerCaseSentence) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(lowerCaseSentence);
        while (m.find()) {
            String word = m.group();
            addWord(words, word);
            if (word.endsWith(".")) {
                addWord(words, word.replaceAll("\\.+$", "")); // "inc." and "inc", "profiling." and "profiling"
            }
            if (!word.chars().allMatch(Character::isLetterOrDigit)) {
                for (String part : WORD_SEPARATORS.split(word)) {
                    addWord(words, part);
                }
                for (String part : HYPHENS.split(word)) {
                    addWord(words, part); // "eu-u.s." also gives "u.s."
                }
            }
        }
        return words;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.@'’/-]*[\\p{L}\\p{N}.])?");
    /** What separates the parts of a word ("art.6" gives "art" and "6"; "s.a." stays whole above). */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}@]+");
    private static final Pattern HYPHENS = Pattern.compile("[-/'’]+");

    private static void addWord(Set<String> words, String word) {
        if (word.isEmpty()) {
            return;
        }
        words.add(word);
        for (int n = 2; n <= Math.min(word.length(), 12); n++) {
            words.add(word.substring(0, n) + "*");
        }
    }

    /**
     * ISO 639-1 code of the text's language, or "und" when the text is too short or unclear. Text
     * whose words are mostly English function words is English without asking the OpenNLP model,
     * which takes about a second to load; any other text goes to the model.
     */
    static String detectLanguage(String text) {
        String sample = MatchText.of(text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text).text();
        if (sample.strip().length() < 20) {
            return "und";
        }
        if (plainlyEnglish(sample)) {
            return "en";
        }
        Language[] ranked = NlpModels.languageDetector().predictLanguages(sample);
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < LANGUAGE_MIN_MARGIN * ranked[1].getConfidence()) {
            return "und";
        }
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }

    private static boolean plainlyEnglish(String sample) {
        Matcher m = PLAIN_WORD.matcher(sample.toLowerCase(Locale.ROOT));
        int words = 0;
        int function = 0;
        while (m.find()) {
            words++;
            function += ENGLISH_FUNCTION_WORDS.contains(m.group()) ? 1 : 0;
        }
        return words >= MIN_WORDS_FOR_SHORTCUT && function >= words * ENGLISH_SHARE;
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || code.equals("und") ? "an undetermined language" : name + " (" + code + ")";
    }

    static Set<String> readWordList(String resource) {
        try (var in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // the langdetect model uses a few codes that Java's table does not map to ISO 639-1 directly
        map.put("cmn", "zh");
        map.put("zho", "zh");
        map.put("deu", "de");
        map.put("fra", "fr");
        map.put("nld", "nl");
        map.put("ces", "cs");
        map.put("pes", "fa");
        map.put("ell", "el");
        return map;
    }
}
