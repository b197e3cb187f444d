package org.ppcheck.nlp;

import java.util.List;
import org.ppcheck.extract.Extraction.Extracted;

/** A policy after NLP: its language (ISO 639-1), its sentences in reading order and any warnings. */
public record AnalyzedDocument(Extracted source, String language, List<Sentence> sentences, List<String> warnings) {

    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }

    /** The extracted text that all offsets point into. */
    public String text() {
        return source.text().text();
    }
}
