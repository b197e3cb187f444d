package org.ppcheck.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ppcheck.util.Cancellation;

/**
 * Reads a PDF's text layer with PDFBox. Lines keep their font size, boldness and vertical gap,
 * so that headings (larger or bold) and paragraph breaks (wider gaps) survive; the lines then go
 * through the same paragraph and heading logic as plain text. Memory stays bounded: no stream may
 * decode to more than the input size limit ({@link PdfStreamGuard}), a page may draw at most
 * {@link #MAX_CHARS_PER_PAGE} characters, and the text stops at its cap.
 */
final class PdfExtractor {
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–]\\s*\\d{1,4}\\s*[-–]");

    /**
     * PDFBox holds every character of a page, with its position and font (some 250 bytes each),
     * until the page ends, to sort them; a policy page holds a few thousand characters, a whole
     * policy set on one long page a few hundred thousand.
     */
    static final int MAX_CHARS_PER_PAGE = 500_000;

    private final Limits limits;

    PdfExtractor(Limits limits) {
        this.limits = limits;
    }

    StructuredText extract(byte[] bytes) throws InputException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (!doc.getCurrentAccessPermission().canExtractContent()) {
                throw new InputException("the PDF's permissions forbid text extraction; ask the vendor for an unrestricted copy");
            }
            if (doc.getNumberOfPages() > limits.maxPdfPages()) {
                throw new InputException("the PDF has " + doc.getNumberOfPages() + " pages, over the limit of " + limits.maxPdfPages()
                        + " (see --max-pdf-pages)");
            }
            PdfStreamGuard.check(doc, limits.maxInputBytes());
            LineCollector collector = new LineCollector(limits.maxTextChars());
            try {
                collector.getText(doc);
            } catch (CrowdedPage e) {
                throw new InputException(String.format(Locale.ROOT, "page %d of the PDF draws more than %,d characters, the most"
                        + " ppcheck reads on one page", e.page, MAX_CHARS_PER_PAGE));
            }
            List<PlainTextExtractor.Line> lines = collector.toLines();
            if (lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new InputException("the PDF has no text layer (a scanned image?); run OCR on it first");
            }
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            return new PlainTextExtractor(limits.maxTextChars()).extract(lines, title);
        } catch (InvalidPasswordException e) {
            throw new InputException("the PDF is encrypted with a password; save an unencrypted copy and check that");
        } catch (IOException e) {
            throw new InputException("the PDF is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A page drew more than {@link #MAX_CHARS_PER_PAGE} characters; unchecked, as PDFBox's callback declares no exceptions. */
    private static final class CrowdedPage extends RuntimeException {
        private final int page;

        CrowdedPage(int page) {
            super("page " + page + " draws too many characters", null, false, false);
            this.page = page;
        }
    }

    private record RawLine(String text, float fontSize, boolean bold, float y, int page) { }

    /**
     * Collects every extracted line with the font size and position of its characters. Stops at
     * the first page that draws too many characters, when the text passes its cap, and when the
     * policy was given up (see {@link Cancellation}).
     */
    private static final class LineCollector extends PDFTextStripper {
        private final List<RawLine> raw = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();
        private final int maxChars;
        private long chars;
        private int pageChars;

        LineCollector(int maxChars) throws IOException {
            this.maxChars = maxChars;
            setSortByPosition(true);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            pageChars = 0;
            super.processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            Cancellation.checkpoint();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++pageChars > MAX_CHARS_PER_PAGE) {
                throw new CrowdedPage(getCurrentPageNo());
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            chars += text.length();
            if (chars > maxChars) {
                throw new TextBuilder.TooMuchText(maxChars);
            }
            current.append(text);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
        }

        private void endLine() {
            if (current.toString().isBlank() || positions.isEmpty()) {
                current.setLength(0);
                positions.clear();
                return;
            }
            float size = (float) positions.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0);
            long boldChars = positions.stream().filter(LineCollector::isBold).count();
            raw.add(new RawLine(current.toString(), size, boldChars * 10 >= positions.size() * 9,
                    positions.get(0).getYDirAdj(), getCurrentPageNo()));
            current.setLength(0);
            positions.clear();
        }

        private static boolean isBold(TextPosition p) {
            String name = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
            return name.contains("Bold") || name.contains("Black") || name.contains("Heavy");
        }

        List<PlainTextExtractor.Line> toLines() {
            dropRunningHeadersAndFooters();
            float body = bodyFontSize();
            float spacing = typicalSpacing();
            List<PlainTextExtractor.Line> lines = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                RawLine line = raw.get(i);
                boolean emphasized = line.fontSize() > body * 1.12f || line.bold() && line.text().length() <= 90;
                boolean gap = i > 0 && raw.get(i - 1).page() == line.page()
                        && line.y() - raw.get(i - 1).y() > spacing * 1.4f;
                lines.add(new PlainTextExtractor.Line(line.text(), emphasized, gap));
            }
            return lines;
        }

        /**
         * Drops page numbers and lines that repeat on most pages (running headers and footers), so
         * that "Page 2 of 4" never lands inside a sentence. A line counts as repeated when, with its
         * digits ignored, it stands on at least half of the pages of a document of two or more pages.
         */
        private void dropRunningHeadersAndFooters() {
            int pages = raw.isEmpty() ? 0 : raw.get(raw.size() - 1).page();
            Map<String, java.util.Set<Integer>> pagesOf = new HashMap<>();
            raw.forEach(l -> pagesOf.computeIfAbsent(skeleton(l.text()), k -> new java.util.HashSet<>()).add(l.page()));
            raw.removeIf(l -> PAGE_NUMBER.matcher(l.text().strip()).matches()
                    || pages >= 2 && pagesOf.get(skeleton(l.text())).size() * 2 >= pages && l.text().strip().length() < 120);
        }

        private static String skeleton(String line) {
            return line.strip().replaceAll("\\d+", "#").toLowerCase(java.util.Locale.ROOT);
        }

        /** The font size that most characters are set in. */
        private float bodyFontSize() {
            Map<Float, Integer> chars = new HashMap<>();
            raw.forEach(l -> chars.merge(Math.round(l.fontSize() * 2) / 2f, l.text().length(), Integer::sum));
            return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
        }

        /** The median distance between consecutive lines of a page. */
        private float typicalSpacing() {
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < raw.size(); i++) {
                float dy = raw.get(i).y() - raw.get(i - 1).y();
                if (raw.get(i).page() == raw.get(i - 1).page() && dy > 0) {
                    gaps.add(dy);
                }
            }
            gaps.sort(Comparator.naturalOrder());
            return gaps.isEmpty() ? 12f : gaps.get(gaps.size() / 2);
        }
    }
}
