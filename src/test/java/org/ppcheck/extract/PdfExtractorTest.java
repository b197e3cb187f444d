package org.ppcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDFs made here with PDFBox, so each test controls exactly what the file holds. */
class PdfExtractorTest {

    private record Line(String text, boolean heading) { }

    private static byte[] pdf(StandardProtectionPolicy protection, Line... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 720;
                for (Line line : lines) {
                    y -= line.heading() ? 30 : 15;
                    cs.beginText();
                    cs.setFont(new PDType1Font(line.heading() ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA),
                            line.heading() ? 15 : 10);
                    cs.newLineAtOffset(72, y);
                    cs.showText(line.text());
                    cs.endText();
                }
            }
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void largerBoldLinesBecomeHeadingsAndWrappedLinesJoin() throws Exception {
        byte[] bytes = pdf(null,
                new Line("Acme Privacy Policy", true),
                new Line("1. Information We Collect", true),
                new Line("We collect your name and email address when", false),
                new Line("you create an account.", false),
                new Line("2. Your Rights", true),
                new Line("You may ask us to delete your data.", false));
        StructuredText st = Extraction.fromBytes("p.pdf", bytes).text();
        assertThat(st.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING).map(st::textOf))
                .containsExactly("Acme Privacy Policy", "1. Information We Collect", "2. Your Rights");
        Block para = st.blocks().stream().filter(b -> st.textOf(b).startsWith("We collect")).findFirst().orElseThrow();
        assertThat(st.textOf(para)).isEqualTo("We collect your name and email address when you create an account.");
        assertThat(para.headingPath()).containsExactly("Acme Privacy Policy", "1. Information We Collect");
    }

    @Test
    void runningFootersAndPageNumbersAreDropped() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 1; n <= 3; n++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                    String[][] body = {{"We collect your name when you sign up", "and your email address."},
                        {"We keep records for three years", "and we delete them afterwards."},
                        {"You may ask for a copy of your data", "at any time."}};
                    String[] lines = {"Acme Privacy Policy", body[n - 1][0], body[n - 1][1], "Page " + n + " of 3"};
                    float y = 720;
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(72, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 14;
                    }
                }
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        StructuredText st = Extraction.fromBytes("p.pdf", bytes).text();
        assertThat(st.text()).doesNotContain("Page 1 of 3", "Page 2 of 3", "Acme Privacy Policy")
                .contains("We keep records for three years and we delete them afterwards.");
    }

    @Test
    void passwordProtectedPdfIsAClearError() throws Exception {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user-secret", new AccessPermission());
        byte[] bytes = pdf(policy, new Line("Secret policy text", false));
        assertThatThrownBy(() -> Extraction.fromBytes("s.pdf", bytes))
                .isInstanceOf(InputException.class).hasMessageContaining("encrypted");
    }

    @Test
    void pdfWithoutTextLayerSaysSo() throws Exception {
        byte[] bytes = pdf(null);
        assertThatThrownBy(() -> Extraction.fromBytes("scan.pdf", bytes))
                .isInstanceOf(InputException.class).hasMessageContaining("no text layer");
    }

    @Test
    void truncatedPdfIsReportedAsDamaged() throws Exception {
        byte[] whole = pdf(null, new Line("Some policy text here", false));
        byte[] bytes = Arrays.copyOf(whole, 60);
        assertThatThrownBy(() -> Extraction.fromBytes("broken.pdf", bytes)).isInstanceOf(InputException.class);
    }
}
