package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * jiwer's own transform test cases (testdata/jiwer/transform-cases.json, from jiwer 4 HEAD and
 * 2.1.0), each checked against the werk step or preset named in the case.
 */
class JiwerGoldenTest {
    private static final TextNormalizer NONE = TextNormalizer.preset("none");

    private static JsonNode cases() throws IOException {
        return new ObjectMapper().readTree(TestData.file("jiwer/transform-cases.json").toFile()).get("cases");
    }

    @Test
    void everyExtractedCaseIsInTheFile() throws IOException {
        // 51 cases from HEAD-c1b0d5e and 38 from v2.1.0; a shorter file would silently test less
        int head = 0;
        int v2 = 0;
        for (JsonNode c : cases()) {
            if (c.get("origin").asText().equals("HEAD-c1b0d5e")) {
                head++;
            } else {
                v2++;
            }
        }
        assertEquals(51, head);
        assertEquals(38, v2);
    }

    @TestFactory
    Stream<DynamicTest> jiwerTransformCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int k = 0;
        for (JsonNode c : cases()) {
            String title = (++k) + " " + c.get("origin").asText() + " " + c.get("jiwer").asText() + " as "
                    + c.get("werk").asText() + ": " + c.get("input");
            tests.add(DynamicTest.dynamicTest(title, () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        JsonNode input = c.get("input");
        JsonNode expected = c.get("expected");
        switch (c.get("compare").asText()) {
            case "exact":
                assertEquals(expected, map(input, step(c)::apply));
                break;
            case "words":
                assertEquals(map(expected, Chars::joinWords), map(input, s -> Chars.joinWords(step(c).apply(s))));
                break;
            case "list-of-words":
                assertEquals(strings(expected), words(input));
                break;
            case "list-of-list-of-words":
                assertEquals(listOfLists(expected), listOfListOfWords(input));
                break;
            case "drop-empty":
                List<String> kept = new ArrayList<>();
                for (String s : strings(input)) {
                    if (!NONE.normalize(s).isEmpty()) {
                        kept.add(s);
                    }
                }
                assertEquals(strings(expected), kept);
                break;
            default:
                throw new AssertionError("unknown comparison " + c.get("compare"));
        }
    }

    private static Step step(JsonNode c) {
        String werk = c.get("werk").asText();
        if (werk.equals("rules")) {
            return new Substitute(RulesFile.parse(strings(c.get("rules")), "jiwer-case"));
        }
        return StepFactory.create(werk, c.has("args") ? strings(c.get("args")) : List.of());
    }

    /** Applies {@code f} to a string, or to each string of a list, as jiwer's transforms do. */
    private static JsonNode map(JsonNode node, UnaryOperator<String> f) {
        ObjectMapper json = new ObjectMapper();
        if (node.isTextual()) {
            return json.getNodeFactory().textNode(f.apply(node.asText()));
        }
        var array = json.createArrayNode();
        for (JsonNode s : node) {
            array.add(f.apply(s.asText()));
        }
        return array;
    }

    private static List<String> words(JsonNode input) {
        List<String> words = new ArrayList<>();
        for (String s : strings(input)) {
            words.addAll(Chars.words(NONE.normalize(s)));
        }
        return words;
    }

    private static List<List<String>> listOfListOfWords(JsonNode input) {
        List<List<String>> out = new ArrayList<>();
        for (String s : strings(input)) {
            out.add(Chars.words(NONE.normalize(s)));
        }
        if (out.isEmpty()) {
            out.add(List.of()); // jiwer: an empty list of sentences gives [[]]
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else {
            node.forEach(s -> out.add(s.asText()));
        }
        return out;
    }

    private static List<List<String>> listOfLists(JsonNode node) {
        List<List<String>> out = new ArrayList<>();
        node.forEach(list -> out.add(strings(list)));
        return out;
    }
}
