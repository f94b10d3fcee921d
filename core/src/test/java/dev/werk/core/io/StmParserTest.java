package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StmParserTest {
    private static final Path SOURCE = Path.of("ref.stm");

    private static Transcript parse(String text) {
        return TranscriptReader.parse(text, SOURCE, TranscriptFormat.STM);
    }

    @Test
    void readsSegmentsWithLabelsCommentsAndEmptyText() {
        Transcript t = parse(";; CATEGORY \"0\" \"\" \"\"\n"
                + "2347 a 2347-a 1.06 3.47 <O,WA> i've { um / uh } a\\;s far\n"
                + "\n"
                + "2347 a 2347-a 11.06 15.84 <O,NA>\r\n"
                + "2347 b spk2\t0.00\t20.51 well\tthen\n");
        List<Utterance> u = t.utterances();
        assertEquals(3, u.size());
        assertEquals(TranscriptFormat.STM, t.format());

        assertEquals("2347-a-000", u.get(0).id());
        assertEquals(2, u.get(0).line());
        assertEquals("i've { um / uh } a\\;s far", u.get(0).text());
        assertEquals(new Segment("2347", "a", "2347-a", 1.06, 3.47, "<O,WA>", false), u.get(0).segment());

        assertEquals("2347-a-001", u.get(1).id());
        assertEquals("", u.get(1).text());
        assertEquals("<O,NA>", u.get(1).segment().labels());

        assertEquals("spk2-000", u.get(2).id());
        assertEquals("well then", u.get(2).text());
        assertNull(u.get(2).segment().labels());
        assertTrue(u.get(2).words().isEmpty());
    }

    @Test
    void ignoreTimeSegmentIsKeptAsAnExcludedSegmentThatDoesNotCountInTheNumbering() {
        Transcript t = parse("f a s 0 1 one\n"
                + "f a s 1 2 <O> IGNORE_TIME_SEGMENT_IN_SCORING\n"
                + "f a s 2 3 IGNORETIMESEGMENTINSCORING\n"
                + "f a s 3 4 two\n");
        List<Utterance> u = t.utterances();
        assertEquals(List.of("s-000", "s-ignored-000", "s-ignored-001", "s-001"), u.stream().map(Utterance::id).toList());
        assertFalse(u.get(0).excluded());
        assertTrue(u.get(1).excluded());
        assertTrue(u.get(2).excluded());
        assertEquals("", u.get(1).text());
        assertEquals(1.0, u.get(1).segment().begin());
        assertEquals(2.0, u.get(1).segment().end());
    }

    @Test
    void tooFewFieldsIsAnErrorNamingTheLine() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> parse("f a s 0 1 ok\nf a s 2\n"));
        assertEquals(2, e.line());
        assertEquals("ref.stm:2: an STM line needs at least 5 fields (file channel speaker begin end [<labels>] text) but has 4",
                e.getMessage());
    }

    @Test
    void timesMustBeNumbers() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> parse("f a s 0 1.5x words\n"));
        assertEquals("ref.stm:1: end time '1.5x' is not a number", e.getMessage());
        e = assertThrows(WerkDataException.class, () -> parse(";; c\nf a s abc 2 words\n"));
        assertEquals("ref.stm:2: begin time 'abc' is not a number", e.getMessage());
    }

    @Test
    void endBeforeBeginIsAnError() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> parse("f a s 5 3 words\n"));
        assertEquals("ref.stm:1: end time 3 is before begin time 5", e.getMessage());
    }
}
