package org.ppcheck.rules.internal;

import java.util.Set;
import java.util.function.Function;

/**
 * One rule type as a rules file names it ({@code type: requires-framework}): the keys of its own
 * and how it reads them into a {@link Check}. The reader returns null once it has reported a
 * problem. Each type's class declares its {@code TYPE}; {@link RuleTypes} lists them all.
 */
public record RuleType(String name, Set<String> keys, Function<Params, Check> reader) {
    public RuleType {
        keys = Set.copyOf(keys);
    }
}
