package org.ppcheck.nlp;

import opennlp.tools.util.Span;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.StructuredText;

/**
 * The floor that the speed budget is measured against: OpenNLP sentence detection and tokenization
 * of every block, and nothing else. Used by {@code ppcheck bench}.
 */
public final class Baseline {
    private Baseline() {
    }

    /** Splits every block into sentences and tokens; returns the number of tokens so the work is not optimized away. */
    public static long sentencesAndTokens(StructuredText text) {
        long tokens = 0;
        for (Block block : text.blocks()) {
            String blockText = text.textOf(block);
            for (Span sentence : NlpModels.sentenceDetector().sentPosDetect(blockText)) {
                tokens += NlpModels.tokenizer().tokenizePos(blockText.substring(sentence.getStart(), sentence.getEnd())).length;
            }
        }
        return tokens;
    }
}
