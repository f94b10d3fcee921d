package dev.werk.core.markup;

import static dev.werk.core.markup.SctkFiles.Fold.ASCII;
import static dev.werk.core.markup.SctkFiles.Fold.UNICODE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.CorpusScore;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sclite's own tests on trn input, reproduced exactly: the {@code Sum} row of
 * {@code base/<test>.raw} (SCTK commit 9688a26; also in the shared MANIFEST.md). The command lines
 * are in the shared {@code golden/sctk/sclite/TESTS_COMMANDS.md}; {@code -i wsj}, {@code -i spu_id}
 * and {@code -e utf-8} only say how sclite parses ids and bytes, which werk does by itself.
 */
class ScliteGoldenTest {

    static Stream<Arguments> tests() {
        return Stream.of(
                // test, ref, hyp, case folding, -D, -F, #Snt, #Wrd, C, S, D, I, S.Err
                Arguments.of("test1", "csrnab.ref", "csrnab.hyp", ASCII, false, false, 51, 1406, 1263, 131, 12, 26, 38),
                Arguments.of("test1e", "csrnab.ref", "csrnab.hyp", ASCII, false, false, 51, 1406, 1263, 131, 12, 26, 38),
                Arguments.of("test7", "tests.ref", "tests.hyp", ASCII, true, true, 58, 266, 178, 75, 13, 33, 43),
                Arguments.of("test7_6", "tests.ref", "tests.hyp", ASCII, true, true, 58, 266, 178, 75, 13, 33, 43),
                Arguments.of("test7_noD", "tests.ref", "tests.hyp", ASCII, false, true, 58, 266, 144, 81, 41, 33, 43),
                Arguments.of("test7_r", "tests.hyp", "tests.ref", ASCII, true, true, 58, 286, 178, 75, 33, 13, 43),
                Arguments.of("test7-utf8-2bytes", "tests.ref.utf8-2bytes", "tests.hyp.utf8-2bytes", ASCII, true, true,
                        58, 266, 178, 75, 13, 33, 43),
                Arguments.of("test7-utf8-3bytes", "tests.ref.utf8-3bytes", "tests.hyp.utf8-3bytes", ASCII, true, true,
                        58, 266, 178, 75, 13, 33, 43),
                Arguments.of("test7-utf8-4bytes", "tests.ref.utf8-4bytes", "tests.hyp.utf8-4bytes", ASCII, true, true,
                        58, 266, 178, 75, 13, 33, 43),
                Arguments.of("test15_c", "test.turkish.ref", "test.turkish.hyp", UNICODE, false, false, 3, 14, 7, 0, 7, 7, 2),
                Arguments.of("test15_d", "test.ukranian.ref", "test.ukranian.hyp", UNICODE, false, false, 6, 66, 59, 7, 0, 2, 5),
                Arguments.of("test17", "test.vietnamese.ref.trn", "test.vietnamese.hyp.trn", UNICODE, false, false,
                        8, 760, 624, 0, 136, 208, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tests")
    void sumRowMatchesSclite(String test, String ref, String hyp, SctkFiles.Fold fold, boolean optionalDeletable,
                             boolean fragments, int sentences, int words, long c, long s, long d, long i, int sentenceErrors)
            throws IOException {
        CorpusScore score = SctkFiles.score(ref, hyp, fold, optionalDeletable, fragments);
        assertEquals(new Counts(c, s, d, i), score.total(), test);
        assertEquals(sentences, score.utterances().size(), test + " #Snt");
        assertEquals(words, score.total().referenceWords(), test + " #Wrd");
        assertEquals(sentenceErrors, score.sentenceErrors(), test + " S.Err");
    }
}
