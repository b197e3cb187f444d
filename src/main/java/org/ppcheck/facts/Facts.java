package org.ppcheck.facts;

import java.util.List;

/** Everything ppcheck read out of one policy, each item with its evidence. */
public record Facts(
        List<Fact> frameworks,
        List<LocationFact> dataLocations,
        List<PlaceMention> mentionedPlaces,
        List<Fact> dataFields,
        List<Fact> recipients,
        List<RetentionFact> retention,
        List<Disclosure> disclosures,
        String lastUpdated) {

    public Facts {
        frameworks = List.copyOf(frameworks);
        dataLocations = List.copyOf(dataLocations);
        mentionedPlaces = List.copyOf(mentionedPlaces);
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

    /**
     * A place the policy names that is not counted as a data location, with the role it plays in its
     * sentence, so that a reviewer sees why ("Switzerland: where users live").
     */
    public record PlaceMention(String country, PlaceRole role, List<Evidence> evidence) {
        public PlaceMention {
            evidence = List.copyOf(evidence);
        }
    }

    /** What a named place is in its sentence. Only {@link #DESTINATION} makes a data location. */
    public enum PlaceRole {
        DESTINATION("where data is stored, processed or sent"),
        RESIDENCE("where users live, or whom a section addresses"),
        LAW_SCOPE("the reach of a law, a notice, a right or an authority"),
        ORIGIN("where a transfer starts, or the area data leaves"),
        NAME_OR_ADDRESS("part of a name, an office or an address"),
        QUALIFYING("a kind of place data could go to, not a named destination"),
        DENIED("a place the policy says data is not stored in or sent to"),
        UNRELATED("a place in a sentence that does not say data goes there");

        private final String meaning;

        PlaceRole(String meaning) {
            this.meaning = meaning;
        }

        /** The role in plain words, for reports ("where users live, or whom a section addresses"). */
        public String meaning() {
            return meaning;
        }

        /** The role's name in reports: {@code law_scope}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How a location relates to the data. */
    public enum Relation { STORED, PROCESSED, TRANSFERRED }

    /**
     * A statement on how long data is kept: {@code length} is the period the policy states, or null
     * when it gives only vague criteria ("as long as necessary").
     */
    public record RetentionFact(RetentionPeriod length, List<Evidence> evidence) {
        public RetentionFact {
            evidence = List.copyOf(evidence);
        }

        /** The period as reports show it, ISO-8601 text such as {@code P30D}; null when vague. */
        public String period() {
            return length == null ? null : length.text();
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
