package org.ppcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.ppcheck.util.Cancellation;

/**
 * A small PDF can decode to a great deal: each test writes one page whose content stream it
 * controls, compressed as PDF writers do, and checks that reading stays within its limits.
 */
class PdfLimitsTest {
    private static final String LINE = "(We collect your email address.) Tj 0 -12 Td\n";

    /** A one-page PDF whose Flate-compressed content stream is {@code body} repeated {@code times} times between BT and ET. */
    private static byte[] pdf(String body, int times) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream saved = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream contents = doc.getDocument().createCOSStream();
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("BT /F1 10 Tf 72 720 Td\n".getBytes(StandardCharsets.US_ASCII));
                byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < times; i++) {
                    out.write(bytes);
                }
                out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.save(saved);
            return saved.toByteArray();
        }
    }

    private static Limits limits(long maxInputBytes, int maxTextChars) {
        Limits d = Limits.DEFAULT;
        return new Limits(maxInputBytes, d.maxPdfPages(), d.maxHtmlDepth(), d.maxSentenceChars(), maxTextChars);
    }

    private static Extraction.Extracted read(byte[] pdf, Limits limits) throws InputException {
        return Extraction.fromBytes("p.pdf", pdf, null, null, null, limits);
    }

    /** The stream is 3 MB decoded, from a file a hundred times smaller: refused before PDFBox decodes it. */
    @Test
    void aStreamThatDecodesPastTheSizeLimitIsRefused() throws IOException {
        byte[] pdf = pdf(" ".repeat(1000), 3 * 1024);
        assertThat(pdf.length).isLessThan(30 * 1024);
        assertThatThrownBy(() -> read(pdf, limits(1024 * 1024, 1_000_000))).isInstanceOf(InputException.class)
                .hasMessageMatching("the PDF holds a stream \\(object \\d+\\) that decodes to more than 1 MB, over the limit"
                        + " \\(see --max-input-size\\)");
    }

    /** PDFBox holds a page's characters until the page ends: a page may draw at most half a million. */
    @Test
    void aPageThatDrawsTooManyCharactersIsRefused() throws IOException {
        byte[] pdf = pdf("(" + "x".repeat(10_000) + ") Tj\n", PdfExtractor.MAX_CHARS_PER_PAGE / 10_000 + 1);
        assertThatThrownBy(() -> read(pdf, Limits.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage("page 1 of the PDF draws more than 500,000 characters, the most ppcheck reads on one page");
    }

    @Test
    void pdfTextOverTheCapIsRefusedAndTextUnderItIsRead() throws Exception {
        byte[] pdf = pdf(LINE, 40);
        int length = read(pdf, Limits.DEFAULT).text().text().length();
        assertThat(length).isGreaterThan(40 * 20);
        assertThat(read(pdf, limits(Limits.DEFAULT.maxInputBytes(), length)).text().text()).hasSize(length);
        assertThatThrownBy(() -> read(pdf, limits(Limits.DEFAULT.maxInputBytes(), 500))).isInstanceOf(InputException.class)
                .hasMessage("the extracted text is over 500 characters (see --max-text)");
    }

    @Test
    void readingAPdfStopsWhenItsThreadIsInterrupted() throws Exception {
        byte[] pdf = pdf(LINE, 40);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> read(pdf, Limits.DEFAULT)).isInstanceOf(Cancellation.CancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
