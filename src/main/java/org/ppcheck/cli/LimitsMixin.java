package org.ppcheck.cli;

import org.ppcheck.extract.Limits;
import picocli.CommandLine.Option;

/** The resource limits of reading policies, as options; see {@link Limits} and README, "Limits". */
final class LimitsMixin {
    @Option(names = "--max-input-size", paramLabel = "MB", defaultValue = "50", description = "largest input file read (default: ${DEFAULT-VALUE} MB)")
    int maxInputMb;

    @Option(names = "--max-pdf-pages", paramLabel = "N", defaultValue = "2000", description = "most PDF pages read (default: ${DEFAULT-VALUE})")
    int maxPdfPages;

    @Option(names = "--max-html-depth", paramLabel = "N", defaultValue = "10000", description = "deepest HTML element nesting (default: ${DEFAULT-VALUE})")
    int maxHtmlDepth;

    @Option(names = "--max-sentence", paramLabel = "CHARS", defaultValue = "5000",
            description = "longer sentences are split into pieces of this size, with a warning (default: ${DEFAULT-VALUE}, at least 200)")
    int maxSentence;

    @Option(names = "--max-text", paramLabel = "CHARS", defaultValue = "5000000",
            description = "most characters of text extracted from one policy (default: ${DEFAULT-VALUE})")
    int maxText;

    /** The limits these options give. */
    Limits limits() {
        return new Limits((long) Math.max(1, maxInputMb) * 1024 * 1024, Math.max(1, maxPdfPages), Math.max(1, maxHtmlDepth),
                Math.max(200, maxSentence), Math.max(1, maxText));
    }
}
