package org.ppcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** discovery.yaml is bound strictly, like the lexicons: every problem at once, where it is. */
class DiscoveryFileTest {

    @Test
    void theShippedFileBindsToWhatPolicyFinderUses() {
        Discovery d = Discovery.standard();
        assertThat(d.linkTexts()).isNotEmpty();
        assertThat(d.linkTexts().get(0).score()).isGreaterThan(d.linkUrls().get(0).score());
        assertThat(d.groups()).containsKeys("personal", "cookies");
        assertThat(d.minGroupsWithTitle()).isLessThan(d.minGroups());
        assertThat(d.title().matcher("Hinweise zum Datenschutz").find()).isTrue();
    }

    @Test
    void unknownKeysBadPatternsAndNumbersOutOfRangeAreReportedTogether() throws Exception {
        String text = Files.readString(Path.of(Discovery.class.getResource("discovery.yaml").toURI()))
                .replace("footerBonus: 5", "footerBonsu: 5")
                .replace("minGroups: 6", "minGroups: 60")
                .replace("  cookies: '\\bcookies?\\b'", "  cookies: '\\bcookies?[\\b'");

        assertThat(Discovery.validate("discovery.yaml", text))
                .hasSize(4)
                .anyMatch(p -> p.matches("discovery\\.yaml:\\d+:1: footerBonsu: unknown key; did you mean 'footerBonus'\\?"))
                .anyMatch(p -> p.matches("discovery\\.yaml:\\d+:1: missing key 'footerBonus'"))
                .anyMatch(p -> p.matches("discovery\\.yaml:\\d+:12: minGroups: must be a whole number from 1 to 11"))
                .anyMatch(p -> p.matches("discovery\\.yaml:\\d+:12: groups\\.cookies: not a valid regular expression: .*"));
    }
}
