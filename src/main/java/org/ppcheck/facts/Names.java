package org.ppcheck.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.YamlBinder;

/**
 * The plain names of the ids reports carry ({@code names.yaml}): "keystroke patterns" for
 * {@code keystroke_patterns}, "China" for {@code CN}, "the GDPR" for {@code GDPR}. Every output a
 * person reads uses them; the JSON report keeps the ids. An id without a name (a newer lexicon than
 * this file) is shown as it is.
 */
public final class Names {
    /** The kinds of names, as the file's top-level keys. */
    public enum Kind {
        FRAMEWORKS("frameworks"), DATA_FIELDS("dataFields"), DISCLOSURES("disclosures"), RECIPIENTS("recipients"),
        RELATIONS("relations"), STATUSES("statuses"), PLACES("places");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private record Data(Map<Kind, Map<String, String>> names, List<String> sensitive) { }

    private static final Data DATA = YamlBinder.resource(Names.class, "names.yaml", Names::bind);
    private static final Map<Kind, Map<String, String>> NAMES = DATA.names();

    private Names() {
    }

    /** The name of an id of this kind, or the id itself when it has none. */
    public static String of(Kind kind, String id) {
        return id == null ? null : NAMES.get(kind).getOrDefault(id, id);
    }

    /** The data fields a reader is warned of first (keystroke patterns, biometric, health...), in order. */
    public static List<String> sensitiveFields() {
        return DATA.sensitive();
    }

    /** Every name of a kind, by id, in the file's order. */
    public static Map<String, String> all(Kind kind) {
        return NAMES.get(kind);
    }

    public static String framework(String id) {
        return of(Kind.FRAMEWORKS, id);
    }

    public static String dataField(String id) {
        return of(Kind.DATA_FIELDS, id);
    }

    public static String disclosure(String id) {
        return of(Kind.DISCLOSURES, id);
    }

    public static String recipient(String id) {
        return of(Kind.RECIPIENTS, id);
    }

    public static String place(String code) {
        return of(Kind.PLACES, code);
    }

    public static String status(String status) {
        return of(Kind.STATUSES, status);
    }

    /** Where data goes, in words: "stores data in China". */
    public static String location(String code, String relation) {
        return of(Kind.RELATIONS, relation) + " " + place(code);
    }

    /** Several names of a kind in a list as a sentence writes it: "names, email addresses and keystroke patterns". */
    public static String list(Kind kind, List<String> ids) {
        return sentenceList(ids.stream().map(id -> of(kind, id)).toList());
    }

    /** "a", "a and b", "a, b and c". */
    public static String sentenceList(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static Data bind(LocatedYaml root, YamlBinder b) {
        List<String> keys = new java.util.ArrayList<>(java.util.Arrays.stream(Kind.values()).map(Kind::key).toList());
        keys.add("sensitive");
        LocatedYaml.MapNode map = b.map(root, "", keys, List.of());
        if (map == null) {
            return null;
        }
        Map<Kind, Map<String, String>> out = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            LocatedYaml node = map.entries().get(kind.key());
            if (!(node instanceof LocatedYaml.MapNode names)) {
                b.problem(node == null ? root : node, kind.key(), "must be a mapping of ids to names");
                continue;
            }
            Map<String, String> byId = new LinkedHashMap<>();
            names.entries().forEach((id, name) -> byId.put(id, b.text(name, YamlBinder.child(kind.key(), id))));
            out.put(kind, java.util.Collections.unmodifiableMap(byId));
        }
        List<String> sensitive = b.texts(map.entries().get("sensitive"), "sensitive");
        return out.size() == Kind.values().length && sensitive != null ? new Data(out, List.copyOf(sensitive)) : null;
    }
}
