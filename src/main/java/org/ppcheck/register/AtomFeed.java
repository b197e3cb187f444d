package org.ppcheck.register;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ppcheck.report.ReportBuilder;
import org.ppcheck.util.XmlText;

/**
 * The register's events as an Atom 1.0 feed (RFC 4287), for a feed reader or a chat channel: one
 * entry per event, newest first, whose id never changes, with links to the policy and to the two
 * snapshots a change compares. A snapshot link is {@code sha256:HEX}, which {@code ppcheck check}
 * and {@code ppcheck diff} take, or {@code BASE/snapshots/HEX} when a base URL is given (a
 * {@code ppcheck serve} that publishes them).
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * The feed of {@code events} (newest first) of the register {@code registerId}, of one vendor
     * ({@code vendor}) or of all (null); {@code baseUrl} may be null.
     */
    public static String write(String registerId, String vendor, List<Event> events, String baseUrl, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "id", urn(registerId + (vendor == null ? "" : "/vendor/" + vendor)));
            text(x, "title", vendor == null ? "ppcheck: policy changes of every vendor" : "ppcheck: policy changes of " + vendor);
            text(x, "updated", (events.isEmpty() ? now : events.get(0).at()).toString());
            x.writeStartElement("author");
            text(x, "name", "ppcheck");
            x.writeEndElement();
            x.writeStartElement("generator");
            x.writeAttribute("version", ReportBuilder.VERSION);
            x.writeCharacters("ppcheck");
            x.writeEndElement();
            for (Event e : events) {
                x.writeCharacters("\n");
                entry(x, registerId, e, baseUrl);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
        return out + "\n";
    }

    private static void entry(XMLStreamWriter x, String registerId, Event e, String baseUrl) throws XMLStreamException {
        x.writeStartElement("entry");
        text(x, "id", urn(registerId + "/event/" + e.id()));
        text(x, "title", e.vendor() + ": " + e.kind().label().replace('-', ' '));
        text(x, "updated", e.at().toString());
        x.writeEmptyElement("category");
        x.writeAttribute("term", e.kind().label());
        text(x, "summary", e.summary());
        StringBuilder content = new StringBuilder(e.vendor()).append(": ").append(e.summary());
        if (e.snapshot() != null) {
            content.append("\nVersion ").append(e.versionSeq()).append(": ").append(e.snapshot());
        }
        if (e.previousSnapshot() != null) {
            content.append("\nPrevious version: ").append(e.previousSnapshot())
                    .append("\nSee the whole change with: ppcheck diff ").append(e.previousSnapshot()).append(' ').append(e.snapshot());
        }
        x.writeStartElement("content");
        x.writeAttribute("type", "text");
        x.writeCharacters(XmlText.clean(content.toString()));
        x.writeEndElement();
        link(x, e.snapshot(), "the policy as it is now (version " + e.versionSeq() + ")", baseUrl);
        link(x, e.previousSnapshot(), "the policy as it was", baseUrl);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String snapshot, String title, String baseUrl) throws XMLStreamException {
        if (snapshot == null) {
            return;
        }
        String hex = snapshot.substring("sha256:".length());
        x.writeEmptyElement("link");
        x.writeAttribute("rel", "related");
        x.writeAttribute("title", title);
        x.writeAttribute("href", baseUrl == null ? snapshot : baseUrl.replaceAll("/+$", "") + "/snapshots/" + hex);
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(XmlText.clean(value));
        x.writeEndElement();
    }

    /** A lasting id for a name: a name-based UUID URN, the same for the same register and event. */
    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
