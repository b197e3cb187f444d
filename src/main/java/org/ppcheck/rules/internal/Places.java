package org.ppcheck.rules.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ppcheck.facts.Vocabulary;
import org.ppcheck.rules.internal.YamlNode.ListNode;
import org.ppcheck.rules.internal.YamlNode.Scalar;

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
    Place place(YamlNode node, YamlNode parent, String path) {
        if (node instanceof Scalar s && s.text() != null) {
            if (!lists.containsKey(s.text())) {
                problems.problem(node, path, "no jurisdiction list named '" + s.text() + "'"
                        + ProblemCollector.suggest(s.text(), lists.keySet()) + "; define it under 'jurisdictions:' or list codes");
                return null;
            }
            return new Place(s.text(), lists.get(s.text()));
        }
        if (node instanceof ListNode) {
            Set<String> codes = codes(problems, node, path);
            return new Place(String.join("/", codes), codes);
        }
        problems.problem(node == null ? parent : node, path, "must name a jurisdiction list or list country codes");
        return null;
    }

    /** The known country codes of a list, in its order; each unknown code is a problem. */
    public static Set<String> codes(ProblemCollector problems, YamlNode node, String path) {
        Set<String> codes = new LinkedHashSet<>();
        if (!(node instanceof ListNode list)) {
            problems.problem(node, path, "must be a list of ISO 3166-1 alpha-2 codes such as [CN, RU]");
            return codes;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String code = item instanceof Scalar s ? s.text() : null;
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
