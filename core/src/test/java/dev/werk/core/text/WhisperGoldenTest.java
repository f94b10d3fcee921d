package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of Whisper's tests/test_normalizer.py (testdata/whisper/normalizer-cases.tsv). As in
 * Whisper, number cases are asserted against both the number normaliser alone and the whole
 * English normaliser; all 60 cases pass.
 */
class WhisperGoldenTest {
    private static final TextNormalizer ENGLISH = TextNormalizer.preset("whisper-english");

    private static List<String[]> rows() throws IOException {
        List<String> lines = Files.readAllLines(TestData.file("whisper/normalizer-cases.tsv"), StandardCharsets.UTF_8);
        assertEquals("normalizer\tinput\texpected", lines.get(0));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                String[] row = line.split("\t", -1);
                assertEquals(3, row.length, line);
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void allCasesAreThere() throws IOException {
        assertEquals(60, rows().size());
    }

    @TestFactory
    Stream<DynamicTest> whisperNormalizerCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : rows()) {
            String normalizer = row[0];
            String input = row[1];
            String expected = row[2];
            switch (normalizer) {
                case "EnglishNumberNormalizer and EnglishTextNormalizer":
                    tests.add(DynamicTest.dynamicTest("EnglishNumberNormalizer: " + input,
                            () -> assertEquals(expected, new WhisperNumbers().apply(input))));
                    tests.add(DynamicTest.dynamicTest("EnglishTextNormalizer: " + input,
                            () -> assertEquals(expected, ENGLISH.normalize(input))));
                    break;
                case "EnglishSpellingNormalizer":
                    tests.add(DynamicTest.dynamicTest("EnglishSpellingNormalizer: " + input,
                            () -> assertEquals(expected, new WhisperSpellings().apply(input))));
                    break;
                case "EnglishTextNormalizer":
                    tests.add(DynamicTest.dynamicTest("EnglishTextNormalizer: " + input,
                            () -> assertEquals(expected, ENGLISH.normalize(input))));
                    break;
                default:
                    throw new AssertionError("a normaliser werk does not implement: " + normalizer);
            }
        }
        return tests.stream();
    }

    @Test
    void spellingMapIsWhispersWholeList() {
        assertEquals(1739, WhisperSpellings.map().size());
        assertEquals("color", WhisperSpellings.map().get("colour"));
    }
}
