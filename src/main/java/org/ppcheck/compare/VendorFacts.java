package org.ppcheck.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppcheck.facts.Names;
import org.ppcheck.facts.RetentionPeriod;
import org.ppcheck.report.Report;

/**
 * A vendor's key facts in plain words, as the checklist shows them beside the rules: where data
 * goes ("stores data in China"), the data collected and which of it is sensitive
 * ({@code sensitive-fields.txt}), the laws cited, how long data is kept ("10 years", or no period),
 * who receives it, when the policy was last updated, and where and when it was fetched. Each list
 * is empty when the policy says nothing ppcheck found; {@link #words} says so in words.
 *
 * @param dataGoes      where data is stored, processed or sent
 * @param sensitiveData the sensitive data fields collected
 * @param dataFields    every data field collected
 * @param laws          the laws and frameworks cited
 * @param retention     each retention statement: a period in words, or "no period" with the words that say so
 * @param recipients    who receives data
 * @param lastUpdated   the policy's last-updated date as it states it, or null
 * @param policyUrl     the URL the policy was read from after redirects and discovery, or null for a file
 * @param fetchedAt     when it was fetched, or null for a file
 */
public record VendorFacts(List<String> dataGoes, List<String> sensitiveData, List<String> dataFields, List<String> laws,
                          List<String> retention, List<String> recipients, String lastUpdated, String policyUrl, String fetchedAt) {
    private static final Set<String> SENSITIVE = readIds("sensitive-fields.txt");
    /** How much of a vague retention sentence is quoted. */
    private static final int QUOTE = 90;

    public VendorFacts {
        dataGoes = List.copyOf(dataGoes);
        sensitiveData = List.copyOf(sensitiveData);
        dataFields = List.copyOf(dataFields);
        laws = List.copyOf(laws);
        retention = List.copyOf(retention);
        recipients = List.copyOf(recipients);
    }

    /** The facts of a report. */
    public static VendorFacts of(Report report) {
        Report.Facts f = report.facts();
        List<String> goes = f.dataLocations().stream().map(l -> Names.location(l.country(), l.relation())).distinct().toList();
        List<String> fields = f.dataFields().stream().map(Report.Fact::id).toList();
        List<String> sensitive = fields.stream().filter(SENSITIVE::contains).map(Names::dataField).toList();
        List<String> laws = f.frameworks().stream().map(x -> Names.framework(x.id())).toList();
        List<String> retention = f.retention().stream().map(VendorFacts::retention).toList();
        List<String> recipients = f.recipients().stream().map(x -> Names.recipient(x.id())).toList();
        return new VendorFacts(goes, sensitive, fields.stream().map(Names::dataField).toList(), laws, retention, recipients,
                report.document().lastUpdated(), report.source().finalUrl(), report.source().fetchedAt());
    }

    /** A list of facts as a cell shows it: "a; b; c", or {@code none} (such as "none found") when it is empty. */
    public static String words(List<String> facts, String none) {
        return facts.isEmpty() ? none : String.join("; ", facts);
    }

    /** "10 years", or for a criterion without a period "no period (" and the start of the sentence that says it ")". */
    private static String retention(Report.Retention r) {
        if (r.period() != null) {
            return RetentionPeriod.words(r.period());
        }
        if (r.evidence().isEmpty()) {
            return "no period";
        }
        return "no period ('" + opening(r.evidence().get(0).text().strip()) + "')";
    }

    /** The sentence, or its first words up to {@link #QUOTE} characters and "…". */
    private static String opening(String sentence) {
        if (sentence.length() <= QUOTE) {
            return sentence;
        }
        int end = sentence.lastIndexOf(' ', QUOTE);
        if (end < QUOTE / 2) {
            end = Character.isHighSurrogate(sentence.charAt(QUOTE - 1)) ? QUOTE - 1 : QUOTE;
        }
        return sentence.substring(0, end).strip() + " …";
    }

    private static Set<String> readIds(String resource) {
        try (InputStream in = VendorFacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
