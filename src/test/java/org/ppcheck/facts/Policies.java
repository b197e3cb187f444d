package org.ppcheck.facts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.nlp.TextAnalyzer;

/** Test helper: runs the real extraction, OpenNLP and fact extraction on a policy written inline. */
public final class Policies {
    private Policies() {
    }

    public static AnalyzedDocument analyze(String fileName, String content) {
        try {
            return new TextAnalyzer().analyze(Extraction.fromBytes(fileName, content.getBytes(StandardCharsets.UTF_8)));
        } catch (InputException e) {
            throw new AssertionError("test policy unreadable: " + e.getMessage(), e);
        }
    }

    /** The data locations of the facts, as place ids in report order. */
    public static List<String> places(Facts f) {
        return f.dataLocations().stream().map(Facts.LocationFact::country).toList();
    }

    /** Facts of a Markdown policy. */
    public static Facts facts(String markdown) {
        return new FactExtractor().extract(analyze("policy.md", markdown));
    }
}
