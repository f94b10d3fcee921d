package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The placement rules on small hand-made files (the sclite suite is in {@link ScliteTimedPairingTest}). */
class StmCtmAssignmentTest {
    private static final String STM = "rec a spk 1.0 2.0 one two\n"
            + "rec a spk 3.0 4.0 three\n"
            + "rec a spk 4.0 5.0 IGNORE_TIME_SEGMENT_IN_SCORING\n"
            + "rec a spk 6.0 7.0 four\n";

    private static Pairing.Result pair(String stm, String ctm) {
        return Pairing.pair(TranscriptReader.parse(stm, Path.of("ref.stm"), TranscriptFormat.STM),
                TranscriptReader.parse(ctm, Path.of("hyp.ctm"), TranscriptFormat.CTM));
    }

    private static List<String> hypotheses(Pairing.Result r) {
        return r.pairs().stream().map(UtterancePair::hypothesisText).toList();
    }

    @Test
    void wordsGoToTheFirstSegmentWhoseEndIsAfterTheirMidpoint() {
        Pairing.Result r = pair(STM, "rec A 0.2 0.2 early\n" // before the first segment: first segment
                + "rec A 1.5 0.2 one\n"
                + "rec A 1.9 0.2 edge\n"       // midpoint 2.0 = end of segment 1: next segment
                + "rec A 2.5 0.2 between\n"    // between segments 1 and 2: segment 2
                + "rec A 3.5 0.2 three\n"
                + "rec A 4.2 0.2 ignored\n"    // inside the excluded segment: dropped
                + "rec A 5.4 0.2 gap\n"        // between excluded and last: last segment
                + "rec A 9.0 0.5 late\n");     // after the last segment: last segment
        assertEquals(List.of("spk-000", "spk-001", "spk-002"), r.pairs().stream().map(UtterancePair::id).toList());
        assertEquals(List.of("early one", "edge between three", "gap late"), hypotheses(r));
        assertEquals(List.of(), r.warnings());
        assertEquals(1.5, r.pairs().get(0).hypothesis().words().get(1).start());
        assertEquals("rec", r.pairs().get(2).hypothesis().segment().file());
    }

    @Test
    void aSegmentWithoutWordsGetsAnEmptyHypothesis() {
        Pairing.Result r = pair(STM, "rec a 6.5 0.1 four\n");
        assertEquals(List.of("", "", "four"), hypotheses(r));
        assertTrue(r.pairs().stream().allMatch(p -> p.hypothesis() != null));
    }

    @Test
    void anAlternationIsPlacedByItsLatestWord() {
        Pairing.Result r = pair(STM, "rec a 1.5 0.2 one\n"
                + "rec a * * <ALT_BEGIN>\nrec a 1.7 0.2 a\nrec a * * <ALT>\nrec a 1.9 0.4 b\nrec a * * <ALT_END>\n");
        assertEquals(List.of("one", "{ a / b }", ""), hypotheses(r));
    }

    @Test
    void aChannelMissingFromTheCtmIsAllDeletionsWithAWarning() {
        Pairing.Result r = pair(STM + "rec b other 0 1 five\n", "rec a 1.5 0.2 one\n");
        assertEquals(4, r.pairs().size());
        assertNull(r.pairs().get(3).hypothesis());
        assertEquals(List.of("ref.stm:5: file/channel 'rec' 'b' has no words in hyp.ctm; its 1 segment(s) are scored as all deletions"),
                r.warnings());
    }

    @Test
    void ctmWordsOfAChannelNotInTheStmAreAnError() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> pair(STM, "rec a 1 1 one\nrec c 1 1 other\n"));
        assertEquals("hyp.ctm:2: file/channel 'rec' 'c' is not in the reference ref.stm "
                + "(sclite: 'Hyp file has more data than ref file')", e.getMessage());
    }

    @Test
    void ctmAgainstCtmShortChannelsAreOneChunkEach() {
        Pairing.Result r = Pairing.pair(
                TranscriptReader.parse("f A 0 1 a\nf A 1 1 b\nf B 0 1 c\n", Path.of("ref.ctm"), TranscriptFormat.CTM),
                TranscriptReader.parse("f A 0 1 a\nf A 1 1 x\n", Path.of("hyp.ctm"), TranscriptFormat.CTM));
        assertEquals(List.of("f-A-0000", "f-B-0000"), r.pairs().stream().map(UtterancePair::id).toList());
        assertEquals("a b", r.pairs().get(0).reference().text());
        assertEquals("a x", r.pairs().get(0).hypothesisText());
        assertNull(r.pairs().get(1).hypothesis());
        assertEquals(List.of("ref.ctm:3: file/channel 'f' 'B' has no words in hyp.ctm; scored as all deletions"), r.warnings());
    }
}
