package org.ppcheck.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.report.Report;

/**
 * What changed between two versions of a policy: facts and disclosures that appeared or
 * disappeared ({@link FactChanges}: only what the text no longer says counts as removed), findings
 * that changed status, the score, and each changed section as a unified text diff
 * ({@link SectionChanges}: matched by heading path, then by content, so a renamed heading is a
 * rename). The JSON form keeps ids; {@link #text()} and {@link #html()} show plain names.
 */
@JsonPropertyOrder({"old", "new", "score", "facts", "findings", "sections"})
public record PolicyDiff(String old, @JsonProperty("new") String now, Score score, Map<String, Change> facts, List<StatusChange> findings,
                         List<SectionChange> sections) {

    public PolicyDiff {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        findings = List.copyOf(findings);
        sections = List.copyOf(sections);
    }

    /** The score before and after. */
    public record Score(int oldValue, String oldGrade, int newValue, String newGrade) { }

    /**
     * The ids of one kind of fact that changed, each list sorted by id.
     *
     * @param added found in the newer version only, and not stated in the older text
     * @param removed found in the older version only, and no evidence of it is left in the newer text
     * @param stillInText found in the older version only, though the newer text still says what the older evidence said
     * @param alreadyInText found in the newer version only, though the older text already said what the newer evidence says
     */
    @JsonPropertyOrder({"added", "removed", "stillInText", "alreadyInText"})
    public record Change(List<String> added, List<String> removed, List<Quoted> stillInText, List<Quoted> alreadyInText) {
        public Change {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            stillInText = List.copyOf(stillInText);
            alreadyInText = List.copyOf(alreadyInText);
        }
    }

    /**
     * A fact with what the other version still says of it.
     *
     * @param id the fact's id
     * @param quote the words of the other version, as written there; or, when the fact's only evidence
     *              was a heading of a section that the other version has under another heading, that heading
     * @param evidenceHeading in that case the heading that was the evidence, in the fact's own version; null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quoted(String id, String quote, String evidenceHeading) { }

    /** A rule whose status changed; {@code oldStatus} is "absent" when the older report did not evaluate the rule. */
    public record StatusChange(String rule, String title, String severity, String oldStatus, String newStatus) { }

    /**
     * A section that was added, removed, changed or renamed, with its unified diff.
     *
     * @param section the section's heading path ("Privacy > Your rights"), in the newer version unless removed
     * @param renamedFrom for a renamed section, its heading path in the older version; null otherwise
     * @param kind "added", "removed", "changed" or "renamed"
     * @param diff the unified diff of its text; for a renamed section, of its text under the heading (empty when that is the same)
     */
    @JsonPropertyOrder({"section", "renamedFrom", "kind", "diff"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionChange(String section, String renamedFrom, String kind, List<String> diff) {
        public SectionChange {
            diff = List.copyOf(diff);
        }
    }

    /** Compares two reports and the texts they came from. */
    public static PolicyDiff of(Report a, StructuredText textA, Report b, StructuredText textB) {
        SectionChanges sections = new SectionChanges(textA, textB);
        List<StatusChange> findings = new ArrayList<>();
        Map<String, Report.Finding> before = new LinkedHashMap<>();
        a.findings().forEach(f -> before.put(f.rule(), f));
        for (Report.Finding f : b.findings()) {
            Report.Finding old = before.get(f.rule());
            String oldStatus = old == null ? "absent" : old.status();
            if (!oldStatus.equals(f.status())) {
                findings.add(new StatusChange(f.rule(), f.title(), f.severity(), oldStatus, f.status()));
            }
        }
        return new PolicyDiff(a.source().location(), b.source().location(),
                new Score(a.score().value(), a.score().grade(), b.score().value(), b.score().grade()),
                FactChanges.of(a, textA, b, textB, sections), findings, sections.changes());
    }

    /**
     * The facts that were added or removed, in plain words, one phrase per kind and direction:
     * "data fields added: keystroke patterns" (for change summaries, feeds and webhooks).
     */
    public List<String> factChangesInWords() {
        List<String> out = new java.util.ArrayList<>();
        facts.forEach((key, change) -> {
            FactKind kind = FactKind.byKey(key);
            String label = kind.label().toLowerCase(java.util.Locale.ROOT);
            if (!change.added().isEmpty()) {
                out.add(label + " added: " + org.ppcheck.facts.Names.sentenceList(change.added().stream().map(kind::name).toList()));
            }
            if (!change.removed().isEmpty()) {
                out.add(label + " removed: " + org.ppcheck.facts.Names.sentenceList(change.removed().stream().map(kind::name).toList()));
            }
        });
        return out;
    }

    /** The diff for a terminal, in plain names: every text from the policies goes through {@link org.ppcheck.util.TerminalText}. */
    public String text() {
        return DiffText.render(this);
    }

    /** The diff as one self-contained HTML page, in plain names, readable on a phone and printable. */
    public String html() {
        return DiffHtml.render(this);
    }
}
