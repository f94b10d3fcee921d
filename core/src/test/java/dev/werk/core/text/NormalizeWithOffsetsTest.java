package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link OffsetProperties} for every preset and two rules files, on random, Whisper and Earnings-21 text. */
class NormalizeWithOffsetsTest {
    /** Fixed by default; {@code -Dwerk.offsets.seed=N -Dwerk.offsets.scale=K} explores further. */
    private static final long SEED = Long.getLong("werk.offsets.seed", 0x0FF5E7L);
    private static final int SCALE = Integer.getInteger("werk.offsets.scale", 1);

    /** Word rules and regex rules that look only inside their matches. */
    static final RulesFile RULES = RulesFile.parse(List.of(
            "colour => color",
            "new york city => nyc",
            "uh =>",
            "k nearest => knn",
            "aws => amazon web services",
            "regex: \\b(\\w+)ise\\b => $1ize",
            "regex: (\\w)-(\\w) => $1 $2",
            "regex: [0-9]+% => percent",
            "regex: \"ll\" => l"), "offsets.rules");

    static Stream<String> presets() {
        return Stream.concat(TextNormalizer.presetNames().stream(), Stream.of(
                "whisper-english-no-contractions", "whisper-english-no-numbers", "whisper-english-no-brackets-no-fillers"));
    }

    static Stream<TextNormalizer> normalizers() {
        return Stream.concat(presets().map(TextNormalizer::preset), Stream.of(
                TextNormalizer.builder().rules(RULES).build(),
                TextNormalizer.builder().preset("jiwer").add("remove-punctuation-unicode").add("split-hyphens")
                        .add("remove-words", List.of("um", "hmm")).rules(RULES).build(),
                TextNormalizer.builder().preset("whisper-english").rules(RULES).build(),
                TextNormalizer.builder().add("collapse-whitespace").add("whitespace-to-space").add("remove-punctuation-ascii")
                        .add("whisper-spellings").add("strip").build()));
    }

    private static void assertNoProblems(TextNormalizer normalizer, List<String> inputs, boolean allRanges, int randomRanges) {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (String raw : inputs) {
            List<String> problems = OffsetProperties.check(normalizer, raw, allRanges, randomRanges, random);
            if (!problems.isEmpty() && failures.size() < 10) {
                String shown = raw.length() > 300 ? raw.substring(0, 100) + "…(" + raw.length() + " chars)" : raw;
                failures.add("'" + shown.replace("\n", "\\n") + "': " + problems);
            }
        }
        assertTrue(failures.isEmpty(), () -> normalizer.name() + ":\n" + String.join("\n", failures));
    }

    @ParameterizedTest
    @MethodSource("normalizers")
    void randomTextEveryRange(TextNormalizer normalizer) {
        assertNoProblems(normalizer, OffsetCases.random(SEED, 1000 * SCALE, 12), true, 0);
    }

    @ParameterizedTest
    @MethodSource("normalizers")
    void longerRandomText(TextNormalizer normalizer) {
        assertNoProblems(normalizer, OffsetCases.random(SEED + 1, 200 * SCALE, 60), false, 20);
    }

    @ParameterizedTest
    @MethodSource("normalizers")
    void whisperCases(TextNormalizer normalizer) throws IOException {
        assertNoProblems(normalizer, OffsetCases.whisper(), true, 0);
    }

    /**
     * Whole Earnings-21 calls (tokens with their punctuation), the first three by name unless
     * {@code -Dwerk.offsets.files=44}: every group, every pair of neighbours, 200 random spans.
     */
    @ParameterizedTest
    @MethodSource("normalizers")
    void earnings21References(TextNormalizer normalizer) throws IOException {
        Path dir = TestData.shared("corpora/earnings21/transcripts/nlp_references");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".nlp")).sorted().collect(Collectors.toList());
        }
        assertEquals(44, files.size());
        List<String> texts = new ArrayList<>();
        for (Path f : files.subList(0, Math.min(files.size(), Integer.getInteger("werk.offsets.files", 3)))) {
            texts.add(OffsetCases.earnings21(f));
        }
        assertNoProblems(normalizer, texts, false, 200);
    }

    /** The lower-cased, unpunctuated Earnings-21 references (corpora/earnings21-plain), two calls. */
    @ParameterizedTest
    @MethodSource("normalizers")
    void earnings21PlainReferences(TextNormalizer normalizer) throws IOException {
        Path dir = TestData.shared("corpora/earnings21-plain/reference");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().limit(2).collect(Collectors.toList())) {
                texts.add(Files.readString(f));
            }
        }
        assertNoProblems(normalizer, texts, false, 100);
    }
}
