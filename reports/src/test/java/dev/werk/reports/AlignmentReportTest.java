package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.align.CostModel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AlignmentReportTest {

    private static String render(CorpusScore score, boolean errorsOnly) throws IOException {
        StringBuilder out = new StringBuilder();
        AlignmentReport.write(score, errorsOnly, out);
        return out.toString();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void praBlocksForEveryUtteranceInReferenceOrder() throws IOException {
        String expected = lines(
                "id: (utt1)",
                "Scores: (#C #S #D #I) 4 1 1 0",
                "REF:  the cat SAT on THE mat",
                "HYP:  the cat SIT on *** mat",
                "Eval:         S      D",
                "",
                "id: (utt2)",
                "Scores: (#C #S #D #I) 2 0 0 0",
                "REF:  hello world",
                "HYP:  hello world",
                "Eval:",
                "",
                "id: (utt3)",
                "Scores: (#C #S #D #I) 0 0 0 1",
                "REF:  **",
                "HYP:  UH",
                "Eval: I",
                "",
                "id: (utt4)",
                "Scores: (#C #S #D #I) 2 0 1 0",
                "REF:  good morning EVERYONE",
                "HYP:  good morning ********",
                "Eval:              D",
                "");
        assertEquals(expected, render(Fixtures.corpus(), false));
    }

    @Test
    void errorsOnlySkipsPerfectUtterances() throws IOException {
        String out = render(Fixtures.corpus(), true);
        assertEquals(false, out.contains("(utt2)"), out);
        assertEquals(true, out.startsWith("id: (utt1)\n"), out);
        assertEquals(3, out.split("id: \\(", -1).length - 1);
    }

    @Test
    void columnsTakeTheWiderWord() throws IOException {
        // "a b" vs "a xyz b c": the insertion is three letters wide, the trailing one one letter.
        CorpusScore s = Fixtures.score("a b (u)\n", "a xyz b c (u)\n", ScoreOptions.defaults());
        assertEquals(lines(
                "id: (u)",
                "Scores: (#C #S #D #I) 2 0 0 2",
                "REF:  a *** b *",
                "HYP:  a XYZ b C",
                "Eval:   I     I",
                ""), render(s, false));
    }

    @Test
    void scliteCostShowsItsOwnAlignment() throws IOException {
        // sclite's weights align the two "yes" and pay 3 deletions + 3 insertions (C2 S0 D3 I3);
        // whatever order of gaps it picks, the counts and the shape of the lines are fixed.
        CorpusScore s = Fixtures.score("yes yes no no no (u)\n", "well um ok yes yes (u)\n",
                ScoreOptions.defaults().withCost(CostModel.SCLITE));
        String out = render(s, false);
        String[] l = out.split("\n");
        assertEquals("Scores: (#C #S #D #I) 2 0 3 3", l[1]);
        assertEquals(8, l[2].substring(6).split(" ").length, "8 columns: 2 hits, 3 deletions, 3 insertions");
        assertEquals(3, l[3].split("\\*\\*", -1).length - 1, "three gaps in HYP: " + l[3]);
        assertEquals("", l[4].replaceAll("[ ID]", "").replace("Eval:", ""), l[4]);
    }

    @Test
    void missingHypothesisIsMarked() throws IOException {
        CorpusScore s = Fixtures.score("a b (u1)\nc (u2)\n", "a b (u1)\n", ScoreOptions.defaults());
        String out = render(s, true);
        assertEquals(lines(
                "id: (u2)",
                "Scores: (#C #S #D #I) 0 0 1 0   (no hypothesis: all deletions)",
                "REF:  C",
                "HYP:  *",
                "Eval: D",
                ""), out);
    }

    @Test
    void charUnitShowsSpacesAsUnderscores() throws IOException {
        // "ab c" vs "abc": the space between the words is deleted.
        CorpusScore s = Fixtures.score("ab c (u)\n", "abc (u)\n", ScoreOptions.defaults().withUnit(ScoringUnit.CHAR));
        assertEquals(lines(
                "id: (u)",
                "Scores: (#C #S #D #I) 3 0 1 0",
                "REF:  a b _ c",
                "HYP:  a b * c",
                "Eval:     D",
                ""), render(s, false));
    }
}
