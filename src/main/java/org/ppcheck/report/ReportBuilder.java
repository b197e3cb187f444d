package org.ppcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.ppcheck.facts.Facts;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.rules.Evaluator;
import org.ppcheck.rules.Finding;
import org.ppcheck.rules.Score;

/** Turns the results of every stage into the schemaVersion 1 report. */
public final class ReportBuilder {
    /** The version of ppcheck, as Maven built it. */
    public static final String VERSION = readVersion();

    private ReportBuilder() {
    }

    public static Report build(AnalyzedDocument doc, Facts facts, Evaluator.Result result) {
        var src = doc.source();
        var document = new Report.Document(doc.language(), src.text().title(), facts.lastUpdated(),
                doc.text().length(), doc.sentences().size(), doc.warnings());
        var reportFacts = new Report.Facts(
                facts(facts.frameworks()),
                facts.dataLocations().stream().map(l -> new Report.Location(l.country(),
                        l.relation().name().toLowerCase(Locale.ROOT), evidence(l.evidence()))).toList(),
                facts.mentionedPlaces().stream().map(p -> new Report.MentionedPlace(p.country(), p.role().id(),
                        p.role().meaning(), evidence(p.evidence()))).toList(),
                facts(facts.dataFields()),
                facts(facts.recipients()),
                facts.retention().stream().map(r -> new Report.Retention(r.period(), evidence(r.evidence()))).toList());
        List<Report.Disclosure> disclosures = facts.disclosures().stream()
                .map(d -> new Report.Disclosure(d.id(), d.present(), evidence(d.evidence()))).toList();
        List<Report.Finding> findings = result.findings().stream().map(ReportBuilder::finding).toList();
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("ppcheck", VERSION),
                source(src),
                document, reportFacts, disclosures, findings,
                score(result.score(), doc.language()));
    }

    /** The languages whose policies ppcheck reads: its patterns and lexicons are English. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en");

    /** Why a policy in this language gets no grade ("German (de)"), or null when it is read ("und": not sure, so read). */
    static String notAssessed(String language) {
        if (LANGUAGES.contains(language) || language.equals("und")) {
            return null;
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return (name.isEmpty() ? language : name) + " (" + language + ")";
    }

    private static Report.Source source(org.ppcheck.extract.Extraction.Extracted src) {
        var o = src.origin();
        return new Report.Source(src.location(), src.contentType().mediaType(), src.sha256(),
                o == null ? null : o.url(), o == null ? null : o.finalUrl(), o == null ? null : o.fetchedAt(), o == null ? null : o.snapshot());
    }

    private static Report.Score score(Score s, String language) {
        String notAssessed = notAssessed(language);
        return new Report.Score(s.value(), notAssessed == null ? s.grade() : null, notAssessed, s.formula(), s.profiles(), s.earnedPoints(), s.possiblePoints(), s.cappedBy(),
                s.breakdown().stream().map(l -> new Report.ScoreLine(l.rule(), status(l.status()), l.weight(), l.factor(), l.possible(), l.earned()))
                        .toList());
    }

    private static Report.Finding finding(Finding f) {
        return new Report.Finding(f.rule(), f.title(), f.severity().label(), status(f.status()), f.message(), f.gap(), f.reference(), f.fix(),
                f.ask(), evidence(f.evidence()));
    }

    private static String status(Finding.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static List<Report.Fact> facts(List<Facts.Fact> facts) {
        return facts.stream().map(f -> new Report.Fact(f.id(), evidence(f.evidence()))).toList();
    }

    private static List<Report.Evidence> evidence(List<org.ppcheck.facts.Evidence> evidence) {
        return evidence.stream().map(e -> new Report.Evidence(e.text(), e.start(), e.end(), e.section())).toList();
    }

    private static String readVersion() {
        try (InputStream in = ReportBuilder.class.getResourceAsStream("/org/ppcheck/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
