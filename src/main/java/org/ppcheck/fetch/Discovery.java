package org.ppcheck.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.YamlBinder;

/**
 * How {@link PolicyFinder} finds a policy and tells one, as bound from {@code discovery.yaml} (where
 * each value is explained): scored patterns for link texts and link URLs, the footer bonus, how many
 * candidates to fetch, and the title pattern and text groups that mark a page as a policy.
 *
 * @param linkTexts patterns for a link's text, strongest first
 * @param linkUrls patterns for a link's URL, when its text says nothing
 * @param groups patterns that a policy's text shows, by name in file order
 */
public record Discovery(List<Scored> linkTexts, List<Scored> linkUrls, int footerBonus, int maxCandidates, Pattern title,
                        Map<String, Pattern> groups, int minGroups, int minGroupsWithTitle) {
    private static final int LINK_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int GROUP_FLAGS = Pattern.CASE_INSENSITIVE;
    private static final List<String> KEYS = List.of("linkTexts", "linkUrls", "footerBonus", "maxCandidates", "title",
            "minGroups", "minGroupsWithTitle", "groups");
    private static final int MAX_SCORE = 1000;

    /** A pattern and the score of a link it matches. */
    public record Scored(Pattern pattern, int score) { }

    public Discovery {
        linkTexts = List.copyOf(linkTexts);
        linkUrls = List.copyOf(linkUrls);
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** The name of the file, built in beside this class. */
    public static final String FILE_NAME = "discovery.yaml";

    private static final class Holder {
        static final Discovery STANDARD = YamlBinder.resource(Discovery.class, FILE_NAME, Discovery::bind);
    }

    /** Every problem of {@code text} read as a discovery file, one line each; {@code file} names it in the problems. */
    public static List<String> validate(String file, String text) {
        return YamlBinder.bind(file, text, Discovery::bind).problems();
    }

    /** The built-in settings, checked as a user's copy is checked. */
    public static Discovery standard() {
        return Holder.STANDARD;
    }

    /**
     * Binds a {@code discovery.yaml} tree: every key is required, every pattern must compile; null
     * when something is missing or malformed (each a problem of {@code b}).
     */
    public static Discovery bind(LocatedYaml root, YamlBinder b) {
        MapNode map = b.map(root, "", KEYS, List.of());
        if (map == null) {
            return null;
        }
        Map<String, LocatedYaml> e = map.entries();
        List<Scored> linkTexts = scored(e.get("linkTexts"), "linkTexts", b);
        List<Scored> linkUrls = scored(e.get("linkUrls"), "linkUrls", b);
        Integer footerBonus = b.integer(e.get("footerBonus"), "footerBonus", 0, MAX_SCORE);
        Integer maxCandidates = b.integer(e.get("maxCandidates"), "maxCandidates", 1, 100);
        String title = b.regex(e.get("title"), "title", LINK_FLAGS);
        Map<String, Pattern> groups = new LinkedHashMap<>();
        MapNode groupMap = e.get("groups") instanceof MapNode g ? g : null;
        if (groupMap == null && e.containsKey("groups")) {
            b.problem(e.get("groups"), "groups", "must be a mapping of group names to patterns");
        } else if (groupMap != null) {
            groupMap.entries().forEach((name, node) -> {
                String regex = b.regex(node, "groups." + name, GROUP_FLAGS);
                if (regex != null) {
                    groups.put(name, Pattern.compile(regex, GROUP_FLAGS));
                }
            });
        }
        // a page cannot show more groups than there are; without a readable groups mapping, that bound is unknown
        int most = groupMap == null ? MAX_SCORE : Math.max(1, groupMap.entries().size());
        Integer minGroups = b.integer(e.get("minGroups"), "minGroups", 1, most);
        Integer minGroupsWithTitle = b.integer(e.get("minGroupsWithTitle"), "minGroupsWithTitle", 1, most);
        if (linkTexts == null || linkUrls == null || footerBonus == null || maxCandidates == null || title == null
                || groupMap == null || minGroups == null || minGroupsWithTitle == null) {
            return null;
        }
        return new Discovery(linkTexts, linkUrls, footerBonus, maxCandidates, Pattern.compile(title, LINK_FLAGS), groups,
                minGroups, minGroupsWithTitle);
    }

    /** The scored patterns of a list; null when the list is missing or not a list. */
    private static List<Scored> scored(LocatedYaml node, String path, YamlBinder b) {
        ListNode list = b.list(node, path);
        if (list == null) {
            return null;
        }
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = YamlBinder.index(path, i);
            MapNode item = b.map(list.items().get(i), at, List.of("score", "pattern"), List.of());
            if (item == null || !item.entries().containsKey("score") || !item.entries().containsKey("pattern")) {
                continue;
            }
            Integer score = b.integer(item.entries().get("score"), at + ".score", 1, MAX_SCORE);
            String regex = b.regex(item.entries().get("pattern"), at + ".pattern", LINK_FLAGS);
            if (score != null && regex != null) {
                out.add(new Scored(Pattern.compile(regex, LINK_FLAGS), score));
            }
        }
        return out;
    }
}
