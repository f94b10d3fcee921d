package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptFormatTest {

    @ParameterizedTest
    @CsvSource({
        "ref.trn, TRN",
        "REF.TRN, TRN",
        "dir/sub/hyp.trn, TRN",
        "text.ark, KALDI",
        "text.kaldi, KALDI",
        "Text.Ark, KALDI",
        "ref.txt, PLAIN",
        "ref, PLAIN",
        "ref.trn.txt, PLAIN",
        "trn, PLAIN",
        "archive.ark.bak, PLAIN",
    })
    void formatFromExtension(String file, TranscriptFormat expected) {
        assertEquals(expected, TranscriptFormat.fromExtension(Path.of(file)));
    }

    @Test
    void rootPathIsPlain() {
        assertEquals(TranscriptFormat.PLAIN, TranscriptFormat.fromExtension(Path.of("/")));
    }

    @Test
    void fromIdIsCaseInsensitiveAndRejectsUnknownNames() {
        assertEquals(TranscriptFormat.TRN, TranscriptFormat.fromId("TRN"));
        assertEquals(TranscriptFormat.KALDI, TranscriptFormat.fromId("kaldi"));
        assertEquals(TranscriptFormat.PLAIN, TranscriptFormat.fromId("Plain"));
        assertEquals(TranscriptFormat.STM, TranscriptFormat.fromId("Stm"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TranscriptFormat.fromId("rttm"));
        assertTrue(e.getMessage().contains("'rttm'"), e.getMessage());
    }

    @Test
    void onlyPlainLacksIds() {
        assertFalse(TranscriptFormat.PLAIN.hasIds());
        assertTrue(TranscriptFormat.TRN.hasIds());
        assertTrue(TranscriptFormat.KALDI.hasIds());
    }
}
