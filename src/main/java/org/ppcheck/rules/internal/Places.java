package org.ppcheck.rules.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ppcheck.facts.Vocabulary;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;

/**
 * How a rules file names places: by the name of one of its {@code jurisdictions:} lists, or as a
 * list of ISO 3166-1 alpha-2 codes (plus EU and EEA).
 */
public final class Places {
    private final ProblemCollector problems;
    private final Map<String, Set<String>> lists;

    /** Reads places against the file's named lists. */
    public Places(ProblemCollector problems, Map<String, Set<String>> lists) {
        this.problems = problems;
        this.lists = lists;
    }

    /** Places with the name that messages give them: the list's name, or the codes joined by "/". */
    public record Place(String name, Set<String> codes) {
        public Place {
            codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
        }
    }

    /** A named list or a list of codes; null after a problem. */
    Place place(LocatedYaml node, LocatedYaml parent, String path) {
        String name = LocatedYaml.textOf(node);
        if (name != null) {
            if (!lists.containsKey(name)) {
                problems.problem(node, path, "no jurisdiction list named '" + name + "'"
                        + ProblemCollector.suggest(name, lists.keySet()) + "; define it under 'jurisdictions:' or list codes");
                return null;
            }
            return new Place(name, lists.get(name));
        }
        if (node instanceof ListNode) {
            Set<String> codes = codes(problems, node, path);
            return new Place(String.join("/", codes), codes);
        }
        problems.problem(node == null ? parent : node, path, "must name a jurisdiction list or list country codes");
        return null;
    }

    /** The known country codes of a list, in its order; each unknown code is a problem. */
    public static Set<String> codes(ProblemCollector problems, LocatedYaml node, String path) {
        Set<String> codes = new LinkedHashSet<>();
        if (!(node instanceof ListNode list)) {
            problems.problem(node, path, "must be a list of ISO 3166-1 alpha-2 codes such as [CN, RU]");
            return codes;
        }
        for (int i = 0; i < list.items().size(); i++) {
            LocatedYaml item = list.items().get(i);
            String code = LocatedYaml.textOf(item);
            if (code == null || !Vocabulary.places().contains(code)) {
                problems.problem(item, path + "[" + i + "]", "unknown country code '" + code + "'"
                        + ProblemCollector.suggest(String.valueOf(code), Vocabulary.places()));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }
}
