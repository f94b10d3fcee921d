package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API: presets, their exact step lists and names, the builder, whisper parts. */
class TextNormalizerTest {

    @Test
    void presetStepListsAreTheDocumentedOnes() {
        assertEquals(List.of(), TextNormalizer.preset("none").steps());
        assertEquals(List.of("lowercase", "expand-contractions", "remove-kaldi-nonwords", "whitespace-to-space",
                "collapse-whitespace", "strip"), TextNormalizer.preset("jiwer").steps());
        assertEquals(List.of("lowercase", "collapse-whitespace", "strip", "remove-punctuation-ascii"),
                TextNormalizer.preset("jiwer2").steps());
        assertEquals(List.of("lowercase"), TextNormalizer.preset("sclite").steps());
        assertEquals(List.of("lowercase", "remove-kaldi-nonwords", "remove-parenthesized", "whisper-remove-symbols",
                "lowercase"), TextNormalizer.preset("whisper-basic").steps());
        assertEquals(List.of("lowercase", "remove-kaldi-nonwords", "remove-parenthesized", "whisper-fillers",
                "whisper-join-apostrophes", "whisper-replacers", "whisper-symbols", "whisper-numbers",
                "whisper-spellings", "whisper-currency"), TextNormalizer.preset("whisper-english").steps());
    }

    @Test
    void presetsAreNamedByTheirName() {
        for (String name : TextNormalizer.presetNames()) {
            assertEquals(name, TextNormalizer.preset(name).name());
            assertEquals(name, TextNormalizer.preset(name).toString());
        }
        assertEquals(List.of("none", "jiwer", "jiwer2", "sclite", "whisper-basic", "whisper-english"),
                TextNormalizer.presetNames());
    }

