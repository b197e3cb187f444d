package org.ppcheck.util;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows its line and column, so that a problem in a rules
 * or data file is reported where it is ({@code rules.yaml:12:5}). Parsed with {@link SafeYaml}.
 */
public sealed interface LocatedYaml {
    int line();

    int column();

    /** A mapping; keys keep their order and their own positions. */
    record MapNode(Map<String, LocatedYaml> entries, Map<String, Scalar> keys, int line, int column) implements LocatedYaml {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }
    }

    record ListNode(List<LocatedYaml> items, int line, int column) implements LocatedYaml {
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /** How YAML read a scalar: {@code no} unquoted is a boolean, {@code 5} a number, {@code ~} null. */
    enum ScalarType { TEXT, NUMBER, BOOLEAN, NULL }

    /** A scalar as written. */
    record Scalar(String text, ScalarType type, int line, int column) implements LocatedYaml { }

    /**
     * The tree of a YAML text, or null when it is not valid YAML; a syntax error and every key given
     * twice in one mapping are problems for {@code problems}. An empty text is an empty mapping.
     */
    static LocatedYaml parse(String text, YamlBinder problems) {
        try {
            return read(new StringReader(text), problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.problem(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), "", notValid(e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("a YAML text in memory could not be read", e);
        }
    }

    /**
     * The tree of the YAML that {@code reader} gives, for a caller that reports a syntax error its own
     * way; every key given twice in one mapping is a problem for {@code problems}. An empty text is an
     * empty mapping.
     *
     * @throws JsonProcessingException when the text is not valid YAML ({@link #notValid} says why)
     */
    static LocatedYaml read(Reader reader, YamlBinder problems) throws IOException {
        try (JsonParser p = SafeYaml.factory().createParser(reader)) {
            return p.nextToken() == null ? new MapNode(Map.of(), Map.of(), 1, 1) : node(p, problems);
        }
    }

    /** Why a text is not valid YAML, on one line: the first line of what the parser said. */
    static String notValid(JsonProcessingException e) {
        return "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("");
    }

    /** The text of a scalar node; null for YAML null, a mapping, a list or no node at all. */
    static String textOf(LocatedYaml node) {
        return node instanceof Scalar s && s.type() != ScalarType.NULL ? s.text() : null;
    }

    private static LocatedYaml node(JsonParser p, YamlBinder problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, LocatedYaml> entries = new LinkedHashMap<>();
            Map<String, Scalar> keys = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation k = p.currentTokenLocation();
                Scalar key = new Scalar(p.currentName(), ScalarType.TEXT, k.getLineNr(), k.getColumnNr());
                p.nextToken();
                LocatedYaml value = node(p, problems);
                if (keys.containsKey(key.text())) {
                    Scalar first = keys.get(key.text());
                    problems.problem(key, key.text(), "given twice in one mapping (first at line " + first.line()
                            + "); keep one");
                    continue;
                }
                keys.put(key.text(), key);
                entries.put(key.text(), value);
            }
            return new MapNode(entries, keys, line, col);
        }
        if (t == JsonToken.START_ARRAY) {
            List<LocatedYaml> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, problems));
            }
            return new ListNode(items, line, col);
        }
        return new Scalar(p.getText(), typeOf(t), line, col);
    }

    private static ScalarType typeOf(JsonToken t) {
        return switch (t) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ScalarType.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> ScalarType.BOOLEAN;
            case VALUE_NULL -> ScalarType.NULL;
            default -> ScalarType.TEXT;
        };
    }
}
