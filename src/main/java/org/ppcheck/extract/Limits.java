package org.ppcheck.extract;

/**
 * The resource limits of reading a policy, each with its default and the option that changes it
 * (README, "Limits"). A limit that is hit is an {@link InputException} or a warning in the report,
 * never a crash or a silent truncation. Each run carries its own limits (the application layer's
 * settings); nothing about them is process-wide.
 *
 * @param maxInputBytes    the largest input file read, and the most bytes any stream inside a PDF
 *                         may decode to (--max-input-size)
 * @param maxPdfPages      the most pages of a PDF read (--max-pdf-pages)
 * @param maxHtmlDepth     the deepest element nesting of an HTML page (--max-html-depth)
 * @param maxSentenceChars longer "sentences" (text without sentence ends) are split into pieces of
 *                         this size before matching, with a warning (--max-sentence)
 * @param maxTextChars     the most characters of text extracted from one policy, whatever its
 *                         format; extraction stops as soon as it passes them (--max-text)
 */
public record Limits(long maxInputBytes, int maxPdfPages, int maxHtmlDepth, int maxSentenceChars, int maxTextChars) {
    public static final Limits DEFAULT = new Limits(50L * 1024 * 1024, 2000, 10_000, 5_000, 5_000_000);

    public Limits {
        if (maxInputBytes < 1 || maxPdfPages < 1 || maxHtmlDepth < 1 || maxSentenceChars < 200 || maxTextChars < 1) {
            throw new IllegalArgumentException("limits must be positive and --max-sentence at least 200 characters");
        }
    }
}
