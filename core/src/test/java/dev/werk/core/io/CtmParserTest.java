package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CtmParserTest {
    private static final Path SOURCE = Path.of("hyp.ctm");

    private static Transcript parse(String text) {
        return TranscriptReader.parse(text, SOURCE, TranscriptFormat.CTM);
    }

    @Test
    void oneUtterancePerFileAndChannelWithTimesAndConfidences() {
        Transcript t = parse(";; a comment\n"
                + "2347 A 0.05 0.24 THEY 0.82\n"
                + "2347 A 1.02 0.29 PRIDE\n"
                + "\n"
                + "2347 B 3.5 0.5 well NA\r\n"
                + "2347 a 2.00 0.10 late 0.5 extra fields\n");
        List<Utterance> u = t.utterances();
        assertEquals(List.of("2347-A", "2347-B"), u.stream().map(Utterance::id).toList());
        Utterance a = u.get(0);
        assertEquals("THEY PRIDE late", a.text());
        assertEquals(2, a.line());
        assertEquals(new TimedWord("THEY", 0.05, 0.29, 0.82, "A"), a.words().get(0));
        assertEquals(new TimedWord("PRIDE", 1.02, 1.31, Double.NaN, "A"), a.words().get(1));
        assertEquals(new TimedWord("late", 2.0, 2.1, 0.5, "A"), a.words().get(2));
        assertEquals(new Segment("2347", "A", null, 0.05, 2.1, null, false), a.segment());
        assertEquals(Double.NaN, u.get(1).words().get(0).confidence());
    }

    @Test
    void theEndIsTheDecimalSumOfBeginAndDuration() {
        // 205.54 + 0.22 in binary floating point is 205.76000000000002; the decimal sum is 205.76
        TimedWord w = parse("f A 205.54 0.22 they\n").utterances().get(0).words().get(0);
        assertEquals(205.76, w.end());
    }

    @Test
    void alternationBlocksBecomeBracedAlternatives() {
        Transcript t = parse("5555 A 22.60 0.19 THAT'S\n"
                + "5555 A * * <ALT_BEGIN>\n"
                + "5555 A 22.80 0.17 INTEREST-\n"
                + "5555 A * * <ALT>\n"
                + "5555 A * * <ALT_END>\n"
                + "5555 A 23.00 0.19 YEAH\n");
        Utterance u = t.utterances().get(0);
        assertEquals("THAT'S { INTEREST- / @ } YEAH", u.text());
        assertEquals(7, u.words().size());
        assertTrue(Double.isNaN(u.words().get(1).start()));
    }

    @Test
    void tooFewFieldsIsAnErrorNamingTheLine() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> parse("f A 1 2 w\nf A 1 2\n"));
        assertEquals("hyp.ctm:2: a CTM line needs at least 5 fields (file channel begin duration word [confidence]) but has 4",
                e.getMessage());
    }

    @Test
    void timesAndConfidencesMustBeNumbers() {
        assertEquals("hyp.ctm:1: begin time 'one' is not a number",
                assertThrows(WerkDataException.class, () -> parse("f A one 2 w\n")).getMessage());
        assertEquals("hyp.ctm:2: duration '0,5' is not a number",
                assertThrows(WerkDataException.class, () -> parse("f A 1 2 w\nf A 3 0,5 w\n")).getMessage());
        assertEquals("hyp.ctm:1: confidence 'high' is not a number",
                assertThrows(WerkDataException.class, () -> parse("f A 1 2 w high\n")).getMessage());
    }

    @Test
    void malformedAlternationsAreErrors() {
        assertEquals("hyp.ctm:1: <ALT> without a preceding <ALT_BEGIN>",
                assertThrows(WerkDataException.class, () -> parse("f A * * <ALT>\n")).getMessage());
        assertEquals("hyp.ctm:1: <ALT_BEGIN> of f A has no <ALT_END>",
                assertThrows(WerkDataException.class, () -> parse("f A * * <ALT_BEGIN>\nf A 1 1 w\n")).getMessage());
        assertEquals("hyp.ctm:2: <ALT_BEGIN> inside the alternation opened on line 1",
                assertThrows(WerkDataException.class, () -> parse("f A * * <ALT_BEGIN>\nf A * * <ALT_BEGIN>\n")).getMessage());
    }

    @Test
    void confidenceOutsideZeroToOneAndNegativeDurationsAreRefused() {
        for (String conf : List.of("1.5", "-0.1", "1.0000001", "NaN", "Infinity")) {
            WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.parse("f A 0.1 0.2 w " + conf + "\n",
                    Path.of("hyp.ctm"), TranscriptFormat.CTM));
            assertEquals(1, e.line(), e.getMessage());
        }
        for (String conf : List.of("0", "1", "0.5", "NA", "na")) {
            TranscriptReader.parse("f A 0.1 0.2 w " + conf + "\n", Path.of("hyp.ctm"), TranscriptFormat.CTM);
        }
        String negative = "f A 0.1 0.2 a\nf A 0.5 -0.01 b\n";
        WerkDataException e = assertThrows(WerkDataException.class,
                () -> TranscriptReader.parse(negative, Path.of("hyp.ctm"), TranscriptFormat.CTM));
        assertEquals("hyp.ctm:2: duration '-0.01' is negative (sclite accepts it; werk does with --allow-negative-duration)",
                e.getMessage());
        Transcript t = TranscriptReader.parse(negative, Path.of("hyp.ctm"), TranscriptFormat.CTM,
                ReadOptions.STRICT.withNegativeDurations(true));
        assertEquals(-0.01, t.utterances().get(0).words().get(1).end() - 0.5, 1e-12);
    }

    @Test
    void numbersTooLargeForADoubleAreRefused() {
        for (String line : List.of("f A 1e400 0.2 w", "f A 0.1 1e400 w", "f A 1e308 1e308 w", "f A 0.1 0.2 w 1e400")) {
            WerkDataException e = assertThrows(WerkDataException.class,
                    () -> TranscriptReader.parse(line + "\n", Path.of("hyp.ctm"), TranscriptFormat.CTM), line);
            assertEquals(1, e.line(), e.getMessage());
        }
    }
}
