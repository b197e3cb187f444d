package org.ppcheck.rules.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Names;

/**
 * A rule's {@code when:}: a test over a policy's facts. When it is false the rule does not apply
 * (status n/a) and leaves the score alone. Written in rules.yaml as a mapping with one key:
 * {@code framework}, {@code field}, {@code recipient}, {@code disclosure}, {@code location},
 * {@code location-outside}, or the combinations {@code any}, {@code all} and {@code not}.
 */
public sealed interface Condition {

    /** Whether the condition holds for a policy with these facts. */
    boolean test(Facts facts);

    /** The condition in words, for {@code ppcheck explain} and n/a messages: "the policy names COPPA". */
    String describe();

    /** The keys a condition may have, each with what it takes. */
    List<String> KEYS = List.of("framework", "field", "recipient", "disclosure", "location", "location-outside", "any", "all", "not");

    /** {@code framework: [ids]}: the policy names one of the frameworks. */
    record NamesFramework(List<String> ids) implements Condition {
        public NamesFramework {
            ids = List.copyOf(ids);
        }

        @Override
        public boolean test(Facts facts) {
            return facts.frameworks().stream().anyMatch(f -> ids.contains(f.id()));
        }

        @Override
        public String describe() {
            return "the policy names " + Outcomes.or(ids);
        }
    }

    /** {@code field: [ids]}: the policy says it collects one of the fields. */
    record CollectsField(List<String> ids) implements Condition {
        public CollectsField {
            ids = List.copyOf(ids);
        }

        @Override
        public boolean test(Facts facts) {
            return facts.dataFields().stream().anyMatch(f -> ids.contains(f.id()));
        }

        @Override
        public String describe() {
            return "the policy says it collects " + Outcomes.or(ids.stream().map(Names::dataField).toList());
        }
    }

    /** {@code recipient: [ids]}: the policy says it shares data with one of the recipients. */
    record SharesWith(List<String> ids) implements Condition {
        public SharesWith {
            ids = List.copyOf(ids);
        }

        @Override
        public boolean test(Facts facts) {
            return facts.recipients().stream().anyMatch(f -> ids.contains(f.id()));
        }

        @Override
        public String describe() {
            return "the policy says it shares data with " + Outcomes.or(ids.stream().map(Names::recipient).toList());
        }
    }

    /** {@code disclosure: [ids]}: the policy gives one of the items of information. */
    record Discloses(List<String> ids) implements Condition {
        public Discloses {
            ids = List.copyOf(ids);
        }

        @Override
        public boolean test(Facts facts) {
            return facts.disclosures().stream().anyMatch(d -> d.present() && ids.contains(d.id()));
        }

        @Override
        public String describe() {
            return "the policy states " + Outcomes.or(ids.stream().map(Names::disclosure).toList());
        }
    }

    /** {@code location: LIST or [codes]}: personal data goes to one of the places. */
    record DataIn(Places.Place places) implements Condition {
        @Override
        public boolean test(Facts facts) {
            return facts.dataLocations().stream().anyMatch(l -> places.codes().contains(l.country()));
        }

        @Override
        public String describe() {
            return "personal data goes to a place on the " + places.name() + " list";
        }
    }

    /** {@code location-outside: LIST or [codes]}: personal data goes to a place that is not on the list. */
    record DataOutside(Places.Place places) implements Condition {
        @Override
        public boolean test(Facts facts) {
            return facts.dataLocations().stream().anyMatch(l -> !places.codes().contains(l.country()));
        }

        @Override
        public String describe() {
            return "personal data goes to a place outside the " + places.name() + " list";
        }
    }

    /** {@code any: [conditions]}: one of them holds. */
    record Any(List<Condition> of) implements Condition {
        public Any {
            of = List.copyOf(of);
        }

        @Override
        public boolean test(Facts facts) {
            return of.stream().anyMatch(c -> c.test(facts));
        }

        @Override
        public String describe() {
            return of.stream().map(Condition::describe).collect(Collectors.joining(", or ", "", ""));
        }
    }

    /** {@code all: [conditions]}: every one of them holds. */
    record All(List<Condition> of) implements Condition {
        public All {
            of = List.copyOf(of);
        }

        @Override
        public boolean test(Facts facts) {
            return of.stream().allMatch(c -> c.test(facts));
        }

        @Override
        public String describe() {
            return of.stream().map(Condition::describe).collect(Collectors.joining(", and "));
        }
    }

    /** {@code not: condition}: it does not hold. */
    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(Facts facts) {
            return !condition.test(facts);
        }

        @Override
        public String describe() {
            return "it is not so that " + condition.describe();
        }
    }
}
