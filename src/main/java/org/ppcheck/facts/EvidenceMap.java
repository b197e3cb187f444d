package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evidence gathered per key, at most {@link #MAX_PER_KEY} items each, without repeating a sentence. */
final class EvidenceMap<K> {
    static final int MAX_PER_KEY = 3;
    private final Map<K, List<Evidence>> map = new LinkedHashMap<>();

    void add(K key, Evidence evidence) {
        List<Evidence> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.size() < MAX_PER_KEY && list.stream().noneMatch(e -> e.start() == evidence.start() || e.text().equals(evidence.text()))) {
            list.add(evidence);
        }
    }

    boolean has(K key) {
        return map.containsKey(key);
    }

    List<Evidence> get(K key) {
        return map.getOrDefault(key, List.of());
    }

    Map<K, List<Evidence>> asMap() {
        return map;
    }
}
