package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.werk.core.markup.MarkupException;
import dev.werk.core.text.RulesFile;
import dev.werk.core.text.RulesFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One base type for bad input data: readers, markup and rules files all throw a WerkDataException. */
class DataErrorTypeTest {
    @TempDir
    Path dir;

    @Test
    void jsonErrorsCarryTheirPath() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.parse(
                "{\"results\": {\"items\": [{\"type\": 3}]}}", Path.of("call.json"), TranscriptFormat.TRANSCRIBE));
        assertEquals("results.items[0].type", e.jsonPath());
        assertEquals("is not a string", e.problem());
        assertEquals(0, e.line());
        assertEquals("call.json: results.items[0].type is not a string", e.getMessage());
    }

    @Test
    void lineErrorsCarryFileAndLine() {
        WerkDataException e = assertThrows(WerkDataException.class,
                () -> TranscriptReader.parse("a (1)\nb\n", Path.of("x.trn"), TranscriptFormat.TRN));
        assertEquals(Path.of("x.trn"), e.file());
        assertEquals(2, e.line());
        assertNull(e.jsonPath());
    }

    @Test
    void markupAndRulesErrorsAreDataErrors() throws IOException {
        WerkDataException markup = new MarkupException("unbalanced '{' at character 1");
        assertEquals("unbalanced '{' at character 1", markup.getMessage());
        assertNull(markup.file());
        WerkDataException rules = assertThrows(RulesFormatException.class, () -> RulesFile.parse(List.of("ok => fine", "bad"), "r.txt"));
        assertEquals(2, rules.line());
        assertEquals("r.txt:2: expected 'from => to': bad", rules.getMessage());
        Path latin1 = Files.write(dir.resolve("rules.txt"), new byte[] {'a', ' ', '=', '>', ' ', 'b', '\n', (byte) 0xE9, '\n'});
        WerkDataException decoding = assertThrows(WerkDataException.class, () -> RulesFile.parse(latin1));
        assertEquals(latin1, decoding.file());
        assertEquals(2, decoding.line());
    }
}
