package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's reports and the checklist round trip: {@code compare --from-register} writes the
 * comparison of the vendors as last rechecked without reading their sources, and
 * {@code decisions import} loads what a reviewer typed into its checklist, all or nothing.
 */
class RegisterReportsTest {
    @TempDir
    Path tmp;

    private String db;

    @BeforeEach
    void register() throws Exception {
        db = tmp.resolve("register.db").toString();
        Path nimbus = Files.copy(Path.of("policies-corpus", "nimbus-eu-saas.html"), tmp.resolve("nimbus.html"));
        Path lotus = Files.copy(Path.of("policies-corpus", "lotus-chat-ai.html"), tmp.resolve("lotus.html"));
        Path brightfeed = Files.copy(Path.of("policies-corpus", "brightfeed-us-ads.html"), tmp.resolve("brightfeed.html"));
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name;source;tags;owner;review-every\n"
                + "Nimbus;" + nimbus + ";eu;Ann;90d\nLotus Chat;" + lotus + ";ai;Bob;30d\nBrightfeed;" + brightfeed + ";ads;;\n");
        Cli.Run imported = ppcheck("vendors", "import", list.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("3 added, 0 updated, 0 unchanged");
        Cli.Run recheck = ppcheck("recheck", "--archive", tmp.resolve("archive").toString());
        assertThat(recheck.exit()).as(recheck.err()).isZero();
        Files.delete(nimbus); // the register's reports need neither the sources nor a fetch
        Files.delete(lotus);
    }

    private Cli.Run ppcheck(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        return Cli.ppcheck(all.toArray(String[]::new));
    }

    @Test
    void compareFromTheRegisterWritesTheReportsOfTheLatestVersionsFilteredByTag() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Run all = ppcheck("compare", "--from-register", "--out", out.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).contains("Nimbus", "Lotus Chat", "Brightfeed");
        assertThat(out.resolve("checklist.xlsx")).exists();
        assertThat(out.resolve("vendors/nimbus.json")).exists();
        assertThat(Files.readString(out.resolve("comparison.csv"))).contains("Lotus Chat");

        Cli.Run ai = ppcheck("compare", "--from-register", "--tags", "ai,ads", "--out", tmp.resolve("ai").toString());
        assertThat(ai.exit()).as(ai.err()).isZero();
        assertThat(ai.out()).contains("Lotus Chat", "Brightfeed").doesNotContain("Nimbus");

        Cli.Run both = ppcheck("compare", "--from-register", tmp.resolve("vendors.csv").toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("give either VENDORS or --from-register, not both");
        Cli.Run none = ppcheck("compare", "--from-register", "--tags", "nosuchtag", "--out", tmp.resolve("none").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no vendors in the register with the tags nosuchtag");
    }

    @Test
    void decisionsTypedIntoTheChecklistAreImportedOnceOnTheirRulesAndABadCellImportsNothing() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(ppcheck("compare", "--from-register", "--out", out.toString()).exit()).isZero();
        Path checklist = out.resolve("checklist.xlsx");
        try (XSSFWorkbook wb = Checklists.open(checklist)) {
            Sheet lotus = wb.getSheet("Lotus Chat");
            Checklists.type(lotus, "high-risk-location", "Reject", "stores data in China");
            Checklists.type(lotus, "gdpr-reference", "approve with conditions", "ask for an EU addendum");
            Checklists.save(wb, checklist);
        }
        Cli.Run imported = ppcheck("decisions", "import", checklist.toString(), "--by", "Ann");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("2 decisions recorded by Ann, 0 already in force");
        String history = ppcheck("history", "Lotus Chat").out();
        assertThat(history).contains("decision on high-risk-location: reject by Ann on version 1 (stores data in China)",
                "decision on gdpr-reference: approve-with-conditions by Ann");
        assertThat(history).doesNotContain("Needs re-review");

        Cli.Run again = ppcheck("decisions", "import", checklist.toString(), "--by", "Ann");
        assertThat(again.err()).contains("0 decisions recorded by Ann, 2 already in force");

        try (XSSFWorkbook wb = Checklists.open(checklist)) {
            Checklists.type(wb.getSheet("Nimbus"), "breach-notification", "aprove", "");
            Checklists.type(wb.getSheet("Lotus Chat"), "high-risk-location", "approve", "changed my mind");
            Checklists.save(wb, checklist);
        }
        Cli.Run bad = ppcheck("decisions", "import", checklist.toString(), "--by", "Ann");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'aprove' is not a decision", "nothing imported");
        assertThat(ppcheck("history", "Lotus Chat").out()).doesNotContain("changed my mind");
    }

    @Test
    void reviewsFallDueForVendorsWithAnIntervalAndRecheckDueTakesOnlyThose() {
        Cli.Run due = ppcheck("vendors", "list", "--due", "--format", "csv");
        assertThat(due.exit()).isZero();
        assertThat(due.out().lines().skip(1).map(l -> l.split(",")[0])).as("never reviewed, with an interval").containsExactly("Lotus Chat", "Nimbus");
        Cli.Run recheck = ppcheck("recheck", "--due", "--archive", tmp.resolve("archive").toString());
        assertThat(recheck.out()).doesNotContain("Brightfeed");
        assertThat(recheck.exit()).as("the deleted sources of the vendors due").isEqualTo(5);
        assertThat(recheck.out()).contains("Lotus Chat: failed: ", "Nimbus: failed: ");
    }

    @Test
    void aHostileVendorNameIsShownAsTextInEveryRegisterOutput() throws Exception {
        String name = "=HYPERLINK(\"http://evil.example\")\u001b[2J\u202eRed";
        Path policy = Files.copy(Path.of("policies-corpus", "tiny-vague.txt"), tmp.resolve("tiny.txt"));
        assertThat(ppcheck("vendors", "add", name, policy.toString()).exit()).isZero();
        assertThat(ppcheck("recheck", name, "--archive", tmp.resolve("archive").toString()).exit()).isZero();
        for (String out : List.of(ppcheck("vendors", "list").out(), ppcheck("history", name).out(), ppcheck("recheck", name).out())) {
            assertThat(out).doesNotContain("\u001b", "\u202e").contains("\\x1b[2J");
        }
        assertThat(ppcheck("vendors", "list", "--format", "csv").out()).contains("'=HYPERLINK(");
        String feed = ppcheck("feed", name).out();
        assertThat(feed).doesNotContain("\u001b");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("entry").getLength()).isPositive();
    }
}
