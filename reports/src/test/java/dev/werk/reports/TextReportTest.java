package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.text.TextNormalizer;
import dev.werk.core.ScoringUnit;
import dev.werk.core.align.CostModel;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static List<String> render(CorpusScore score) throws IOException {
        StringBuilder out = new StringBuilder();
        TextReport.write(score, out);
        return out.toString().lines().toList();
    }

    private static void assertHasLine(List<String> lines, String line) {
        assertTrue(lines.contains(line), () -> "missing line [" + line + "] in\n" + String.join("\n", lines));
    }

    @Test
    void summaryTableOfTheHandCountedCorpus() throws IOException {
        ScoreOptions options = ScoreOptions.defaults().withCost(CostModel.SCLITE)
                .withNormalizer(TextNormalizer.builder().add("lowercase").build());
        List<String> l = render(Fixtures.corpus(options));
        // 4 utterances, 11 words: Corr 8/11, Sub 1/11, Del 2/11, Ins 1/11, Err 4/11, S.Err 3/4.
        assertHasLine(l, "| #Utt | #Wrd | Corr | Sub |  Del | Ins |  Err | S.Err |");
        assertHasLine(l, "|------|------|------|-----|------|-----|------|-------|");
        assertHasLine(l, "|    4 |   11 | 72.7 | 9.1 | 18.2 | 9.1 | 36.4 |  75.0 |");
        assertHasLine(l, "WER 36.36% (4 errors / 11 reference words)");
        assertHasLine(l, "MER 33.33%   WIL 41.82%   WIP 58.18%");
        assertHasLine(l, "hits 8   substitutions 1   deletions 2   insertions 1   hypothesis words 10");
        assertHasLine(l, "  cost model: sclite   normalizer: lowercase   unit: word   markup: sclite");
        assertHasLine(l, "  reference:  ref.trn (trn)");
        assertHasLine(l, "  hypothesis: hyp.trn (trn)");
        assertTrue(l.stream().anyMatch(s -> s.startsWith("empty references: 1 utterance(s)")), l::toString);
    }

    @Test
    void charUnitSpeaksOfCharacters() throws IOException {
        CorpusScore s = Fixtures.score("ab c (u)\n", "abc (u)\n", ScoreOptions.defaults().withUnit(ScoringUnit.CHAR));
        List<String> l = render(s);
        // 1 utterance, 4 characters: Corr 3/4, Del 1/4, Err 1/4, S.Err 1/1.
        assertHasLine(l, "| #Utt | #Chr | Corr | Sub |  Del | Ins |  Err | S.Err |");
        assertHasLine(l, "|    1 |    4 | 75.0 | 0.0 | 25.0 | 0.0 | 25.0 | 100.0 |");
        assertHasLine(l, "CER 25.00% (1 errors / 4 reference characters)");
        assertHasLine(l, "  cost model: levenshtein   normalizer: none   unit: char   markup: sclite");
    }

    @Test
    void undefinedRatesSayUndefined() throws IOException {
        CorpusScore s = Fixtures.score("(a)\n", "x (a)\n", ScoreOptions.defaults());
        List<String> l = render(s);
        assertHasLine(l, "WER undefined (1 errors / 0 reference words)");
        assertHasLine(l, "MER 100.00%   WIL undefined   WIP undefined");
        assertHasLine(l, "WER is undefined: the references hold no word");
        assertFalse(String.join("\n", l).contains("undefined%"), l::toString);
    }

    @Test
    void warningsArePointedTo() throws IOException {
        CorpusScore s = Fixtures.score("a (u1)\nb (u2)\n", "a (u1)\n", ScoreOptions.defaults());
        assertHasLine(render(s), "1 warning(s): see stderr");
    }

    @Test
    void perUtteranceTable() throws IOException {
        StringBuilder out = new StringBuilder();
        TextReport.writePerUtterance(Fixtures.corpus(), out);
        List<String> l = out.toString().lines().toList();
        assertHasLine(l, "id       #ref     hits      sub      del      ins   errors      WER%");
        assertHasLine(l, "utt1        6        4        1        1        0        2     33.33");
        assertHasLine(l, "utt3        0        0        0        0        1        1 undefined");
        assertTrue(l.size() == 5, l::toString);
    }
}
