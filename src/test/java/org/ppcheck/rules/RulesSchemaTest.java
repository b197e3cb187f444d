package org.ppcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppcheck.rules.internal.RuleType;
import org.ppcheck.rules.internal.RuleTypes;

/**
 * rules.schema.json, the JSON Schema of the rules language that editors use: it accepts every
 * rules file the project ships or tests with, rejects what the loader rejects, and names the same
 * rule types with the same keys as the registry, so that the two cannot drift apart.
 */
class RulesSchemaTest {
    /** Reads YAML as ppcheck and editors (YAML 1.2) do: NO is Norway, not false. */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build());
    private static final String IN_JAR = "/org/ppcheck/rules/rules.schema.json";
    private static JsonSchema schema;
    private static JsonNode tree;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = RulesSchemaTest.class.getResourceAsStream(IN_JAR)) {
            assertThat(in).as("the schema ships in the jar beside rules.yaml").isNotNull();
            tree = new ObjectMapper().readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree);
    }

    /** rules.yaml, and every YAML file under src/test/resources with a top-level {@code rules} key. */
    static Stream<Path> rulesFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            return Stream.concat(Stream.of(Path.of("rules.yaml")),
                    files.filter(p -> p.toString().endsWith(".yaml") && hasRules(p)).sorted().toList().stream());
        }
    }

    private static boolean hasRules(Path yaml) {
        try {
            return YAML.readTree(yaml.toFile()).has("rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> errors(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    @Test
    void theSchemaInTheJarIsTheRepositoryOne() throws IOException {
        assertThat(tree).isEqualTo(new ObjectMapper().readTree(Path.of("rules.schema.json").toFile()));
        assertThat(rulesFiles()).as("the shipped rules and the fixtures of every rule type").hasSizeGreaterThan(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesFiles")
    void everyRulesFileOfTheProjectIsValid(Path file) throws Exception {
        assertThat(schema.validate(YAML.readTree(file.toFile()))).as(file.toString()).isEmpty();
        assertThat(RulesLoader.load(file).rules()).as("the loader agrees").isNotEmpty();
    }

    /** A broken rules file, what the schema says about it and what the loader says, each naming the place. */
    static Stream<Arguments> brokenFiles() {
        String rule = "{id: a, title: A, type: requires-retention-period, severity: low, weight: 1%s}";
        String one = "rules: [" + rule.formatted("") + "]";
        return Stream.of(
                Arguments.of("colour: red\n" + one, "property 'colour' is not defined", "1:1: colour: unknown key"),
                Arguments.of("rules: [" + rule.formatted(", colour: red") + "]", "$.rules[0]: property 'colour'", "rules[0].colour: unknown key"),
                Arguments.of(one.replace("requires-retention-period", "requires-retention-perod"), "$.rules[0].type",
                        "rules[0].type: unknown rule type 'requires-retention-perod' (did you mean 'requires-retention-period'?)"),
                Arguments.of(one.replace("low", "critical"), "$.rules[0].severity", "rules[0].severity: must be one of high, medium, low"),
                Arguments.of("rules: [" + rule.formatted(", max: P1Y") + "]", "property 'max' name is not valid", "rules[0].max: unknown key"),
                Arguments.of(one.replace("requires-retention-period", "requires-framework"), "required property 'frameworks'",
                        "rules[0].frameworks: missing key 'frameworks'"),
                Arguments.of(one.replace("requires-retention-period", "max-retention, max: one year"), "$.rules[0].max",
                        "rules[0].max: must be an ISO-8601 period"),
                Arguments.of(one.replace("requires-retention-period", "requires-any, of: [{type: requires-retention-period, id: b}, "
                        + "{type: requires-retention-period}]"), "$.rules[0].of[0]: property 'id'", "rules[0].of[0].id: unknown key"),
                Arguments.of("rules: [" + rule.formatted(", when: {framwork: [GDPR]}") + "]", "$.rules[0].when: property 'framwork'",
                        "rules[0].when.framwork: unknown condition (did you mean 'framework'?)"),
                Arguments.of("rules: [" + rule.formatted(", cap: \"<b>x</b>\"") + "]", "$.rules[0].cap", "rules[0].cap: '<b>x</b>' is not a grade"),
                Arguments.of("grades: {\"<b>x</b>\": 90}\n" + one, "$.grades: property '<b>x</b>'", "1:10: grades.<b>x</b>: '<b>x</b>' is not a grade"),
                Arguments.of("version: 99\n" + one, "$.version", "1:10: version: must be 1 (not '99')"),
                Arguments.of("rules: [{id: a, severity: low}]", "required property 'type'", "rules[0]: missing key 'type'"),
                Arguments.of("rules: []", "$.rules: must have at least 1 items", "rules: must be a non-empty list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void theSchemaRejectsWhatTheLoaderRejects(String yaml, String schemaSays, String loaderSays) throws Exception {
        assertThat(errors(yaml)).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains(schemaSays));
        Path file = Files.writeString(dir.resolve("bad.yaml"), yaml);
        assertThatThrownBy(() -> RulesLoader.load(file)).isInstanceOfSatisfying(RulesException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(file + ":").contains(loaderSays)));
    }

    @Test
    void aFileThatExtendsTheDefaultRulesMayChangeRulesWithoutAType() throws Exception {
        String yaml = "extends: default\nrules: [{id: art13-dpo, enabled: false}, {id: max-retention, severity: high, cap: C}]";
        assertThat(errors(yaml)).isEmpty();
        assertThat(errors(yaml.replace("severity: high", "severity: high, frameworks: [GDPR]"))).as("only severity, weight, profiles, cap, enabled").isNotEmpty();
        assertThat(errors(yaml.replace("extends: default\n", ""))).as("without extends every rule needs a type").isNotEmpty();
    }

    @Test
    void theRuleTypesAreThoseOfTheRegistry() {
        assertThat(strings(tree.at("/definitions/ruleType/enum"))).isEqualTo(RuleTypes.names());
        assertThat(tree.at("/definitions/typeKeys/allOf")).hasSize(RuleTypes.names().size());
    }

    @Test
    void eachTypeAllowsTheKeysOfItsClassAndNoOthers() {
        Set<String> typeKeys = new TreeSet<>();
        for (JsonNode branch : tree.at("/definitions/typeKeys/allOf")) {
            String name = branch.at("/if/properties/type/const").asText();
            RuleType type = RuleTypes.named(name);
            assertThat(type).as(name).isNotNull();
            JsonNode own = branch.at("/then/propertyNames/anyOf/1/enum");
            assertThat(own.isMissingNode() ? Set.of() : strings(own)).as(name + " keys").isEqualTo(type.keys());
            assertThat(strings(branch.at("/then/required"))).as(name + " required keys").isSubsetOf(type.keys());
            typeKeys.addAll(type.keys());
        }
        Set<String> ruleKeys = new TreeSet<>(strings(tree.at("/definitions/commonKey/enum")));
        ruleKeys.addAll(typeKeys);
        assertThat(names(tree.at("/definitions/newRule/properties"))).isEqualTo(ruleKeys);
        typeKeys.add("type");
        assertThat(names(tree.at("/definitions/check/properties"))).isEqualTo(typeKeys);
    }

    @Test
    void severitiesAreThoseOfTheCode() {
        assertThat(strings(tree.at("/definitions/severity/enum")))
                .isEqualTo(new HashSet<>(Arrays.stream(Severity.values()).map(Severity::label).toList()));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> set = new TreeSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> set = new TreeSet<>();
        object.fieldNames().forEachRemaining(set::add);
        return set;
    }
}
