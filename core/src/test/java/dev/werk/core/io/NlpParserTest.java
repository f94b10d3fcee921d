package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlpParserTest {
    private static final Path SOURCE = Path.of("calls", "4320211.nlp");

    private static Transcript parse(String text) {
        return TranscriptReader.parse(text, SOURCE, TranscriptFormat.NLP);
    }

    @Test
    void theWholeFileIsOneUtteranceNamedAfterTheFile() {
        Transcript t = parse("token|speaker|ts|endTs|punctuation|case|tags|wer_tags\r\n"
                + "Good|0||||UC|[]|[]\r\n"
                + "morning|1|3.37|3.63|,||['5:TIME']|['5']\r\n"
                + "2020|0||||CA|['0:YEAR']|['0', '1', '6']\r\n");
        assertEquals(1, t.utterances().size());
        Utterance u = t.utterances().get(0);
        assertEquals("4320211", u.id());
        assertEquals(2, u.line());
        assertEquals("Good morning 2020", u.text());
        assertEquals(new TimedWord("Good", Double.NaN, Double.NaN, Double.NaN, "0"), u.words().get(0));
        assertEquals(new TimedWord("morning", 3.37, 3.63, Double.NaN, "1"), u.words().get(1));
        assertNull(u.segment());
    }

    @Test
    void emptyTokensAddNoWordAndSpacesSplitTokens() {
        // Earnings-21 has both: an empty token (4382825) and 'burden ' with a trailing space (4375653)
        Transcript t = parse("token|speaker|ts|endTs|punctuation|case|tags\n"
                + "a|1|||||[]\n"
                + "|1|||||[]\n"
                + "burden |1|||||[]\n"
                + "new york|1|1.0|2.0|||[]\n");
        Utterance u = t.utterances().get(0);
        assertEquals("a burden new york", u.text());
        assertEquals(List.of("a", "burden", "new", "york"), u.words().stream().map(TimedWord::word).toList());
        assertEquals(1.0, u.words().get(3).start());
    }

    @Test
    void columnsAreFoundByTheHeaderNames() {
        Transcript t = parse("speaker|token|endTs\nS1|hello|2.5\n");
        assertEquals(new TimedWord("hello", Double.NaN, 2.5, Double.NaN, "S1"), t.utterances().get(0).words().get(0));
    }

    @Test
    void aHeaderlessFileIsAnError() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> parse("Good|0||||UC|[]|[]\n"));
        assertEquals(SOURCE + ":1: not an NLP file: the first line must be a header naming the columns, "
                + "as in 'token|speaker|ts|endTs|punctuation|case|tags'", e.getMessage());
        assertThrows(WerkDataException.class, () -> parse(""));
    }

    @Test
    void aTimeThatIsNotANumberIsUnknown() {
        // Earnings-21 4346923.nlp line 1576 reads 'plants.|3||.||LC|[]|[]': the '.' slipped into endTs
        Transcript t = parse("token|speaker|ts|endTs|punctuation|case|tags|wer_tags\nplants.|3||.||LC|[]|[]\n");
        TimedWord w = t.utterances().get(0).words().get(0);
        assertEquals("plants.", w.word());
        assertEquals(Double.NaN, w.end());
    }

    @Test
    void rowsMustHaveTheColumnsTheHeaderNames() {
        String header = "token|speaker|ts|endTs|punctuation|case|tags\n";
        assertEquals(SOURCE + ":2: an NLP row needs at least 4 '|'-separated fields as the header says, but has 2",
                assertThrows(WerkDataException.class, () -> parse(header + "a|1\n")).getMessage());
    }
}
