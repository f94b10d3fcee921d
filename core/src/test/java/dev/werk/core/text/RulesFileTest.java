package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFileTest {
    private static final List<String> GOOD = List.of(
            "# spelling and term rules",
            "",
            "colour => color",
            "   # an indented comment",
            "new york city => nyc",
            "um =>",
            "regex: \\b(\\w+)ise\\b => $1ize",
            "regex: \"\\b're\\b\" => \" are\"",
            "\"a => b\" => arrow",
            "\t");

    private static TextNormalizer with(RulesFile rules) {
        return TextNormalizer.builder().rules(rules).build();
    }

    @Test
    void goodFileParsesEveryRuleAndSkipsCommentsAndBlanks() {
        RulesFile rules = RulesFile.parse(GOOD, "terms.rules");
        assertEquals(6, rules.size());
        assertEquals("terms.rules", rules.sourceName());
        assertEquals(8, rules.fingerprint().length());
        TextNormalizer n = with(rules);
        assertEquals("rules(terms.rules@" + rules.fingerprint() + ")", n.name());
        assertEquals(List.of(n.name()), n.steps());
        assertEquals("the color of colours", n.normalize("the colour of colours"));
        assertEquals("you are organize", n.normalize("you're organise"));
        assertEquals("arrow", n.normalize("a => b")); // a quoted side may hold "=>"; here three words
    }

    @Test
    void multiWordRuleMatchesTheWholeSequenceOnly() {
        TextNormalizer n = with(RulesFile.parse(GOOD, "terms.rules"));
        assertEquals("i love nyc a lot", n.normalize("i love new york city a lot"));
        assertEquals("new york is big", n.normalize("new york is big"));
        assertEquals("nyc nyc", n.normalize("new york city new york city"));
        assertEquals("brand nyc", n.normalize("brand new york city"));
        assertEquals("new york cityscape", n.normalize("new york cityscape"));
    }

    @Test
    void wordRuleWithNothingAfterTheArrowDeletes() {
        TextNormalizer n = with(RulesFile.parse(List.of("um =>", "you know => "), "fillers"));
        assertEquals("so umbrella", n.normalize("um so you know umbrella um"));
    }

    @Test
    void regexRuleUsesJavaSyntaxAndGroups() {
        TextNormalizer n = with(RulesFile.parse(List.of("regex: (\\d+)\\s*%  =>  $1 percent", "regex: ^ok$ => okay"), "re"));
        assertEquals("10 percent off 5 percent", n.normalize("10% off 5 %"));
        assertEquals("okay", n.normalize("ok"));
        assertEquals("ok then", n.normalize("ok then"));
    }

    @Test
    void rulesRunInFileOrder() {
        assertEquals("c", with(RulesFile.parse(List.of("a => b", "b => c"), "chain")).normalize("a"));
        assertEquals("b", with(RulesFile.parse(List.of("b => c", "a => b"), "chain")).normalize("a"));
    }

    @Test
    void badLineIsReportedWithItsNumber() {
        List<String> lines = List.of("# header", "colour => color", "favourite favorite", "ok => fine");
        RulesFormatException e = assertThrows(RulesFormatException.class, () -> RulesFile.parse(lines, "my.rules"));
        assertEquals(3, e.lineNumber());
        assertEquals("my.rules", e.sourceName());
        assertTrue(e.getMessage().startsWith("my.rules:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("favourite favorite"), e.getMessage());
    }

    @Test
    void everyKindOfBadLineIsRejected() {
        assertLine(1, "=> nothing");
        assertLine(1, "a => b => c");
        assertLine(2, "ok => fine", "regex: ([a-z => x");
        assertLine(1, "regex: (a) => $2");
        assertLine(1, "regex: a => $");
        assertLine(1, "regex: a => cost $x");
        assertLine(1, "regex: a => \\");
        assertLine(1, "regex: (?<n>a) => ${m}");
        assertLine(1, "\"unclosed => x");
        assertLine(1, "a => \"b\" c");
        assertLine(1, "regex:");
    }

    private static void assertLine(int number, String... lines) {
        RulesFormatException e = assertThrows(RulesFormatException.class, () -> RulesFile.parse(List.of(lines), "bad"),
                String.join(" | ", lines));
        assertEquals(number, e.lineNumber(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad:" + number + ": "), e.getMessage());
    }

    @Test
    void parsesAFileAndNamesItWithoutItsDirectory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("terms.txt");
        Files.write(file, GOOD, StandardCharsets.UTF_8);
        RulesFile rules = RulesFile.parse(file);
        assertEquals("terms.txt", rules.sourceName());
        assertEquals(RulesFile.parse(GOOD, "terms.txt").fingerprint(), rules.fingerprint());
        assertThrows(IOException.class, () -> RulesFile.parse(dir.resolve("missing.txt")));
    }

    @Test
    void fingerprintFollowsTheRulesNotTheComments() {
        String a = RulesFile.parse(List.of("# v1", "colour => color"), "x").fingerprint();
        String b = RulesFile.parse(List.of("# v2, reworded", "", "colour   =>   color"), "x").fingerprint();
        String c = RulesFile.parse(List.of("colour => colr"), "x").fingerprint();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void rulesComposeWithOtherSteps() {
        TextNormalizer n = TextNormalizer.builder().preset("sclite")
                .rules(RulesFile.parse(List.of("aws => a w s"), "acronyms")).build();
        assertTrue(n.name().startsWith("sclite+rules(acronyms@"), n.name());
        assertEquals("a w s lambda", n.normalize("AWS Lambda"));
    }
}
