package org.ppcheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ppcheck.facts.Names;
import org.ppcheck.facts.RetentionPeriod;
import org.ppcheck.report.Report;

/**
 * The kinds of facts a diff compares: the key the JSON diff uses, the heading a person reads, each
 * report's facts of the kind by id with their evidence, and an id's plain name.
 */
enum FactKind {
    FRAMEWORKS("frameworks", "Laws cited", r -> facts(r.facts().frameworks()), Names::framework),
    DATA_LOCATIONS("dataLocations", "Where data goes", FactKind::locations, FactKind::locationName),
    DATA_FIELDS("dataFields", "Data fields", r -> facts(r.facts().dataFields()), Names::dataField),
    RECIPIENTS("recipients", "Recipients", r -> facts(r.facts().recipients()), Names::recipient),
    RETENTION("retention", "Retention", FactKind::periods, FactKind::periodName),
    DISCLOSURES("disclosures", "Disclosures", FactKind::disclosures, Names::disclosure);

    /** The id of a retention statement that gives no length. */
    private static final String VAGUE = "vague";

    private final String key;
    private final String label;
    private final Function<Report, Map<String, List<Report.Evidence>>> facts;
    private final Function<String, String> name;

    FactKind(String key, String label, Function<Report, Map<String, List<Report.Evidence>>> facts, Function<String, String> name) {
        this.key = key;
        this.label = label;
        this.facts = facts;
        this.name = name;
    }

    /** The key in the JSON diff, as in the report: {@code dataFields}. */
    String key() {
        return key;
    }

    /** The heading a person reads: "Data fields". */
    String label() {
        return label;
    }

    /** The report's facts of this kind: each id with its evidence, in the report's order. */
    Map<String, List<Report.Evidence>> facts(Report report) {
        return facts.apply(report);
    }

    /** The plain name of an id of this kind: "payment details" for {@code payment_info}. */
    String name(String id) {
        return name.apply(id);
    }

    /** The kind with this JSON key. */
    static FactKind byKey(String key) {
        for (FactKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no kind of fact is called " + key);
    }

    private static Map<String, List<Report.Evidence>> facts(List<Report.Fact> facts) {
        Map<String, List<Report.Evidence>> out = new LinkedHashMap<>();
        facts.forEach(f -> add(out, f.id(), f.evidence()));
        return out;
    }

    /** A place with what happens to data there, as ids: {@code CN (stored)}. */
    private static Map<String, List<Report.Evidence>> locations(Report r) {
        Map<String, List<Report.Evidence>> out = new LinkedHashMap<>();
        r.facts().dataLocations().forEach(l -> add(out, l.country() + " (" + l.relation() + ")", l.evidence()));
        return out;
    }

    private static String locationName(String id) {
        int open = id.lastIndexOf(" (");
        if (open < 0 || !id.endsWith(")")) {
            return id;
        }
        return Names.location(id.substring(0, open), id.substring(open + 2, id.length() - 1));
    }

    private static Map<String, List<Report.Evidence>> periods(Report r) {
        Map<String, List<Report.Evidence>> out = new LinkedHashMap<>();
        r.facts().retention().forEach(x -> add(out, x.period() == null ? VAGUE : x.period(), x.evidence()));
        return out;
    }

    private static String periodName(String id) {
        return id.equals(VAGUE) ? "a vague period (no length stated)" : RetentionPeriod.words(id);
    }

    private static Map<String, List<Report.Evidence>> disclosures(Report r) {
        Map<String, List<Report.Evidence>> out = new LinkedHashMap<>();
        r.disclosures().stream().filter(Report.Disclosure::present).forEach(d -> add(out, d.id(), d.evidence()));
        return out;
    }

    private static void add(Map<String, List<Report.Evidence>> out, String id, List<Report.Evidence> evidence) {
        out.computeIfAbsent(id, k -> new ArrayList<>()).addAll(evidence);
    }
}
