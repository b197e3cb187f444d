package org.ppcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionTest {

    private static StructuredText extract(String name, String content) throws InputException {
        return Extraction.fromBytes(name, content.getBytes(StandardCharsets.UTF_8)).text();
    }

    private static List<String> texts(StructuredText st, Block.Kind kind) {
        return st.blocks().stream().filter(b -> b.kind() == kind).map(st::textOf).toList();
    }

    @Test
    void htmlDropsPageChromeAndKeepsThePolicy() throws InputException {
        StructuredText st = extract("p.html", """
                <!DOCTYPE html><html><head><title>Acme privacy</title><style>p{color:red}</style></head><body>
                <header><nav><a href="/">Home</a><a href="/pricing">Pricing</a></nav></header>
                <div class="cookie-banner">We use cookies. <button>Accept all</button></div>
                <main>
                  <h1>Privacy Policy</h1>
                  <p>We collect your <b>email address</b>.</p>
                  <h2>Your rights</h2>
                  <ul><li>Access your data</li><li>Delete your data</li></ul>
                  <table><tr><th>Data</th><th>Period</th></tr><tr><td>Logs</td><td>30 days</td></tr></table>
                </main>
                <footer>© Acme · Offices in Singapore</footer>
                <script>track('keystrokes')</script>
                </body></html>
                """);
        assertThat(st.text()).contains("We collect your email address.")
                .doesNotContain("Pricing", "Accept all", "Singapore", "keystrokes", "color:red");
        assertThat(texts(st, Block.Kind.HEADING)).containsExactly("Privacy Policy", "Your rights");
        assertThat(texts(st, Block.Kind.LIST_ITEM)).containsExactly("Access your data", "Delete your data");
        assertThat(texts(st, Block.Kind.TABLE_ROW)).containsExactly("Data | Period", "Logs | 30 days");
        Block item = st.blocks().stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).findFirst().orElseThrow();
        assertThat(item.headingPath()).containsExactly("Privacy Policy", "Your rights");
        assertThat(st.title()).isEqualTo("Privacy Policy");
    }

    @Test
    void anArticleHoldingOnlyTheTitleGivesWayToTheContainerOfThePolicy() throws InputException {
        StructuredText st = extract("p.html", """
                <html><body>
                <header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
                <div class="page">
                  <article><h1>Privacy Policy</h1></article>
                  <div class="content">
                    <p>An account needs a name and an email address.</p>
                    <h2>Your rights</h2>
                    <p>Members can get a copy of their data or have it erased whenever they like.</p>
                  </div>
                </div>
                <footer>Offices in Lisbon</footer>
                </body></html>
                """);
        assertThat(st.text()).contains("Privacy Policy", "An account needs a name", "have it erased")
                .doesNotContain("Shop", "Lisbon");
        assertThat(texts(st, Block.Kind.HEADING)).containsExactly("Privacy Policy", "Your rights");
    }

    @Test
    void aMainElementTooShortForAPolicyGivesWayWhenThePageHoldsMuchMore() throws InputException {
        String section = "<p>We collect your name, email address and delivery address when you order a bike, and we keep"
                + " them for as long as the law requires.</p>";
        StructuredText st = extract("p.html", "<html><body><div><main><h1>Privacy Policy</h1><p>This policy says how"
                + " Fernbrook handles your data. Please read it with care before you book.</p></main><section>"
                + section.repeat(2) + "</section></div></body></html>");
        assertThat(st.text()).contains("Please read it with care", "We collect your name");
    }

    @Test
    void aMainElementHoldingMostOfThePageStaysTheContent() throws InputException {
        StructuredText st = extract("p.html", """
                <html><body>
                <div class="promo">Spring sale on all plans</div>
                <main>
                  <h1>Privacy Policy</h1>
                  <p>An account needs a name and an email address.</p>
                  <p>Members can get a copy of their data or have it erased whenever they like.</p>
                </main>
                </body></html>
                """);
        assertThat(st.text()).contains("An account needs a name").doesNotContain("Spring sale");
    }

    @Test
    void markdownHeadingsNestAndCloseByLevel() throws InputException {
        StructuredText st = extract("p.md", """
                Acme Policy
                ===========

                ## Collection
                We collect your [email](mailto:x@example.com).

                ### Cookies
                * Strictly necessary cookies
                * Analytics cookies

                ## Rights
                You may object.

                | Right | How |
                |---|---|
                | Access | email us |
                """);
        Block object = st.blocks().stream().filter(b -> st.textOf(b).equals("You may object.")).findFirst().orElseThrow();
        assertThat(object.headingPath()).containsExactly("Acme Policy", "Rights");
        Block cookie = st.blocks().stream().filter(b -> st.textOf(b).equals("Analytics cookies")).findFirst().orElseThrow();
        assertThat(cookie.kind()).isEqualTo(Block.Kind.LIST_ITEM);
        assertThat(cookie.headingPath()).containsExactly("Acme Policy", "Collection", "Cookies");
        assertThat(st.text()).contains("We collect your email.").doesNotContain("mailto");
        assertThat(texts(st, Block.Kind.TABLE_ROW)).contains("Access | email us");
    }

    @Test
    void plainTextFindsNumberedAndCapitalHeadingsAndJoinsWrappedLines() throws InputException {
        StructuredText st = extract("p.txt", """
                ACME PRIVACY NOTICE

                1. Who we are
                Acme Ltd runs the shop and is the
                controller of your data.

                2. What we collect
                - your name
                - your delivery address
                """);
        assertThat(texts(st, Block.Kind.HEADING)).containsExactly("ACME PRIVACY NOTICE", "1. Who we are", "2. What we collect");
        assertThat(texts(st, Block.Kind.PARAGRAPH)).containsExactly("Acme Ltd runs the shop and is the controller of your data.");
        assertThat(texts(st, Block.Kind.LIST_ITEM)).containsExactly("your name", "your delivery address");
    }

    @Test
    void aSentenceBrokenOverABlankLineIsOneParagraph() throws InputException {
        StructuredText st = extract("p.md", """
                ## Storage

                Your data may be stored within the member states of the European

                Economic Area and nowhere else.

                Short title line

                A new paragraph starts here.
                """);
        assertThat(texts(st, Block.Kind.PARAGRAPH)).containsExactly(
                "Your data may be stored within the member states of the European Economic Area and nowhere else.",
                "Short title line", "A new paragraph starts here.");
    }

    @Test
    void linesEndedByHardBreaksUnderAHeaderLineAreTableRows() throws InputException {
        StructuredText st = extract("p.md", """
                Provider Purpose Location\\
                Postwell Newsletters Norway\\
                Coinpath Payments Estonia

                Acme Ltd\\
                12 Main Street, Dublin.
                """);
        assertThat(texts(st, Block.Kind.TABLE_ROW)).containsExactly(
                "Provider Purpose Location", "Postwell Newsletters Norway", "Coinpath Payments Estonia");
        assertThat(texts(st, Block.Kind.PARAGRAPH)).containsExactly("Acme Ltd 12 Main Street, Dublin.");
    }

    @Test
    void typeComesFromContentNotTheName() throws InputException {
        assertThat(ContentSniffer.detect("<!doctype html><p>Hi</p>".getBytes(StandardCharsets.UTF_8), "notice.txt"))
                .isEqualTo(ContentType.HTML);
        assertThat(ContentSniffer.detect("%PDF-1.7\n...".getBytes(StandardCharsets.UTF_8), "policy.html"))
                .isEqualTo(ContentType.PDF);
        assertThat(ContentSniffer.detect("# Title\n\n* one\n* two\n\n[link](http://x)".getBytes(StandardCharsets.UTF_8), "policy"))
                .isEqualTo(ContentType.MARKDOWN);
        assertThat(ContentSniffer.detect("Plain words, nothing else.".getBytes(StandardCharsets.UTF_8), "policy"))
                .isEqualTo(ContentType.TEXT);
    }

    @Test
    void deeplyNestedHtmlIsRefusedOverTheLimitAndReadWithoutRecursionUnderIt() throws Exception {
        String html = "<html><body>" + "<div>".repeat(12_000) + "<ul><li>We collect your email address.</li></ul>"
                + "</div>".repeat(12_000) + "</body></html>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> extract("deep.html", html))
                .isInstanceOf(InputException.class).hasMessageContaining("12005 deep, over the limit of 10000 (see --max-html-depth)");
        // on a thread with a small stack, where a recursive walk of 12,000 levels would overflow
        Limits deeper = new Limits(Limits.DEFAULT.maxInputBytes(), Limits.DEFAULT.maxPdfPages(), 20_000, Limits.DEFAULT.maxSentenceChars(),
                Limits.DEFAULT.maxTextChars());
        java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(Extraction.fromBytes("deep.html", html.getBytes(StandardCharsets.UTF_8), null, null, null, deeper).text());
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        assertThat(result.get()).isInstanceOf(StructuredText.class);
        assertThat(texts((StructuredText) result.get(), Block.Kind.LIST_ITEM)).containsExactly("We collect your email address.");
    }

    /** Runs the extraction on a thread with a 128 KB stack, where a recursive walk of thousands of levels would overflow. */
    private static Object onASmallStack(String name, String content) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(extract(name, content));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        return result.get();
    }

    @Test
    void markdownQuotesAndListsOfAnyDepthAreReadWithoutRecursion() throws Exception {
        Object quoted = onASmallStack("deep.md", "> ".repeat(5_000) + "We collect your email address.\n");
        assertThat(quoted).isInstanceOf(StructuredText.class);
        assertThat(((StructuredText) quoted).text()).isEqualTo("We collect your email address.");
        Object listed = onASmallStack("deep.md", "- ".repeat(5_000) + "We collect your email address.\n");
        assertThat(listed).isInstanceOf(StructuredText.class);
        assertThat(texts((StructuredText) listed, Block.Kind.LIST_ITEM)).containsExactly("We collect your email address.");
    }

    /** commonmark-java itself recurses on nested emphasis: past what the stack holds, that is a clear error, not a crash. */
    @Test
    void markdownEmphasisNestedTooDeepForTheParserIsAClearError() {
        String md = "*a _".repeat(30_000) + "x" + "_ a*".repeat(30_000) + "\n";
        Object result;
        try {
            result = extract("deep.md", md);
        } catch (Throwable t) {
            result = t;
        }
        assertThat(result).satisfiesAnyOf(
                r -> assertThat(r).isInstanceOf(StructuredText.class),
                r -> assertThat(r).isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e).hasMessage("the Markdown nests emphasis (* and _) too deeply to be read")));
    }

    @Test
    void markdownTablesWithBreakTagsStayMarkdown() throws InputException {
        String row = "| To provide the service<br><br>- create your account | - Account data<br><br>- Usage data | contract |\n";
        String md = "# Policy\n\n| Purpose | Data | Basis |\n|---|---|---|\n" + row.repeat(30) + "\n## Rights\n\nYou may object.\n";
        assertThat(ContentSniffer.detect(md.getBytes(StandardCharsets.UTF_8), "p.md")).isEqualTo(ContentType.MARKDOWN);
        StructuredText st = extract("p.md", md);
        assertThat(texts(st, Block.Kind.HEADING)).containsExactly("Policy", "Rights");
    }

    @Test
    void multibyteTextIsSniffedWithoutError() throws InputException {
        String content = "# Politique\n\n" + "Données personnelles — société. ".repeat(400);
        assertThat(ContentSniffer.detect(content.getBytes(StandardCharsets.UTF_8), "p.md")).isEqualTo(ContentType.MARKDOWN);
    }

    @Test
    void latin1TextIsDecoded() {
        byte[] bytes = "caf\u00e9 policy".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ContentSniffer.decode(bytes)).isEqualTo("café policy");
    }

    @Test
    void emptyBinaryAndBlankInputsAreRejectedWithAReason() {
        assertThatThrownBy(() -> Extraction.fromBytes("e.txt", new byte[0])).isInstanceOf(InputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Extraction.fromBytes("b.txt", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2}))
                .isInstanceOf(InputException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> Extraction.fromBytes("w.txt", " \n\n \t ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessageContaining("no readable text");
    }
}
