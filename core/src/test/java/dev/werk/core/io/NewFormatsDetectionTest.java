package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extension detection and names of the STM, CTM, NLP and Transcribe formats. */
class NewFormatsDetectionTest {

    @ParameterizedTest
    @CsvSource({
        "lvc_ref.stm, STM",
        "REF.STM, STM",
        "out/hyp.ctm, CTM",
        "4320211.nlp, NLP",
        "job.json, TRANSCRIBE",
        "Job.JSON, TRANSCRIBE",
        "hyp.ctm.txt, PLAIN",
        "notes.jsonl, PLAIN",
    })
    void formatFromExtension(String file, TranscriptFormat expected) {
        assertEquals(expected, TranscriptFormat.fromExtension(Path.of(file)));
    }

    @Test
    void namesOnTheCommandLine() {
        assertEquals(TranscriptFormat.STM, TranscriptFormat.fromId("stm"));
        assertEquals(TranscriptFormat.CTM, TranscriptFormat.fromId("CTM"));
        assertEquals(TranscriptFormat.NLP, TranscriptFormat.fromId("nlp"));
        assertEquals(TranscriptFormat.TRANSCRIBE, TranscriptFormat.fromId("Transcribe"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TranscriptFormat.fromId("json"));
        assertEquals("unknown format 'json' (expected one of plain, trn, kaldi, stm, ctm, nlp, transcribe)", e.getMessage());
    }

    @Test
    void wholeFileFormatsHaveNoIdsOfTheirOwn() {
        assertTrue(TranscriptFormat.NLP.isWholeFile());
        assertTrue(TranscriptFormat.TRANSCRIBE.isWholeFile());
        assertFalse(TranscriptFormat.NLP.hasIds());
        assertFalse(TranscriptFormat.STM.isWholeFile());
        assertTrue(TranscriptFormat.STM.hasIds());
        assertTrue(TranscriptFormat.CTM.hasIds());
    }
}
