package org.ppcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppcheck.facts.Evidence;
import org.ppcheck.facts.Facts;

/** The rule types, each one small check. The type names are the {@code type:} values of rules.yaml. */
final class Checks {
    private static final int MAX_EVIDENCE = 5;

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
            return Outcome.fail("The policy never names " + or(frameworks) + " (" + c.searched() + ").", List.of());
        }

        @Override
        public String describe() {
            return "Passes when the policy names " + or(frameworks) + ".";
        }
    }

    /** {@code flags-framework}: fails when the policy relies on any of the frameworks (one that is no longer valid, say). */
    record FlagsFramework(List<String> frameworks, String reason) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.Fact> hits = c.facts().frameworks().stream().filter(f -> frameworks.contains(f.id())).toList();
            if (hits.isEmpty()) {
                return Outcome.pass("The policy does not cite " + or(frameworks) + ".", List.of());
            }
            String which = hits.stream().map(Facts.Fact::id).collect(Collectors.joining(", "));
            return Outcome.fail("The policy cites " + which + (reason == null ? "" : ", which " + reason) + ".",
                    evidence(hits.stream().map(Facts.Fact::evidence).toList()));
        }

        @Override
        public String describe() {
            return "Fails when the policy cites " + or(frameworks) + (reason == null ? "" : ", which " + reason) + ".";
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

        @Override
        public String describe() {
            return "Passes when the policy states " + description + " (disclosure " + disclosure + ").";
        }
    }

    /** {@code requires-recipient}: passes when the policy names one of the kinds of recipient. */
    record RequiresRecipient(List<String> recipients, String description) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.Fact> hits = c.facts().recipients().stream().filter(f -> recipients.contains(f.id())).toList();
            if (!hits.isEmpty()) {
                return Outcome.pass("The policy names " + description + ".", evidence(hits.stream().map(Facts.Fact::evidence).toList()));
            }
            return Outcome.fail("The policy does not name " + description + " (" + c.searched() + ").", List.of());
        }

        @Override
        public String describe() {
            return "Passes when the policy names " + description + " (recipients " + or(recipients) + ").";
        }
    }

    /** {@code forbids-location}: fails when personal data is stored in, processed in or sent to a listed place. */
    record ForbidsLocation(String listName, Set<String> places) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.LocationFact> hits = c.facts().dataLocations().stream()
                    .filter(l -> places.contains(l.country())).toList();
            if (hits.isEmpty()) {
                return Outcome.pass("The policy names no place on the " + listName + " list where personal data goes.", List.of());
            }
            String where = hits.stream().map(l -> l.country() + " (" + l.relation().name().toLowerCase() + ")")
                    .collect(Collectors.joining(", "));
            return Outcome.fail("Personal data goes to a place on the " + listName + " list: " + where + ".", evidence(hits.stream()
                    .map(Facts.LocationFact::evidence).toList()));
        }

        @Override
        public String describe() {
            return "Fails when personal data is stored in, processed in or sent to a place on the " + listName
                    + " list (" + String.join(", ", places) + ").";
        }
    }

    /** {@code flags-field}: fails when the policy says it collects any of the sensitive fields. */
    record FlagsField(List<String> fields) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.Fact> hits = c.facts().dataFields().stream().filter(f -> fields.contains(f.id())).toList();
            if (hits.isEmpty()) {
                return Outcome.pass("The policy does not say it collects " + or(fields) + ".", List.of());
            }
            String which = hits.stream().map(Facts.Fact::id).collect(Collectors.joining(", "));
            return Outcome.fail("The policy says it collects " + which + ".", evidence(hits.stream().map(Facts.Fact::evidence).toList()));
        }

        @Override
        public String describe() {
            return "Fails when the policy says it collects " + or(fields) + ".";
        }
    }

    /** {@code requires-retention-period}: passes when a concrete retention period is stated. */
    record RequiresRetentionPeriod() implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Facts.RetentionFact> concrete = concrete(c);
            if (!concrete.isEmpty()) {
                String periods = concrete.stream().map(Facts.RetentionFact::period).collect(Collectors.joining(", "));
                return Outcome.pass("The policy states retention periods: " + periods + ".",
                        evidence(concrete.stream().map(Facts.RetentionFact::evidence).toList()));
            }
            return noPeriod(c);
        }

        @Override
        public String describe() {
            return "Passes when the policy states at least one concrete retention period (such as \"30 days\"); vague criteria fail.";
        }
    }

    /** {@code max-retention}: passes when every stated period is at most {@code max}; vague or no retention fails. */
    record MaxRetention(String max) implements Check {
        /** The durations that retention facts carry: PT12H, P30D, P2W, P6M, P3Y. */
        static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("P(?:T(\\d+)H|(\\d+)([DWMY]))");

        @Override
        public Outcome evaluate(Context c) {
            List<Facts.RetentionFact> concrete = concrete(c);
            if (concrete.isEmpty()) {
                return noPeriod(c);
            }
            List<Facts.RetentionFact> tooLong = concrete.stream().filter(r -> hours(r.period()) > hours(max)).toList();
            if (tooLong.isEmpty()) {
                String longest = concrete.stream().map(Facts.RetentionFact::period)
                        .max(Comparator.comparingLong(MaxRetention::hours)).orElseThrow();
                return Outcome.pass("The longest stated retention period, " + longest + ", is within " + max + ".",
                        evidence(concrete.stream().map(Facts.RetentionFact::evidence).toList()));
            }
            String periods = tooLong.stream().map(Facts.RetentionFact::period).collect(Collectors.joining(", "));
            return Outcome.fail("The policy keeps data longer than " + max + ": " + periods + ".",
                    evidence(tooLong.stream().map(Facts.RetentionFact::evidence).toList()));
        }

        @Override
        public String describe() {
            return "Passes when every retention period the policy states is at most " + max
                    + "; fails when one is longer, or when the policy states no concrete period.";
        }

        /** The duration in hours, a month counted as 30 days and a year as 365. */
        static long hours(String iso) {
            java.util.regex.Matcher m = DURATION.matcher(iso);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a duration: " + iso);
            }
            if (m.group(1) != null) {
                return Long.parseLong(m.group(1));
            }
            long n = Long.parseLong(m.group(2));
            return switch (m.group(3)) {
                case "D" -> n * 24;
                case "W" -> n * 24 * 7;
                case "M" -> n * 24 * 30;
                default -> n * 24 * 365;
            };
        }
    }

    /** {@code requires-any}: passes when at least one of its checks passes. */
    record RequiresAny(List<Check> of) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Outcome> outcomes = of.stream().map(x -> x.evaluate(c)).toList();
            return outcomes.stream().filter(o -> o.status() == Finding.Status.PASS).findFirst()
                    .orElseGet(() -> Outcome.fail(joined(outcomes), List.of()));
        }

        @Override
        public String describe() {
            return "Passes when any of these holds: " + of.stream().map(Check::describe).collect(Collectors.joining(" Or: "));
        }
    }

    /** {@code requires-all}: passes when every one of its checks passes. */
    record RequiresAll(List<Check> of) implements Check {
        @Override
        public Outcome evaluate(Context c) {
            List<Outcome> outcomes = of.stream().map(x -> x.evaluate(c)).toList();
            List<Outcome> failed = outcomes.stream().filter(o -> o.status() != Finding.Status.PASS).toList();
            if (failed.isEmpty()) {
                return Outcome.pass(joined(outcomes), evidence(outcomes.stream().map(Outcome::evidence).toList()));
            }
            return Outcome.fail(joined(failed), evidence(failed.stream().map(Outcome::evidence).toList()));
        }

        @Override
        public String describe() {
            return "Passes when all of these hold: " + of.stream().map(Check::describe).collect(Collectors.joining(" And: "));
        }
    }

    private static String joined(List<Check.Outcome> outcomes) {
        return outcomes.stream().map(Check.Outcome::message).collect(Collectors.joining(" "));
    }

    private static List<Facts.RetentionFact> concrete(Check.Context c) {
        return c.facts().retention().stream().filter(r -> r.period() != null).toList();
    }

    private static Check.Outcome noPeriod(Check.Context c) {
        List<Evidence> vague = evidence(c.facts().retention().stream().map(Facts.RetentionFact::evidence).toList());
        if (!vague.isEmpty()) {
            return Check.Outcome.fail("The policy gives only vague criteria for how long data is kept, no period.", vague);
        }
        return Check.Outcome.fail("The policy does not say how long data is kept (" + c.searched() + ").", List.of());
    }

    /** "A", "A or B", "A, B or C". */
    static String or(List<String> ids) {
        return ids.size() == 1 ? ids.get(0) : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    private static List<Evidence> evidence(List<List<Evidence>> lists) {
        List<Evidence> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all.size() > MAX_EVIDENCE ? all.subList(0, MAX_EVIDENCE) : all;
    }
}
