package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * werk's pra-style alignments of sclite's test1 (csrnab, with alternations) and test7 (trn markup:
 * alternations, {@code @}, optionally deletable words, fragments, tags) against sclite's own
 * {@code base/<test>.pra}, utterance by utterance and line by line: id, scores, REF, HYP and Eval
 * (trailing blanks ignored).
 */
class ScliteTrnPraTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "test1,     csrnab.ref, csrnab.hyp, false, false, 51",
        "test7,     tests.ref,  tests.hyp,  true,  true,  58",
        "test7_noD, tests.ref,  tests.hyp,  false, true,  58",
        "test7_r,   tests.hyp,  tests.ref,  true,  true,  58",
    })
    void alignmentsMatchSclitePra(String test, String ref, String hyp, boolean optionalDeletable, boolean fragments,
                                  int utterances) throws IOException {
        ScoreOptions options = ScoreOptions.defaults().withCost(CostModel.SCLITE)
                .withMarkup(new ScoreOptions.Markup(true, optionalDeletable, fragments));
        CorpusScore score = Scorer.score(Pairing.pair(read(ref), read(hyp)), options);
        StringBuilder out = new StringBuilder();
        AlignmentReport.write(score, false, out);

        Map<String, List<String>> expected = blocks(Files.readString(sctk().resolve(test + ".pra"), StandardCharsets.UTF_8));
        Map<String, List<String>> actual = blocks(out.toString());
        assertEquals(utterances, expected.size(), "utterances in " + test + ".pra");
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(String.join("\n", e.getValue()), String.join("\n", actual.get(e.getKey())), test + " " + e.getKey());
        }
    }

    /** The five lines of each utterance (id, Scores, REF, HYP, Eval), right-trimmed, by id line. */
    private static Map<String, List<String>> blocks(String pra) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> lines = pra.lines().toList();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).startsWith("id: (")) {
                List<String> block = new ArrayList<>();
                for (int j = k; j < k + 5; j++) {
                    block.add(lines.get(j).stripTrailing());
                }
                out.put(lines.get(k), block);
            }
        }
        return out;
    }

    /** A trn file as sclite reads it without -s (ASCII letters lowercased, ids included). */
    private static Transcript read(String name) throws IOException {
        Path file = sctk().resolve(name);
        StringBuilder sb = new StringBuilder(Files.readString(file, StandardCharsets.UTF_8));
        for (int k = 0; k < sb.length(); k++) {
            char c = sb.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                sb.setCharAt(k, (char) (c + ('a' - 'A')));
            }
        }
        return TranscriptReader.parse(sb.toString(), file, TranscriptFormat.TRN);
    }

    private static Path sctk() {
        String p = System.getProperty("werk.testdata");
        if (p != null && Files.isDirectory(Path.of(p, "sctk"))) {
            return Path.of(p, "sctk");
        }
        return fail("testdata/sctk not found: werk.testdata=" + p);
    }
}
