package org.ppcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Names;
import org.ppcheck.facts.RetentionPeriod;

/**
 * What a reader needs first about one policy, in plain words, as every human-facing output
 * (terminal, Markdown, HTML, XLSX, web app) leads with it: where data goes, the sensitive and all
 * data fields, the laws cited, retention, recipients (and whether government authorities are among
 * them), when the policy was last updated and where and when it was fetched; the grade or why there
 * is none; and, for a policy with a high-severity failure, why it needs attention.
 *
 * @param whereDataGoes   "stores data in China", "processes data in the United States"
 * @param sensitiveFields the data fields a reader is warned of first ("keystroke patterns")
 * @param dataFields      every data field collected
 * @param laws            the laws and frameworks cited ("the GDPR")
 * @param retention       the periods stated ("30 days"), and for vague criteria "no period" with the
 *                        start of the sentence
 * @param recipients      who receives data ("service providers")
 * @param governmentAccess whether government authorities are among the recipients
 * @param lastUpdated     the policy's own date, as written, or null
 * @param fetchedAt       when it was fetched (a URL), or null
 * @param policyUrl       the policy's URL after redirects and discovery (a URL), or null
 * @param attention       the high-severity failures in a few words ("stores data in China; never
 *                        refers to the GDPR"), or null when there is none
 */
public record KeyFacts(List<String> whereDataGoes, List<String> sensitiveFields, List<String> dataFields, List<String> laws,
                       List<String> retention, List<String> recipients, boolean governmentAccess, String lastUpdated, String fetchedAt,
                       String policyUrl, String attention) {
    /** How much of a vague retention sentence is quoted. */
    private static final int QUOTE = 90;

    public KeyFacts {
        whereDataGoes = List.copyOf(whereDataGoes);
        sensitiveFields = List.copyOf(sensitiveFields);
        dataFields = List.copyOf(dataFields);
        laws = List.copyOf(laws);
        retention = List.copyOf(retention);
        recipients = List.copyOf(recipients);
    }

    /** The key facts of a report. */
    public static KeyFacts of(Report r) {
        Report.Facts f = r.facts();
        Set<String> where = new LinkedHashSet<>();
        f.dataLocations().forEach(l -> where.add(Names.location(l.country(), l.relation())));
        List<String> fieldIds = f.dataFields().stream().map(Report.Fact::id).toList();
        List<String> sensitive = Names.sensitiveFields().stream().filter(fieldIds::contains).map(Names::dataField).toList();
        Set<String> retention = new LinkedHashSet<>();
        f.retention().forEach(x -> retention.add(retention(x)));
        List<String> recipientIds = f.recipients().stream().map(Report.Fact::id).toList();
        Report.Source s = r.source();
        return new KeyFacts(List.copyOf(where), sensitive, fieldIds.stream().map(Names::dataField).toList(),
                f.frameworks().stream().map(x -> Names.framework(x.id())).toList(), List.copyOf(retention),
                recipientIds.stream().map(Names::recipient).toList(), recipientIds.contains("government_authorities"),
                r.document().lastUpdated(), s.fetchedAt() != null && s.url() != null ? s.fetchedAt() : null,
                s.finalUrl() != null ? s.finalUrl() : s.url(), attention(r));
    }

    /** A list of facts as one text: "a; b; c", or {@code none} (such as "none found") when it is empty. */
    public static String words(List<String> facts, String none) {
        return facts.isEmpty() ? none : String.join("; ", facts);
    }

    /** "10 years", or for a criterion without a period "no period ('" and the start of the sentence that says it "')". */
    private static String retention(Report.Retention r) {
        if (r.period() != null) {
            return RetentionPeriod.words(r.period());
        }
        if (r.evidence().isEmpty()) {
            return "no period";
        }
        String sentence = r.evidence().get(0).text().strip();
        if (sentence.length() > QUOTE) {
            int end = sentence.lastIndexOf(' ', QUOTE);
            if (end < QUOTE / 2) {
                end = Character.isHighSurrogate(sentence.charAt(QUOTE - 1)) ? QUOTE - 1 : QUOTE;
            }
            sentence = sentence.substring(0, end).strip() + " …";
        }
        return "no period ('" + sentence + "')";
    }

    /** The gaps of the failed findings of a severity ("high"), most severe rules first, each once. */
    public static List<String> gaps(Report r, String severity) {
        Set<String> gaps = new LinkedHashSet<>();
        r.failed().stream().filter(x -> severity == null || x.severity().equals(severity)).forEach(x -> gaps.add(gap(x)));
        return List.copyOf(gaps);
    }

    /** A failed finding in a few words: its gap, or its title for a report made before gaps existed. */
    public static String gap(Report.Finding x) {
        return x.gap() != null ? x.gap() : "fails: " + x.title();
    }

    private static String attention(Report r) {
        if (!r.score().assessed()) {
            return null;
        }
        List<String> high = gaps(r, "high");
        return high.isEmpty() ? null : String.join("; ", high);
    }

    /** The grade, or why there is none: "B", "not assessed: German (de)". */
    public static String grade(Report r) {
        return r.score().assessed() ? r.score().grade() : "not assessed: " + r.score().notAssessed();
    }

    /** Score and grade as a reader sees them: "82 (B)", or "not assessed: German (de)". */
    public static String scoreAndGrade(Report r) {
        return r.score().assessed() ? r.score().value() + " (" + r.score().grade() + ")" : grade(r);
    }

    /** Why the grade is lower than the score gives, in words, or null: "capped because the policy stores data in China". */
    public static String capReason(Report r) {
        if (!r.score().assessed() || r.score().cappedBy().isEmpty()) {
            return null;
        }
        List<String> why = new ArrayList<>();
        for (String rule : r.score().cappedBy()) {
            r.findings().stream().filter(x -> x.rule().equals(rule)).findFirst().ifPresent(x -> why.add(gap(x)));
        }
        return "grade capped because the policy " + Names.sentenceList(why.stream().map(KeyFacts::asClause).toList());
    }

    /** A gap as a clause after "the policy": "stores data in China"; a noun phrase gets "has ". */
    private static String asClause(String gap) {
        String first = gap.split(" ", 2)[0];
        return gap.startsWith("fails: ") || first.endsWith("s") && !first.equals("this") || first.equals("never") || first.equals("does") ? gap : "has " + gap;
    }
}
