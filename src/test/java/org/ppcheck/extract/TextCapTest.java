package org.ppcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ppcheck.util.Cancellation;

/** The extracted text of every format stops at --max-text, and extraction stops when its policy is given up. */
class TextCapTest {
    private static final String SENTENCE = "We collect your email address and keep it for one year. ";

    private static Limits maxText(int chars) {
        Limits d = Limits.DEFAULT;
        return new Limits(d.maxInputBytes(), d.maxPdfPages(), d.maxHtmlDepth(), d.maxSentenceChars(), chars);
    }

    private static Extraction.Extracted extract(String name, String content, int maxChars) throws InputException {
        return Extraction.fromBytes(name, content.getBytes(StandardCharsets.UTF_8), null, null, null, maxText(maxChars));
    }

    /** The same ten paragraphs (about 5,800 characters of text) in each format. */
    private static String policy(String format) {
        StringBuilder sb = new StringBuilder(format.equals("html") ? "<html><body><main>" : "");
        for (int i = 0; i < 10; i++) {
            String para = SENTENCE.repeat(10).strip();
            sb.append(format.equals("html") ? "<p>" + para + "</p>\n" : para + "\n\n");
        }
        return sb.append(format.equals("html") ? "</main></body></html>" : "").toString();
    }

    @ParameterizedTest
    @CsvSource({"p.html, html", "p.md, md", "p.txt, txt"})
    void textOverTheCapIsRefusedAndTextUnderItIsRead(String name, String format) throws InputException {
        String content = policy(format);
        int length = extract(name, content, 1_000_000).text().text().length();
        assertThat(length).isBetween(5_000, 7_000);
        assertThat(extract(name, content, length).text().text()).hasSize(length);
        assertThatThrownBy(() -> extract(name, content, length - 1)).isInstanceOf(InputException.class)
                .hasMessage(String.format(Locale.ROOT, "the extracted text is over %,d characters (see --max-text)", length - 1));
    }

    @Test
    void theDefaultCapIsFiveMillionCharacters() {
        assertThat(Limits.DEFAULT.maxTextChars()).isEqualTo(5_000_000);
    }

    /** A policy over its time budget has its thread interrupted: extraction stops at the next block. */
    @Test
    void extractionStopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> extract("p.txt", policy("txt"), 1_000_000)).isInstanceOf(Cancellation.CancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