    @Test
    void unknownPresetListsTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextNormalizer.preset("jiwer3"));
        for (String name : TextNormalizer.presetNames()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertTrue(e.getMessage().contains("'jiwer3'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.preset("whisper-english-no-vowels"));
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.preset("whisper-english-no-numbers-no-numbers"));
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.preset("whisper-english-"));
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.preset("JIWER"));
    }

    @Test
    void jiwerPresetIsWerStandardize() {
        TextNormalizer jiwer = TextNormalizer.preset("jiwer");
        assertEquals("you will not like it", jiwer.normalize("  You won't <unk>\tlike [laugh] it\n"));
        assertEquals("ec2 is /opt/ml, ok?", jiwer.normalize("EC2's /opt/ml, ok?"));
    }

    @Test
    void jiwer2PresetDeletesAsciiPunctuationInPlace() {
        TextNormalizer jiwer2 = TextNormalizer.preset("jiwer2");
        assertEquals("optml ec2s", jiwer2.normalize("/opt/ml EC2's"));
        assertEquals("hello world", jiwer2.normalize("Hello . World!"));
        assertEquals("café “ok”", jiwer2.normalize("Café “OK”"));
    }

    @Test
    void scliteAndNone() {
        assertEquals("hello world!", TextNormalizer.preset("sclite").normalize(" Hello  WORLD! "));
        assertEquals("Hello WORLD!", TextNormalizer.preset("none").normalize(" Hello \t WORLD!\u00a0"));
        assertEquals("", TextNormalizer.preset("none").normalize(" \t "));
    }

    @Test
    void whisperBasic() {
        assertEquals("hello world ok it s café 2",
                TextNormalizer.preset("whisper-basic").normalize("Hello, [noise] World (inaudible) <unk> OK—it's Café ²"));
    }

    @Test
    void whisperEnglishPartsCanBeSwitchedOff() {
        String text = "Mr. Smith didn't pay twenty five dollars for the colour TV, um, [laughs]";
        assertEquals("mister smith did not pay $25 for the color tv", TextNormalizer.preset("whisper-english").normalize(text));
        assertEquals("mister smith didn't pay $25 for the color tv",
                TextNormalizer.whisperEnglish(EnumSet.of(WhisperPart.CONTRACTIONS)).normalize(text));
        assertEquals("mr smith did not pay $25 for the color tv",
                TextNormalizer.whisperEnglish(EnumSet.of(WhisperPart.TITLES)).normalize(text));
        assertEquals("mister smith did not pay twenty five dollars for the color tv",
                TextNormalizer.whisperEnglish(EnumSet.of(WhisperPart.NUMBERS)).normalize(text));
        assertEquals("mister smith did not pay $25 for the colour tv",
                TextNormalizer.whisperEnglish(EnumSet.of(WhisperPart.SPELLINGS)).normalize(text));
        assertEquals("mister smith did not pay $25 for the color tv um",
                TextNormalizer.whisperEnglish(EnumSet.of(WhisperPart.FILLERS)).normalize(text));
        assertEquals("mister smith did not pay $25 for the color tv laughs",
                TextNormalizer.whisperEnglish(EnumSet.of(WhisperPart.BRACKETS)).normalize(text));
        assertEquals("mr smith didn't pay twenty five dollars for the colour tv um laughs",
                TextNormalizer.whisperEnglish(EnumSet.allOf(WhisperPart.class)).normalize(text));
    }

    @Test
    void whisperEnglishVariantsHaveCanonicalNamesThatRoundTrip() {
        TextNormalizer off = TextNormalizer.whisperEnglish(EnumSet.of(WhisperPart.NUMBERS, WhisperPart.CONTRACTIONS));
        assertEquals("whisper-english-no-contractions-no-numbers", off.name());
        assertEquals(List.of("lowercase", "remove-kaldi-nonwords", "remove-parenthesized", "whisper-fillers",
                "whisper-join-apostrophes", "whisper-titles", "whisper-symbols-keep-apostrophes",
                "whisper-spellings", "whisper-currency"), off.steps());
        TextNormalizer parsed = TextNormalizer.preset("whisper-english-no-numbers-no-contractions");
        assertEquals(off.name(), parsed.name());
        assertEquals(off.steps(), parsed.steps());
        assertEquals("whisper-english", TextNormalizer.whisperEnglish(EnumSet.noneOf(WhisperPart.class)).name());
        assertEquals(List.of("lowercase", "whisper-join-apostrophes", "whisper-symbols-keep-apostrophes", "whisper-currency"),
                TextNormalizer.whisperEnglish(EnumSet.allOf(WhisperPart.class)).steps());
    }

    @Test
    void builderNamesThePipelineByItsParts() {
        TextNormalizer n = TextNormalizer.builder().add("lowercase").add("remove-punctuation-unicode").build();
        assertEquals("lowercase+remove-punctuation-unicode", n.name());
        assertEquals(List.of("lowercase", "remove-punctuation-unicode"), n.steps());
        assertEquals("dont stop", n.normalize("Don't stop!"));

        TextNormalizer withPreset = TextNormalizer.builder().preset("jiwer").add("remove-words", List.of("uh", "um"))
                .add("split-hyphens").build();
        assertEquals("jiwer+remove-words(uh,um)+split-hyphens", withPreset.name());
        assertEquals(8, withPreset.steps().size());
        assertEquals("state of the art is not umbrella", withPreset.normalize("Uh state-of-the-art isn't um umbrella"));

        assertEquals("none", TextNormalizer.builder().build().name());
        assertEquals(List.of(), TextNormalizer.builder().build().steps());
    }

    @Test
    void builderRejectsUnknownStepsAndBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextNormalizer.builder().add("remove-punctuation"));
        assertTrue(e.getMessage().contains("remove-punctuation-ascii"), e.getMessage());
        assertTrue(e.getMessage().contains("remove-punctuation-unicode"), e.getMessage());
        assertTrue(e.getMessage().contains("split-hyphens"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.builder().add("lowercase", List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.builder().add("remove-words"));
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.builder().add("remove-words", List.of("a b")));
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.builder().add("remove-words", List.of("")));
        assertThrows(IllegalArgumentException.class, () -> TextNormalizer.builder().preset("nope"));
    }

    @Test
    void everyNamedStepCanBeBuiltAndKeepsItsName() {
        for (String name : StepFactory.names()) {
            List<String> args = name.equals("remove-words") ? List.of("uh") : List.of();
            TextNormalizer n = TextNormalizer.builder().add(name, args).build();
            String expected = name.equals("remove-words") ? "remove-words(uh)" : name;
            assertEquals(List.of(expected), n.steps());
            assertEquals(expected, n.name());
        }
    }

    @Test
    void stepsListIsImmutableAndNullIsRejected() {
        TextNormalizer jiwer = TextNormalizer.preset("jiwer");
        assertThrows(UnsupportedOperationException.class, () -> jiwer.steps().add("x"));
        assertThrows(NullPointerException.class, () -> jiwer.normalize(null));
        assertThrows(NullPointerException.class, () -> TextNormalizer.preset(null));
    }
}
