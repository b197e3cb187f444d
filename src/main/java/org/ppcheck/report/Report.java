package org.ppcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The report contract, schemaVersion 1: exactly the names of {@code report.schema.json}. Values are
 * plain strings and numbers so that the JSON is stable whatever the Java types behind it.
 */
@JsonPropertyOrder({"schemaVersion", "tool", "source", "document", "facts", "disclosures", "findings", "score"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(int schemaVersion, Tool tool, Source source, Document document, Facts facts,
                     List<Disclosure> disclosures, List<Finding> findings, Score score) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        disclosures = List.copyOf(disclosures);
        findings = List.copyOf(findings);
    }

    public record Tool(String name, String version) { }

    /**
     * Where the policy came from. For a URL: {@code url} as asked, {@code finalUrl} after redirects and
     * discovery, {@code fetchedAt}, and {@code snapshot}, the archived copy ("sha256:..."); all null for a file.
     */
    @JsonPropertyOrder({"location", "contentType", "sha256", "url", "finalUrl", "fetchedAt", "snapshot"})
    public record Source(String location, String contentType, String sha256, String url, String finalUrl, String fetchedAt, String snapshot) { }

    @JsonPropertyOrder({"language", "title", "lastUpdated", "characters", "sentences", "warnings"})
    public record Document(String language, String title, String lastUpdated, int characters, int sentences, List<String> warnings) { }

    public record Evidence(String text, int start, int end, String section) { }

    @JsonPropertyOrder({"frameworks", "dataLocations", "mentionedPlaces", "dataFields", "recipients", "retention"})
    public record Facts(List<Fact> frameworks, List<Location> dataLocations, List<MentionedPlace> mentionedPlaces, List<Fact> dataFields,
                        List<Fact> recipients, List<Retention> retention) { }

    public record Fact(String id, List<Evidence> evidence) { }

    public record Location(String country, String relation, List<Evidence> evidence) { }

    /**
     * A place the policy names that is not a data location: {@code role} says what it is there
     * ({@code residence}, {@code law_scope}, ...) and {@code meaning} says it in plain words.
     */
    @JsonPropertyOrder({"country", "role", "meaning", "evidence"})
    public record MentionedPlace(String country, String role, String meaning, List<Evidence> evidence) { }

    public record Retention(String period, List<Evidence> evidence) { }

    public record Disclosure(String id, boolean present, List<Evidence> evidence) { }

    /**
     * {@code gap} is, for a failed rule, the failure in a few plain words ("stores data in China");
     * {@code reference} is the law or standard the rule rests on; {@code fix} says, for a failed
     * rule, what the vendor should do, and {@code ask} what a buyer asks the vendor for.
     */
    @JsonPropertyOrder({"rule", "title", "severity", "status", "message", "gap", "reference", "fix", "ask", "evidence"})
    public record Finding(String rule, String title, String severity, String status, String message, String gap, String reference,
                          String fix, String ask, List<Evidence> evidence) { }

    /**
     * The score with its breakdown: see {@code formula}. A policy in a language ppcheck cannot read
     * is not assessed: {@code grade} is null and {@code notAssessed} names the language ("German (de)").
     */
    @JsonPropertyOrder({"value", "grade", "notAssessed", "formula", "profiles", "earnedPoints", "possiblePoints", "cappedBy", "breakdown"})
    public record Score(int value, String grade, String notAssessed, String formula, List<String> profiles, int earnedPoints, int possiblePoints,
                        List<String> cappedBy, List<ScoreLine> breakdown) {
        /** Whether the policy got a grade. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean assessed() {
            return notAssessed == null;
        }
    }

    /** One rule's share of the score: possible = weight x factor when the rule applies, earned = possible when it passed. */
    @JsonPropertyOrder({"rule", "status", "weight", "factor", "possible", "earned"})
    public record ScoreLine(String rule, String status, int weight, int factor, int possible, int earned) { }

    /** Failed findings, most severe first. */
    public List<Finding> failed() {
        return findings.stream().filter(f -> f.status().equals("fail"))
                .sorted(java.util.Comparator.comparingInt(f -> severityRank(f.severity()))).toList();
    }

    private static int severityRank(String severity) {
        return switch (severity) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
