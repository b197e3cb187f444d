package org.ppcheck.rules.internal;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every rule type, by the name a rules file gives it in {@code type:}. */
public final class RuleTypes {
    private static final Map<String, RuleType> BY_NAME = byName(List.of(
            RequiresFramework.TYPE, FlagsFramework.TYPE, RequiresDisclosure.TYPE, RequiresRecipient.TYPE,
            ForbidsLocation.TYPE, FlagsField.TYPE, RequiresRetentionPeriod.TYPE, MaxRetention.TYPE,
            RequiresAny.TYPE, RequiresAll.TYPE));

    private RuleTypes() {
    }

    private static Map<String, RuleType> byName(List<RuleType> types) {
        SortedMap<String, RuleType> map = new TreeMap<>();
        types.forEach(t -> map.put(t.name(), t));
        return Collections.unmodifiableSortedMap(map);
    }

    /** The names of the rule types, sorted. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /** The rule type of this name, or null. */
    public static RuleType named(String name) {
        return BY_NAME.get(name);
    }

    /**
     * Reads the check of a mapping that names its type under {@code type:}: the type must be known,
     * and the mapping may have the type's own keys and the {@code otherKeys} of where it stands (the
     * common keys of a rule, or only {@code type} in a list of checks). Null after a problem.
     */
    public static Check read(Params params, Set<String> otherKeys) {
        String name = params.text("type");
        if (name == null) {
            return null;
        }
        RuleType type = BY_NAME.get(name);
        if (type == null) {
            params.problem("type", "unknown rule type '" + name + "'" + ProblemCollector.suggest(name, names())
                    + "; known types: " + String.join(", ", names()));
            return null;
        }
        Set<String> allowed = new HashSet<>(otherKeys);
        allowed.addAll(type.keys());
        params.unknownKeys(allowed);
        return type.reader().apply(params);
    }
}
