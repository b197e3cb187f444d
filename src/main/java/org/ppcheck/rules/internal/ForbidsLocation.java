package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Names;

/**
 * {@code forbids-location}: fails when personal data is stored in, processed in or sent to a place
 * of {@code jurisdictions}, a named list of the file or a list of country codes.
 */
record ForbidsLocation(Places.Place places) implements Check {
    static final RuleType TYPE = new RuleType("forbids-location", Set.of("jurisdictions"), ForbidsLocation::read);

    private static Check read(Params p) {
        Places.Place place = p.place("jurisdictions");
        return place == null ? null : new ForbidsLocation(place);
    }

    @Override
    public Outcome evaluate(Context c) {
        List<Facts.LocationFact> hits = c.facts().dataLocations().stream()
                .filter(l -> places.codes().contains(l.country())).toList();
        if (hits.isEmpty()) {
            return Outcome.pass("The policy names no place on the " + places.name() + " list where personal data goes.", List.of());
        }
        String where = Names.sentenceList(hits.stream().map(l -> Names.location(l.country(), l.relation().name().toLowerCase(Locale.ROOT)))
                .distinct().toList());
        return Outcome.fail("Personal data goes to a place on the " + places.name() + " list: the policy says it " + where + ".",
                Outcomes.evidence(hits.stream().map(Facts.LocationFact::evidence).toList()), where);
    }

    @Override
    public String describe() {
        return "Fails when personal data is stored in, processed in or sent to a place on the " + places.name()
                + " list (" + Names.sentenceList(places.codes().stream().map(Names::place).toList()) + ").";
    }
}
