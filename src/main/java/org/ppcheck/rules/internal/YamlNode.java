package org.ppcheck.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows its line and column, so that a problem with a
 * rule can be reported where it is ({@code rules.yaml:12:5}). Read with Jackson's YAML parser.
 */
public sealed interface YamlNode {
    int line();

    int column();

    /** A mapping; keys keep their order and their own positions. */
    record MapNode(Map<String, YamlNode> entries, Map<String, int[]> keyPositions, int line, int column) implements YamlNode { }

    record ListNode(List<YamlNode> items, int line, int column) implements YamlNode { }

    /** A scalar; {@code text} is null for YAML null. */
    record Scalar(String text, int line, int column) implements YamlNode { }

    /** The tree of a YAML document; an empty document is an empty mapping. */
    static YamlNode parse(Reader reader) throws IOException {
        try (JsonParser p = org.ppcheck.util.SafeYaml.factory().createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new MapNode(Map.of(), Map.of(), 1, 1);
            }
            return read(p);
        }
    }

    private static YamlNode read(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation k = p.currentTokenLocation();
                keys.put(key, new int[] {k.getLineNr(), k.getColumnNr()});
                p.nextToken();
                entries.put(key, read(p));
            }
            return new MapNode(entries, keys, line, col);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p));
            }
            return new ListNode(items, line, col);
        }
        return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), line, col);
    }
}
