package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {
    private static final Path REF = Path.of("data", "ref.trn");
    private static final Path HYP = Path.of("data", "hyp.trn");

    private static Transcript trn(Path source, String text) {
        return TranscriptReader.parse(text, source, TranscriptFormat.TRN);
    }

    private static List<String> ids(Pairing.Result r) {
        return r.pairs().stream().map(UtterancePair::id).toList();
    }

    @Test
    void idsPairInReferenceOrderWhateverTheHypothesisOrder() {
        Transcript ref = trn(REF, "a b (u1)\nc (u2)\nd e f (u3)\n");
        Transcript hyp = trn(HYP, "D E F (u3)\na b (u1)\nc (u2)\n");
        Pairing.Result r = Pairing.pair(ref, hyp);
        assertEquals(List.of("u1", "u2", "u3"), ids(r));
        assertEquals(List.of(), r.warnings());
        UtterancePair third = r.pairs().get(2);
        assertEquals("d e f ", third.reference().text());
        assertEquals("D E F ", third.hypothesisText());
        assertEquals(1, third.hypothesis().line());
        assertEquals(3, third.reference().line());
    }

    @Test
    void referenceWithoutHypothesisIsKeptWithAWarning() {
        Transcript ref = trn(REF, "a (u1)\n\nb (u2)\nc (u3)\n");
        Transcript hyp = trn(HYP, "a (u1)\nc (u3)\n");
        Pairing.Result r = Pairing.pair(ref, hyp);
        assertEquals(List.of("u1", "u2", "u3"), ids(r));
        UtterancePair missing = r.pairs().get(1);
        assertNull(missing.hypothesis());
        assertEquals("", missing.hypothesisText());
        assertEquals(1, r.warnings().size());
        String w = r.warnings().get(0);
        assertTrue(w.startsWith(REF + ":3: "), "names the reference file and line: " + w);
        assertTrue(w.contains("'u2'"), w);
        assertTrue(w.contains(HYP.toString()), "names the hypothesis file: " + w);
        assertFalse(w.contains("\n"), w);
    }

    @Test
    void hypothesisWithoutReferenceIsAnError() {
        Transcript ref = trn(REF, "a (u1)\nb (u2)\n");
        Transcript hyp = trn(HYP, "a (u1)\n\nx (zz)\nb (u2)\n");
        WerkDataException e = assertThrows(WerkDataException.class, () -> Pairing.pair(ref, hyp));
        assertEquals(HYP, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(HYP + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("'zz'"), e.getMessage());
        assertTrue(e.getMessage().contains(REF.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void kaldiAndTrnPairById() {
        Transcript ref = TranscriptReader.parse("u2 b\nu1 a\n", Path.of("ref.ark"), TranscriptFormat.KALDI);
        Transcript hyp = trn(HYP, "a (u1)\nb (u2)\n");
        Pairing.Result r = Pairing.pair(ref, hyp);
        assertEquals(List.of("u2", "u1"), ids(r));
        assertEquals("b ", r.pairs().get(0).hypothesisText());
    }

    @Test
    void plainFilesPairLineByLineWithLineNumbersAsIds() {
        Transcript ref = TranscriptReader.parse("a b\n\nc\n", Path.of("ref.txt"), TranscriptFormat.PLAIN);
        Transcript hyp = TranscriptReader.parse("a\nx\n\n", Path.of("hyp.txt"), TranscriptFormat.PLAIN);
        Pairing.Result r = Pairing.pair(ref, hyp);
        assertEquals(List.of("1", "2", "3"), ids(r));
        assertEquals("", r.pairs().get(1).reference().text());
        assertEquals("x", r.pairs().get(1).hypothesisText());
        assertEquals("", r.pairs().get(2).hypothesisText());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void unequalPlainLineCountsNameTheFirstUnpairedLine() {
        Path refFile = Path.of("ref.txt");
        Path hypFile = Path.of("hyp.txt");
        Transcript ref = TranscriptReader.parse("a\nb\nc\n", refFile, TranscriptFormat.PLAIN);
        Transcript hyp = TranscriptReader.parse("a\nb\n", hypFile, TranscriptFormat.PLAIN);
        WerkDataException e = assertThrows(WerkDataException.class, () -> Pairing.pair(ref, hyp));
        assertEquals(refFile, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("ref.txt:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("ref.txt has 3 lines but hyp.txt has 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        // The other way round: the hypothesis is longer.
        WerkDataException e2 = assertThrows(WerkDataException.class, () -> Pairing.pair(hyp, ref));
        assertEquals(refFile, e2.file());
        assertEquals(3, e2.line());
    }

    @Test
    void idsCanMatchWhateverTheirCaseAsInSclite() {
        Transcript ref = trn(REF, "a b (Utt_1)\nc (utt_2)\n");
        Transcript hyp = trn(HYP, "c (UTT_2)\na b (utt_1)\n");
        assertThrows(WerkDataException.class, () -> Pairing.pair(ref, hyp), "ids are exact by default");
        Pairing.Result r = Pairing.pair(ref, hyp, true);
        assertEquals(List.of("Utt_1", "utt_2"), ids(r), "the reference's ids, in reference order");
        assertEquals("a b ", r.pairs().get(0).hypothesisText());
        assertTrue(r.warnings().isEmpty());
        Transcript twice = trn(HYP, "x (u1)\ny (U1)\n");
        WerkDataException e = assertThrows(WerkDataException.class, () -> Pairing.pair(ref, twice, true));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("'U1' equals 'u1'"), e.getMessage());
    }

    @Test
    void aWholeFileFormatAgainstLinesPointsToWholeFileScoring() {
        Transcript ref = TranscriptReader.parse("thank you\nfor calling\n", Path.of("ref.txt"), TranscriptFormat.PLAIN);
        Transcript hyp = TranscriptReader.parse("token|speaker|ts|endTs|punctuation|case|tags\nthank|1|||||\n",
                Path.of("call.nlp"), TranscriptFormat.NLP);
        WerkDataException e = assertThrows(WerkDataException.class, () -> Pairing.pair(ref, hyp));
        assertTrue(e.getMessage().contains("call.nlp is one utterance: add --whole-file"), e.getMessage());
        assertEquals(1, Pairing.wholeFile(ref, hyp).pairs().size(), "whole-file scoring pairs them");
    }

    @Test
    void unequalCountsAgainstAnEmptyFileStillNameALine() {
        Path refFile = Path.of("ref.txt");
        Path hypFile = Path.of("hyp.txt");
        Transcript ref = TranscriptReader.parse("only line\n", refFile, TranscriptFormat.PLAIN);
        Transcript hyp = TranscriptReader.parse("", hypFile, TranscriptFormat.PLAIN);
        WerkDataException e = assertThrows(WerkDataException.class, () -> Pairing.pair(ref, hyp));
        assertEquals(refFile, e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("has 1 lines but hyp.txt has 0"), e.getMessage());
    }

    @Test
    void trailingEmptyLineCountsAsALine() {
        // "a\n\n" is two lines (the second empty); "a\n" is one: they do not pair.
        Transcript ref = TranscriptReader.parse("a\n\n", Path.of("ref.txt"), TranscriptFormat.PLAIN);
        Transcript hyp = TranscriptReader.parse("a\n", Path.of("hyp.txt"), TranscriptFormat.PLAIN);
        WerkDataException e = assertThrows(WerkDataException.class, () -> Pairing.pair(ref, hyp));
        assertEquals(2, e.line());
    }

    @Test
    void mixedPlainAndIdsPairByPositionAndKeepTheIds() {
        Transcript ref = trn(REF, "a (first)\nb (second)\n");
        Transcript hyp = TranscriptReader.parse("a\nb\n", Path.of("hyp.txt"), TranscriptFormat.PLAIN);
        Pairing.Result r = Pairing.pair(ref, hyp);
        assertEquals(List.of("first", "second"), ids(r));
        WerkDataException e = assertThrows(WerkDataException.class,
                () -> Pairing.pair(ref, TranscriptReader.parse("a\n", Path.of("hyp.txt"), TranscriptFormat.PLAIN)));
        assertTrue(e.getMessage().contains("utterances"), e.getMessage());
    }

    @Test
    void resultNamesBothSidesFileAndFormat() {
        Transcript hyp = TranscriptReader.parse("a\n", Path.of("hyp.txt"), TranscriptFormat.PLAIN);
        Pairing.Result r = Pairing.pair(trn(REF, "a (first)\n"), hyp);
        assertEquals(new Pairing.Source(REF, TranscriptFormat.TRN), r.reference());
        assertEquals(new Pairing.Source(Path.of("hyp.txt"), TranscriptFormat.PLAIN), r.hypothesis());
        Pairing.Result byId = Pairing.pair(trn(REF, "a (u1)\n"), trn(HYP, "a (u1)\n"));
        assertEquals(TranscriptFormat.TRN, byId.hypothesis().format());
        assertEquals(HYP, byId.hypothesis().file());
        Pairing.Result inMemory = new Pairing.Result(byId.pairs(), List.of());
        assertEquals(Pairing.Source.PLAIN, inMemory.reference());
        assertNull(inMemory.hypothesis().file());
    }

    @Test
    void resultListsAreImmutableCopies() {
        Transcript ref = trn(REF, "a (u1)\n");
        Pairing.Result r = Pairing.pair(ref, trn(HYP, "a (u1)\n"));
        assertThrows(UnsupportedOperationException.class, () -> r.pairs().clear());
        assertSame(ref.utterances().get(0), r.pairs().get(0).reference());
    }
}
