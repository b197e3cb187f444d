package org.ppcheck.facts;

import java.util.List;

/** Everything ppcheck read out of one policy, each item with its evidence. */
public record Facts(
        List<Fact> frameworks,
        List<LocationFact> dataLocations,
        List<Fact> dataFields,
        List<Fact> recipients,
        List<RetentionFact> retention,
        List<Disclosure> disclosures,
        String lastUpdated) {

    public Facts {
        frameworks = List.copyOf(frameworks);
        dataLocations = List.copyOf(dataLocations);
        dataFields = List.copyOf(dataFields);
        recipients = List.copyOf(recipients);
        retention = List.copyOf(retention);
        disclosures = List.copyOf(disclosures);
    }

    /** A fact named by an id from LABELING.md (framework, data field or recipient). */
    public record Fact(String id, List<Evidence> evidence) {
        public Fact {
            evidence = List.copyOf(evidence);
        }
    }

    /** Where personal data goes: an ISO 3166-1 code (or EU / EEA) and how it gets there. */
    public record LocationFact(String country, Relation relation, List<Evidence> evidence) {
        public LocationFact {
            evidence = List.copyOf(evidence);
        }
    }

    /** How a location relates to the data. */
    public enum Relation { STORED, PROCESSED, TRANSFERRED }

    /** A statement on how long data is kept: {@code period} is an ISO-8601 duration, or null when vague. */
    public record RetentionFact(String period, List<Evidence> evidence) {
        public RetentionFact {
            evidence = List.copyOf(evidence);
        }
    }

    /** Whether the policy gives an item of information (GDPR Art. 13/14 and others). */
    public record Disclosure(String id, boolean present, List<Evidence> evidence) {
        public Disclosure {
            evidence = List.copyOf(evidence);
        }
    }

    public boolean hasFramework(String id) {
        return frameworks.stream().anyMatch(f -> f.id().equals(id));
    }

    public boolean discloses(String id) {
        return disclosures.stream().anyMatch(d -> d.id().equals(id) && d.present());
    }
}
