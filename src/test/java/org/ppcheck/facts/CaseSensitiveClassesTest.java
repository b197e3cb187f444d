package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lexicon and cue patterns are compiled case-insensitively, where a class such as {@code [A-Z]}
 * matches any letter: "in\s+[A-Z]" then takes "in order to" for a place name. A class meant for
 * capital letters must stand in a case-sensitive scope, {@code (?-i)} or {@code (?-i:...)}.
 */
class CaseSensitiveClassesTest {

    private static final Pattern UPPER_RANGE = Pattern.compile("(?<!\\\\)\\p{Lu}-\\p{Lu}");
    private static final Pattern UPPER_PROPERTY = Pattern.compile("\\\\[pP]\\{(?:Lu|IsLu|Upper|IsUpper|IsUppercase|javaUpperCase|Lt)}");

    @Test
    void noPatternUsesAnUpperCaseClassWhereCaseIsIgnored() throws Exception {
        Path dir = Path.of(Lexicon.class.getResource("frameworks.yaml").toURI()).getParent();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                collect(yaml.readValue(file.toFile(), Object.class), null, s -> {
                    if (!caseBlindUpperClasses(s).isEmpty()) {
                        offending.add(file.getFileName() + ": " + s);
                    }
                });
            }
        }
        assertThat(offending).as("wrap upper-case classes in (?-i:...)").isEmpty();
    }

    /** The same for the patterns that the Java code of the facts and nlp packages keeps in static fields. */
    @Test
    void noJavaPatternUsesAnUpperCaseClassWhereCaseIsIgnored() throws Exception {
        List<String> offending = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Class<?> anchor : List.of(Lexicon.class, org.ppcheck.nlp.TextAnalyzer.class)) {
            Path dir = Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = anchor.getPackageName() + "." + file.getFileName().toString().replace(".class", "");
                    for (Field field : Class.forName(name).getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                            field.setAccessible(true);
                            Pattern p = (Pattern) field.get(null);
                            checked.add(name + "." + field.getName());
                            if (!caseBlindUpperClasses(p.pattern(), (p.flags() & Pattern.CASE_INSENSITIVE) != 0).isEmpty()) {
                                offending.add(name + "." + field.getName() + ": " + p.pattern());
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("static patterns found").hasSizeGreaterThan(5);
        assertThat(offending).as("wrap upper-case classes in (?-i:...)").isEmpty();
    }

    @Test
    void theCheckSeesClassesOutsideCaseSensitiveScopesOnly() {
        assertThat(caseBlindUpperClasses("[A-Z]\\w+(?i:[A-Z])", false)).containsExactly("[A-Z]");
        assertThat(caseBlindUpperClasses("\\bin\\s+[A-Z]")).containsExactly("[A-Z]");
        assertThat(caseBlindUpperClasses("[A-Z0-9]{2}")).containsExactly("[A-Z0-9]");
        assertThat(caseBlindUpperClasses("\\p{Lu}\\w+")).containsExactly("\\p{Lu}");
        assertThat(caseBlindUpperClasses("(?-i:[A-Z]\\w+) (?:x|[A-Z])")).containsExactly("[A-Z]");
        assertThat(caseBlindUpperClasses("\\bin\\s+(?-i:[A-Z])")).isEmpty();
        assertThat(caseBlindUpperClasses("(?-i)\\b[A-Z]{2,}\\b(?:\\([A-Z]\\))")).isEmpty();
        assertThat(caseBlindUpperClasses("(?:(?-i)[A-Z])[A-Z]")).containsExactly("[A-Z]");
        assertThat(caseBlindUpperClasses("[a-z\\-A]\\[A-Z\\]")).isEmpty();
    }

    /** Every string in a YAML tree except the free-text {@code source} notes. */
    private static void collect(Object node, String key, java.util.function.Consumer<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, String.valueOf(k), out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, key, out));
        } else if (node instanceof String s && !"source".equals(key)) {
            out.accept(s);
        }
    }

    /**
     * The upper-case classes of the regular expression that stand where case is ignored (as the
     * lexicons compile every pattern): ranges such as {@code A-Z} inside brackets, and {@code \p{Lu}}.
     * Groups and the inline flags {@code (?i)}, {@code (?-i)}, {@code (?-i:...)} are followed.
     */
    static List<String> caseBlindUpperClasses(String regex) {
        return caseBlindUpperClasses(regex, true);
    }

    /** The same, for a pattern compiled with or without {@code CASE_INSENSITIVE}. */
    static List<String> caseBlindUpperClasses(String regex, boolean compiledIgnoringCase) {
        List<String> found = new ArrayList<>();
        Deque<Boolean> outer = new ArrayDeque<>();
        boolean ignoreCase = compiledIgnoringCase;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith("Q", i + 1)) {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                    continue;
                }
                var m = UPPER_PROPERTY.matcher(regex).region(i, regex.length());
                if (m.lookingAt() && ignoreCase) {
                    found.add(m.group());
                }
                i++;
            } else if (c == '[') {
                int end = classEnd(regex, i);
                String cls = regex.substring(i, end + 1);
                if (ignoreCase && (UPPER_RANGE.matcher(cls).find() || UPPER_PROPERTY.matcher(cls).find())) {
                    found.add(cls);
                }
                i = end;
            } else if (c == '(') {
                outer.push(ignoreCase);
                if (regex.startsWith("(?", i)) {
                    int j = i + 2;
                    while (j < regex.length() && (Character.isLetter(regex.charAt(j)) || regex.charAt(j) == '-')) {
                        j++;
                    }
                    String flags = regex.substring(i + 2, j);
                    boolean flagGroup = j < regex.length() && (regex.charAt(j) == ':' || regex.charAt(j) == ')')
                            && !flags.isEmpty();
                    if (flagGroup) {
                        int minus = flags.indexOf('-');
                        String on = minus < 0 ? flags : flags.substring(0, minus);
                        String off = minus < 0 ? "" : flags.substring(minus + 1);
                        boolean after = off.contains("i") ? false : on.contains("i") || ignoreCase;
                        if (regex.charAt(j) == ')') {
                            outer.pop(); // "(?-i)" opens no group: it sets the flag to the end of the enclosing one
                        }
                        ignoreCase = after;
                        i = j;
                    }
                }
            } else if (c == ')' && !outer.isEmpty()) {
                ignoreCase = outer.pop();
            }
        }
        return found;
    }

    /** The index of the bracket that closes the class opened at {@code start} (nested classes included). */
    private static int classEnd(String regex, int start) {
        int i = start + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a leading ']' is literal
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length() - 1;
    }
}
