package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.ppcheck.util.LiveMarkdown;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.report.HostilePolicy;

/**
 * A policy's text is data in every output a person reads: its terminal escapes reach the terminal
 * as visible text, and its Markdown links, images and HTML stay text in the Markdown report.
 */
class HostileOutputTest {
    @TempDir
    static Path dir;

    private static Path policy;

    @BeforeAll
    static void writeThePolicy() throws Exception {
        policy = HostilePolicy.write(dir);
    }

    @Test
    void checkPrintsTheEscapesOfAPolicyAsTextAndNoControlCharacter() {
        Cli.Run run = Cli.ppcheck("check", policy.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(controlCharacters(run.out())).as("control and bidi characters on stdout").isEmpty();
        assertThat(run.out()).contains("\\x1b[2J\\x1b[H" + HostilePolicy.FAKE_SCORE, "\\x1b]52;c;", "\\x07", "\\u202eevil", "\\x9b31m",
                "\\x1b[31mred");
        assertThat(run.out().lines().filter(l -> l.startsWith("Grade "))).as("only the real grade starts a line")
                .singleElement().asString().doesNotContain("100 of 100");
    }

    @Test
    void theMarkdownReportKeepsLinksImagesAndHtmlOfAPolicyAsText() {
        Cli.Run run = Cli.ppcheck("check", "--format", "md", policy.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(controlCharacters(run.out())).isEmpty();
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(run.out());
        assertThat(LiveMarkdown.liveNodes(doc)).as("links, images and HTML in the Markdown").isEmpty();
        String shown = TextContentRenderer.builder().build().render(doc);
        assertThat(shown).as("what a reader sees").contains(HostilePolicy.JS_LINK, HostilePolicy.TRACKING_IMAGE, HostilePolicy.SCRIPT,
                "<script>alert(1)</script> [Where](javascript:alert(1))", "\\x1b[2J");
    }

    @Test
    void diffPrintsTheChangedHeadingWithItsEscapesAsText() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.html"), "<html><body><h1>Privacy Policy</h1>"
                + "<p>We collect your email address and name.</p></body></html>");
        Cli.Run run = Cli.ppcheck("diff", plain.toString(), policy.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(controlCharacters(run.out())).isEmpty();
        assertThat(run.out()).contains("\\x1b[2J\\x1b[H" + HostilePolicy.FAKE_SCORE);
    }

    /** Every C0 control but line feed, DEL, every C1 control, and the bidi controls, as code points. */
    static List<String> controlCharacters(String s) {
        return s.codePoints().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069).mapToObj(c -> String.format("U+%04X", c)).toList();
    }
}
