package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each step's offset-aware apply writes exactly the text of its plain apply, and maps every
 * character it writes to a range of the raw text; so the offset path can never change a number.
 */
class OffsetStepsTest {
    static Stream<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (String name : StepFactory.names()) {
            steps.add(name.equals(StepFactory.REMOVE_WORDS)
                    ? StepFactory.create(name, List.of("uh", "um", "the")) : StepFactory.create(name));
        }
        steps.add(new Substitute(NormalizeWithOffsetsTest.RULES));
        return steps.stream();
    }

    @ParameterizedTest
    @MethodSource("steps")
    void offsetApplyWritesThePlainTextAndMapsEveryCharacter(Step step) {
        Random random = new Random(99);
        List<String> inputs = new ArrayList<>(OffsetCases.random(5, 3000, 15));
        for (String s : OffsetCases.random(6, 500, 15)) {
            inputs.add(s.toLowerCase(java.util.Locale.ROOT)); // steps that expect lower case see it too
        }
        for (String raw : inputs) {
            // start from a mapped text that is not the identity, as inside a pipeline
            MappedText in = random.nextBoolean() ? MappedText.of(raw) : new CollapseWhitespace().apply(MappedText.of(raw));
            MappedText out = step.apply(in);
            assertEquals(step.apply(in.text), out.text, () -> step.name() + " on '" + in.text + "'");
            assertEquals(out.text.length(), out.start.length);
            assertEquals(out.text.length(), out.end.length);
            for (int k = 0; k < out.length(); k++) {
                int s = out.start[k];
                int e = out.end[k];
                int at = k;
                assertTrue(0 <= s && s < e && e <= raw.length(),
                        () -> step.name() + ": char " + at + " of '" + out.text + "' maps to [" + s + ", " + e + ") of '" + raw + "'");
            }
        }
    }

    /** Replacement templates are read as Matcher reads them, escapes and multi-digit groups included. */
    @Test
    void replacementTemplatesAgreeWithMatcher() {
        Pattern p = Pattern.compile("(?<word>[a-z]+)(\\d)?");
        String[] replacements = {"$1", "$2", "$12", "$10", "[$0]", "\\$1", "x\\\\y", "${word}-$1", "", "lit", "$1$2$1"};
        String text = "abc1 de fgh23 i";
        for (String r : replacements) {
            MappedText out = MappedRegex.replaceAll(p, MappedRegex.Template.parse(r, p), MappedText.of(text), true);
            assertEquals(p.matcher(text).replaceAll(r), out.text, r);
            MappedText whole = MappedRegex.replaceAll(p, MappedRegex.Template.parse(r, p), MappedText.of(text), false);
            assertEquals(p.matcher(text).replaceAll(r), whole.text, r);
        }
        Pattern twelve = Pattern.compile("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)");
        MappedText out = MappedRegex.replaceAll(twelve, MappedRegex.Template.parse("$12$1", twelve), MappedText.of("abcdefghijkl"), true);
        assertEquals(twelve.matcher("abcdefghijkl").replaceAll("$12$1"), out.text);
        assertEquals(Matcher.quoteReplacement("a$b"), "a\\$b");
    }

    /** A copied group keeps its characters' own ranges when asked, else takes the whole match's. */
    @Test
    void groupsAreTightOrTakeTheWholeMatch() {
        Pattern p = Pattern.compile("(\\w)-(\\w)");
        MappedText in = MappedText.of("k-n");
        MappedText tight = MappedRegex.replaceAll(p, MappedRegex.Template.parse("$1 $2", p), in, true);
        assertEquals("k n", tight.text);
        assertEquals(List.of(0, 0, 2), List.of(tight.start[0], tight.start[1], tight.start[2]));
        assertEquals(List.of(1, 3, 3), List.of(tight.end[0], tight.end[1], tight.end[2]));
        MappedText whole = MappedRegex.replaceAll(p, MappedRegex.Template.parse("$1 $2", p), in, false);
        for (int k = 0; k < 3; k++) {
            assertEquals(0, whole.start[k]);
            assertEquals(3, whole.end[k]);
        }
    }
}
