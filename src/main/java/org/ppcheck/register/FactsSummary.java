package org.ppcheck.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;

/**
 * What a list of vendors shows of each one's latest evaluation, kept beside it in the register so
 * that a list of thousands reads one column instead of thousands of reports: where data goes
 * (place code and relation), the sensitive data fields and frameworks (ids), and what needs
 * attention in words (or null).
 */
public record FactsSummary(List<Place> places, List<String> sensitiveFields, List<String> frameworks, String attention) {
    /** A place data goes to: an ISO code (or EU, EEA) and stored, processed or transferred. */
    public record Place(String code, String relation) { }

    /** Nothing known: no evaluation yet. */
    public static final FactsSummary NONE = new FactsSummary(List.of(), List.of(), List.of(), null);

    public FactsSummary {
        places = List.copyOf(places);
        sensitiveFields = List.copyOf(sensitiveFields);
        frameworks = List.copyOf(frameworks);
    }

    static FactsSummary of(Report r) {
        List<String> fields = r.facts().dataFields().stream().map(Report.Fact::id).toList();
        return new FactsSummary(r.facts().dataLocations().stream().map(l -> new Place(l.country(), l.relation())).distinct().toList(),
                org.ppcheck.facts.Names.sensitiveFields().stream().filter(fields::contains).toList(),
                r.facts().frameworks().stream().map(Report.Fact::id).toList(), KeyFacts.of(r).attention());
    }

    static String json(Report r) {
        try {
            return Reports.JSON.writeValueAsString(of(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FactsSummary read(String json) {
        try {
            return Reports.JSON.readValue(json, FactsSummary.class);
        } catch (IOException e) {
            return NONE; // a summary that cannot be read shows as unknown; the vendor's page reads the report itself
        }
    }
}
