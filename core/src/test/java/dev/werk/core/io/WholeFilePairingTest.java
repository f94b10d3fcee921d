package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-file scoring, whole-file formats and excluded STM segments in the id and position pairings. */
class WholeFilePairingTest {

    @Test
    void wholeFileJoinsUtterancesWithSingleSpacesUnderTheReferenceName() {
        Transcript ref = TranscriptReader.parse("a b (u1)\nc (u2)\n", Path.of("dir", "ref.trn"), TranscriptFormat.TRN);
        Transcript hyp = TranscriptReader.parse("a\nb c\n", Path.of("hyp.txt"), TranscriptFormat.PLAIN);
        Pairing.Result r = Pairing.wholeFile(ref, hyp);
        assertEquals(1, r.pairs().size());
        UtterancePair p = r.pairs().get(0);
        assertEquals("ref", p.id());
        assertEquals("a b c", p.reference().text());
        assertEquals("a b c", p.hypothesisText());
    }

    @Test
    void wholeFileKeepsTimedWordsAndLeavesExcludedSegmentsOut() {
        Transcript stm = TranscriptReader.parse("f a s 0 1 one\nf a s 1 2 IGNORE_TIME_SEGMENT_IN_SCORING\nf a s 2 3 two\n",
                Path.of("r.stm"), TranscriptFormat.STM);
        assertEquals("one two", WholeFile.join(stm).text());
        Transcript ctm = TranscriptReader.parse("f a 0 1 x\nf b 0 1 y\n", Path.of("h.ctm"), TranscriptFormat.CTM);
        Utterance joined = WholeFile.join(ctm);
        assertEquals("x y", joined.text());
        assertEquals(List.of("x", "y"), joined.words().stream().map(TimedWord::word).toList());
    }

    @Test
    void twoWholeFileFormatsPairAsOneUtteranceNamedAfterTheReference() {
        Transcript ref = TranscriptReader.parse("token\nhello\nworld\n", Path.of("4320211.nlp"), TranscriptFormat.NLP);
        Transcript hyp = TranscriptReader.parse("{\"results\": {\"items\": [{\"type\": \"pronunciation\", "
                + "\"alternatives\": [{\"content\": \"hello\"}]}]}}", Path.of("job-17.json"), TranscriptFormat.TRANSCRIBE);
        Pairing.Result r = Pairing.pair(ref, hyp);
        assertEquals(1, r.pairs().size());
        assertEquals("4320211", r.pairs().get(0).id());
        assertEquals("hello", r.pairs().get(0).hypothesisText());
    }

    @Test
    void excludedStmSegmentsFormNoPairByIdOrByPosition() {
        Transcript stm = TranscriptReader.parse("f a s 0 1 one\nf a s 1 2 IGNORE_TIME_SEGMENT_IN_SCORING\nf a s 2 3 two\n",
                Path.of("r.stm"), TranscriptFormat.STM);
        Transcript trn = TranscriptReader.parse("uno (s-000)\ndos (s-001)\n", Path.of("h.trn"), TranscriptFormat.TRN);
        assertEquals(List.of("s-000", "s-001"), Pairing.pair(stm, trn).pairs().stream().map(UtterancePair::id).toList());
        Transcript plain = TranscriptReader.parse("uno\n-\ndos\n", Path.of("h.txt"), TranscriptFormat.PLAIN);
        List<UtterancePair> byLine = Pairing.pair(stm, plain).pairs();
        assertEquals(List.of("uno", "dos"), byLine.stream().map(UtterancePair::hypothesisText).toList());
    }
}
