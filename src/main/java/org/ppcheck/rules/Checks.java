package org.ppcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppcheck.facts.Evidence;
import org.ppcheck.facts.Facts;

/** The rule types, each one small check. The type names are the {@code type:} values of rules.yaml. */
final class Checks {
    private Checks() {
    }

    /** {@code requires-framework}: passes when the policy names any of the frameworks. */
    record RequiresFramework(List<String> frameworks) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            for (Facts.Fact f : c.facts().frameworks()) {
                if (frameworks.contains(f.id())) {
                    return Outcome.pass("The policy refers to " + f.id() + ".", f.evidence());
                }
            }
            return Outcome.fail("The policy never names " + String.join(" or ", frameworks) + " (" + c.searched() + ").", List.of());
        }
    }

    /** {@code requires-disclosure}: passes when the policy gives the item of information. */
    record RequiresDisclosure(String disclosure, String description) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            for (Facts.Disclosure d : c.facts().disclosures()) {
                if (d.id().equals(disclosure) && d.present()) {
                    return Outcome.pass("The policy states " + description + ".", d.evidence());
                }
            }
            return Outcome.fail("The policy does not state " + description + " (" + c.searched() + ").", List.of());
        }
    }

    /** {@code forbids-location}: fails when personal data is stored in, processed in or sent to a listed place. */
    record ForbidsLocation(String listName, Set<String> places) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.LocationFact> hits = c.facts().dataLocations().stream()
                    .filter(l -> places.contains(l.country())).toList();
            if (hits.isEmpty()) {
                return Outcome.pass("No personal data goes to a place on the " + listName + " list.", List.of());
            }
            String where = hits.stream().map(l -> l.country() + " (" + l.relation().name().toLowerCase() + ")")
                    .collect(Collectors.joining(", "));
            return Outcome.fail("Personal data goes to a place on the " + listName + " list: " + where + ".", evidence(hits.stream()
                    .map(Facts.LocationFact::evidence).toList()));
        }
    }

    /** {@code flags-field}: fails when the policy says it collects any of the sensitive fields. */
    record FlagsField(List<String> fields) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.Fact> hits = c.facts().dataFields().stream().filter(f -> fields.contains(f.id())).toList();
            if (hits.isEmpty()) {
                return Outcome.pass("The policy does not say it collects " + String.join(", ", fields) + ".", List.of());
            }
            String which = hits.stream().map(Facts.Fact::id).collect(Collectors.joining(", "));
            return Outcome.fail("The policy says it collects " + which + ".", evidence(hits.stream().map(Facts.Fact::evidence).toList()));
        }
    }

    /** {@code requires-retention-period}: passes when a concrete retention period is stated. */
    record RequiresRetentionPeriod() implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.RetentionFact> concrete = c.facts().retention().stream().filter(r -> r.period() != null).toList();
            if (!concrete.isEmpty()) {
                String periods = concrete.stream().map(Facts.RetentionFact::period).collect(Collectors.joining(", "));
                return Outcome.pass("The policy states retention periods: " + periods + ".",
                        evidence(concrete.stream().map(Facts.RetentionFact::evidence).toList()));
            }
            List<Evidence> vague = evidence(c.facts().retention().stream().map(Facts.RetentionFact::evidence).toList());
            if (!vague.isEmpty()) {
                return Outcome.fail("The policy gives only vague criteria for how long data is kept, no period.", vague);
            }
            return Outcome.fail("The policy does not say how long data is kept (" + c.searched() + ").", List.of());
        }
    }

    private static List<Evidence> evidence(List<List<Evidence>> lists) {
        List<Evidence> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all.size() > 5 ? all.subList(0, 5) : all;
    }
}
