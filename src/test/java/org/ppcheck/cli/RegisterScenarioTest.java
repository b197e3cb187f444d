package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ppcheck.fetch.LocalSite;
import org.ppcheck.register.TestDatabases;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The vendor register from the command line, as a reviewer uses it, against policies served on
 * loopback: three vendors are added and rechecked; one policy gains keystroke collection, another
 * page changes only its chrome (footer time, a rotating banner, white space, a tracking parameter);
 * the next recheck records exactly one new version, one change event naming the new data field,
 * its Atom entry and its webhook delivery, and flags the decision made before the change. The
 * whole story runs on SQLite and on a real PostgreSQL server.
 */
class RegisterScenarioTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path tmp;

    private LocalSite site;
    private final AtomicReference<String> nimbus = new AtomicReference<>();
    private final AtomicReference<String> orbit = new AtomicReference<>();
    private final List<String> deliveries = Collections.synchronizedList(new ArrayList<>());
    private String db;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        nimbus.set(Files.readString(Path.of("policies-corpus", "nimbus-eu-saas.html")));
        orbit.set(orbitPage("Spring sale: two cameras for one!", "09:14", "29 November 2026", "\n"));
        site.page("/nimbus/privacy", ex -> LocalSite.send(ex, 200, "text/html; charset=utf-8", nimbus.get().getBytes(StandardCharsets.UTF_8)));
        site.page("/orbit/privacy", ex -> LocalSite.send(ex, 200, "text/html; charset=utf-8", orbit.get().getBytes(StandardCharsets.UTF_8)));
        site.page("/brightfeed/privacy", "text/html; charset=utf-8", Files.readString(Path.of("policies-corpus", "brightfeed-us-ads.html")));
        site.page("/hook", ex -> {
            deliveries.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            LocalSite.send(ex, 204, null, new byte[0]);
        });
        db = tmp.resolve("register.db").toString();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** The Orbit page with its chrome (a banner, a footer time) and the white space between its elements as given. */
    private static String orbitPage(String banner, String time, String date, String space) throws Exception {
        String page = Files.readString(Path.of("policies-corpus", "orbit-smarthome.html"));
        page = page.replace("<header class=\"brand\">", "<header class=\"brand\"><p class=\"promo\">" + banner + "</p>");
        page = page.replace("<footer>", "<p>Page generated on " + date + ", " + time + " UTC</p>\n"
                + "<p>Questions? Write to https://orbit.example/contact?utm_source=" + time.replace(":", "") + "&amp;topic=privacy</p>\n"
                + "<footer><p>Page generated at " + time + "</p>");
        return page.replace("</p>\n", "</p>" + space);
    }

    private Cli.Run ppcheck(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return Cli.ppcheck(all.toArray(String[]::new));
    }

    private Cli.Run recheck(String... more) {
        List<String> args = new ArrayList<>(List.of("recheck", "--archive", tmp.resolve("archive").toString(), "--rate-limit", "0"));
        args.addAll(List.of(more));
        return ppcheck(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void onlyARealChangeMakesAVersionAnEventAFeedEntryAndAWebhookDeliveryAndFlagsTheDecision(String kind) throws Exception {
        if (kind.equals("postgresql")) {
            db = TestDatabases.postgres();
        }
        assertThat(ppcheck("vendors", "add", "Nimbus", site.url("/nimbus/privacy").toString(), "--tags", "saas,eu").exit()).isZero();
        assertThat(ppcheck("vendors", "add", "Orbit", site.url("/orbit/privacy").toString(), "--owner", "Ann").exit()).isZero();
        assertThat(ppcheck("vendors", "add", "Brightfeed", site.url("/brightfeed/privacy").toString()).exit()).isZero();

        Cli.Run first = recheck();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Nimbus: first version", "Orbit: first version", "Brightfeed: first version");
        Cli.Run approve = ppcheck("decide", "Nimbus", "approve", "--by", "Ann", "--note", "EU only");
        assertThat(approve.exit()).as(approve.err()).isZero();
        assertThat(ppcheck("vendors", "list").out()).containsPattern("Nimbus +A \\d+ +1 .* approved ");

        nimbus.set(nimbus.get().replace("</main>", "<section><h2>Typing data</h2><p>To detect fraud we also collect keystroke patterns, "
                + "such as the rhythm and speed of your typing.</p></section></main>"));
        orbit.set(orbitPage("Summer sale: free installation!", "17:52", "30 November 2026", "\n\n    "));
        Cli.Run second = recheck("--webhook", site.url("/hook").toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("Nimbus: changed: new version", "Orbit: unchanged", "Brightfeed: unchanged");

        JsonNode nimbusHistory = json(ppcheck("history", "Nimbus", "--format", "json"));
        assertThat(nimbusHistory.get("versions")).hasSize(2);
        assertThat(json(ppcheck("history", "Orbit", "--format", "json")).get("versions")).as("chrome, time, white space and tracking are noise").hasSize(1);
        assertThat(json(ppcheck("history", "Brightfeed", "--format", "json")).get("versions")).hasSize(1);

        List<JsonNode> changes = new ArrayList<>();
        nimbusHistory.get("events").forEach(e -> {
            if (e.get("kind").asText().equals("policy-changed")) {
                changes.add(e);
            }
        });
        assertThat(changes).hasSize(1);
        JsonNode change = changes.get(0);
        assertThat(change.at("/detail/facts/dataFields/added").toString()).contains("keystroke_patterns");
        assertThat(change.get("summary").asText()).contains("data fields added: keystroke patterns", "1 decision needs re-review");
        assertThat(change.get("previousSnapshot").asText()).isEqualTo(nimbusHistory.at("/versions/0/snapshot").asText());
        assertThat(change.get("snapshot").asText()).isEqualTo(nimbusHistory.at("/versions/1/snapshot").asText());

        assertThat(deliveries).as("the second recheck's events, each delivered once").isNotEmpty();
        List<JsonNode> delivered = new ArrayList<>();
        for (String d : deliveries) {
            delivered.add(new ObjectMapper().readTree(d));
        }
        assertThat(delivered).allMatch(d -> d.get("vendor").asText().equals("Nimbus"));
        assertThat(delivered.stream().filter(d -> d.get("kind").asText().equals("policy-changed"))).singleElement()
                .satisfies(d -> assertThat(d.at("/detail/facts/dataFields/added").toString()).contains("keystroke_patterns"));

        Document feed = atom(ppcheck("feed").out());
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> changed = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(text(entry, "id")).startsWith("urn:uuid:");
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(text(entry, "title")).isNotBlank();
            Element category = (Element) entry.getElementsByTagNameNS(ATOM, "category").item(0);
            if (category.getAttribute("term").equals("policy-changed")) {
                changed.add(entry);
            }
        }
        assertThat(changed).hasSize(1);
        assertThat(text(changed.get(0), "title")).isEqualTo("Nimbus: policy changed");
        NodeList links = changed.get(0).getElementsByTagNameNS(ATOM, "link");
        assertThat(links.getLength()).as("the two snapshots").isEqualTo(2);
        assertThat(((Element) links.item(0)).getAttribute("href")).isEqualTo(change.get("snapshot").asText());
        assertThat(((Element) links.item(1)).getAttribute("href")).isEqualTo(change.get("previousSnapshot").asText());

        assertThat(ppcheck("vendors", "list").out()).containsPattern("Nimbus +[A-F] \\d+ +2 .* needs re-review ");
        assertThat(ppcheck("history", "Nimbus").out()).contains("Needs re-review:", "overall decision (approve): the policy changed (now version 2)");
        JsonNode list = json(ppcheck("vendors", "list", "--format", "json"));
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Brightfeed");
        assertThat(list.get(0).get("review").asText()).isEqualTo("not reviewed");
    }

    @Test
    void aFailedFetchIsAnEventCountedInARowAndTheOtherVendorsStillGetTheirVersions() throws Exception {
        ppcheck("vendors", "add", "Nimbus", site.url("/nimbus/privacy").toString());
        ppcheck("vendors", "add", "Gone", site.url("/gone/privacy").toString());
        for (int i = 1; i <= 2; i++) {
            Cli.Run run = recheck();
            assertThat(run.exit()).isEqualTo(5);
            assertThat(run.out()).contains("Nimbus: ", "Gone: failed: ");
            assertThat(run.err()).contains("2 vendors rechecked (1 failed)");
        }
        JsonNode gone = json(ppcheck("history", "Gone", "--format", "json"));
        assertThat(gone.get("versions")).isEmpty();
        assertThat(gone.get("events")).hasSize(2);
        assertThat(gone.at("/events/1/summary").asText()).contains("(2 times in a row)", "HTTP 404");
        assertThat(gone.at("/events/1/detail/failuresInARow").asInt()).isEqualTo(2);
        assertThat(ppcheck("vendors", "list").out()).contains("failed 2x: ");
        assertThat(json(ppcheck("history", "Nimbus", "--format", "json")).get("versions")).hasSize(1);
    }

    @Test
    void badNamesDecisionsAndRegistersGetOneLineAndExit2() throws Exception {
        ppcheck("vendors", "add", "Nimbus", site.url("/nimbus/privacy").toString());
        Cli.Run twice = ppcheck("vendors", "add", "nimbus", site.url("/nimbus/privacy").toString());
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("a vendor named 'Nimbus' is already in the register");

        Cli.Run unchecked = ppcheck("decide", "Nimbus", "approve", "--by", "Ann");
        assertThat(unchecked.exit()).isEqualTo(2);
        assertThat(unchecked.err()).contains("has not been checked yet; run 'ppcheck recheck Nimbus' first");

        Cli.Run typo = ppcheck("history", "Nimbsu");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("no vendor named 'Nimbsu'", "Nimbus");

        recheck();
        Cli.Run badDecision = ppcheck("decide", "Nimbus", "aprove", "--by", "Ann");
        assertThat(badDecision.exit()).isEqualTo(2);
        assertThat(badDecision.err()).contains("'aprove' is not a decision; use one of approve, approve-with-conditions, reject, pending");
        Cli.Run badRule = ppcheck("decide", "Nimbus", "retention-perod", "reject", "--by", "Ann");
        assertThat(badRule.exit()).isEqualTo(2);
        assertThat(badRule.err()).contains("no rule 'retention-perod'", "retention-period");

        Path notADb = Files.writeString(tmp.resolve("notes.db"), "these are my notes, not a database ".repeat(200));
        Cli.Run damaged = Cli.ppcheck("vendors", "list", "--db", notADb.toString());
        assertThat(damaged.exit()).isEqualTo(2);
        assertThat(damaged.err().lines()).singleElement().asString().contains("is not a usable register");
        assertThat(damaged.err()).doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(notADb)).startsWith("these are my notes");
    }

    @Test
    void removingKeepsTheHistoryUnlessPurged() {
        ppcheck("vendors", "add", "Nimbus", site.url("/nimbus/privacy").toString());
        recheck();
        assertThat(ppcheck("vendors", "remove", "Nimbus").exit()).isZero();
        assertThat(ppcheck("vendors", "list").out()).doesNotContain("Nimbus");
        assertThat(ppcheck("history", "Nimbus").exit()).as("a removed vendor is not found by name").isEqualTo(2);
        assertThat(ppcheck("vendors", "add", "Nimbus", site.url("/nimbus/privacy").toString()).exit()).isZero();
        assertThat(ppcheck("history", "Nimbus").out()).as("added back with its history").contains("version 1: grade");
        assertThat(ppcheck("vendors", "remove", "Nimbus", "--purge").exit()).isZero();
        assertThat(ppcheck("vendors", "add", "Nimbus", site.url("/nimbus/privacy").toString()).exit()).isZero();
        assertThat(ppcheck("history", "Nimbus").out()).contains("never checked");
    }

    private static JsonNode json(Cli.Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static Document atom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(feed.getElementsByTagNameNS(ATOM, required).getLength()).as("feed/" + required).isPositive();
        }
        return doc;
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagNameNS(ATOM, child).item(0).getTextContent();
    }
}
