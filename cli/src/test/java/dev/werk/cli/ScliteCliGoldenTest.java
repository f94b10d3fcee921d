package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * sclite's own test suite through the whole command line: reader, pairing, markup, normaliser,
 * aligner and JSON renderer together. Expected values are the {@code Sum} rows of sclite's
 * {@code base/<test>.raw} (restated in MANIFEST.md); sclite folds case by default, so every run
 * uses {@code --normalize sclite}; test1's hypothesis ids are upper-case, so it also needs
 * {@code --ignore-id-case} (sclite folds ids as well as words).
 */
class ScliteCliGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            test1     | csrnab.ref       | trn | csrnab.hyp           | trn | --ignore-id-case | 51 | 1406 | 1263 | 131 |  12 |  26 | 38
            test3     | lvc_ref.stm      | stm | lvc_hyp.ctm          | ctm |        | 61 | 1779 | 1013 | 540 | 226 | 171 | 60
            test3a    | lvc_refe.stm     | stm | lvc_hyp.ctm          | ctm |        | 58 | 1672 |  957 | 503 | 212 | 165 | 57
            test7     | tests.ref        | trn | tests.hyp            | trn | -D -F  | 58 |  266 |  178 |  75 |  13 |  33 | 43
            test7_noD | tests.ref        | trn | tests.hyp            | trn | -F     | 58 |  266 |  144 |  81 |  41 |  33 | 43
            test7_r   | tests.hyp        | trn | tests.ref            | trn | -D -F  | 58 |  286 |  178 |  75 |  33 |  13 | 43
            test13    | tima_ref.ctm     | ctm | tima_hyp.ctm         | ctm | --allow-negative-duration | 22 |  923 |  563 | 255 | 105 |  50 | 22
            test13_D  | tima_ref.ctm     | ctm | tima_hyp.ctm         | ctm | -D --allow-negative-duration | 22 |  925 |  566 | 255 | 104 |  48 | 22
            test15_a  | test.cantonese.stm | stm | test.cantonese.ctm | ctm |        |  3 |   34 |   23 |   5 |   6 |   5 |  3
            test16_9  | stm2ctm_missing.ref.stm | stm | stm2ctm_missing.hyp.ctm | ctm | |  8 |  162 |   83 |  58 |  21 |  18 |  8
            """)
    void countsEqualSclite(String test, String ref, String refFormat, String hyp, String hypFormat, String flags,
                           int utterances, int words, int hits, int subs, int dels, int ins, int sentenceErrors) {
        List<String> args = new ArrayList<>(List.of("score",
                "--ref", Cli.testdata().resolve("sctk").resolve(ref).toString(), "--ref-format", refFormat,
                "--hyp", Cli.testdata().resolve("sctk").resolve(hyp).toString(), "--hyp-format", hypFormat,
                "--cost", "sclite", "--normalize", "sclite", "-o", "json"));
        if (flags != null) {
            args.addAll(List.of(flags.trim().split(" ")));
        }
        JsonNode j = Cli.expect(0, args.toArray(String[]::new)).json();
        assertEquals(utterances, j.get("utterances").asInt(), test + " #Snt");
        assertEquals(words, j.get("referenceWords").asInt(), test + " #Wrd");
        assertEquals(hits, j.get("hits").asInt(), test + " C");
        assertEquals(subs, j.get("substitutions").asInt(), test + " S");
        assertEquals(dels, j.get("deletions").asInt(), test + " D");
        assertEquals(ins, j.get("insertions").asInt(), test + " I");
        assertEquals(sentenceErrors, j.get("sentenceErrors").asInt(), test + " S.Err");
        assertEquals("sclite", j.get("cost").asText());
        assertEquals("sclite", j.get("normalizer").asText());
    }
}
