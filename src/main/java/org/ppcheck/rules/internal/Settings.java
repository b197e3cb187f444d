package org.ppcheck.rules.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppcheck.rules.Severity;

/**
 * What the head of a rules file sets for all its rules: grade thresholds, severity factors, named
 * profiles, the profiles used when none is asked for, and named jurisdiction lists.
 */
public record Settings(Map<String, Integer> grades, Map<Severity, Integer> severityFactors, Map<String, String> profiles,
                       List<String> defaultProfiles, Map<String, Set<String>> jurisdictions) {
    public Settings {
        grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        Map<Severity, Integer> factors = new EnumMap<>(Severity.class);
        factors.putAll(severityFactors);
        severityFactors = Collections.unmodifiableMap(factors);
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        defaultProfiles = List.copyOf(defaultProfiles);
        jurisdictions = Collections.unmodifiableMap(new LinkedHashMap<>(jurisdictions));
    }
}
