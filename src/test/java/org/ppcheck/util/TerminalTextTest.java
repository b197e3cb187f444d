package org.ppcheck.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a terminal would obey is shown as text; everything else is left as it is. */
class TerminalTextTest {
    @Test
    void controlAndBidiCharactersBecomeVisibleEscapes() {
        assertThat(TerminalText.escape("\u001b[2J\u001b]52;c;aGk=\u0007 \u009b31m \u007f")).isEqualTo("\\x1b[2J\\x1b]52;c;aGk=\\x07 \\x9b31m \\x7f");
        assertThat(TerminalText.escape("a\u202eb\u2066c\u2069d\u200ee\u200ff\u061cg")).isEqualTo("a\\u202eb\\u2066c\\u2069d\\u200ee\\u200ff\\u061cg");
        assertThat(TerminalText.escape("one\ntwo\tthree\r")).isEqualTo("one\\ntwo\\tthree\\r");
    }

    @Test
    void ordinaryTextIncludingOtherScriptsIsUnchanged() {
        String text = "Données stockées en Chine (CN) — “quoted” 腾讯 עברית ✓ \\ already";
        assertThat(TerminalText.escape(text)).isSameAs(text);
        assertThat(TerminalText.escape(null)).isNull();
    }
}
