package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscribeJsonParserTest {
    private static final Path SOURCE = Path.of("job.json");

    private static Transcript parse(String json) {
        return TranscriptReader.parse(json, SOURCE, TranscriptFormat.TRANSCRIBE);
    }

    @Test
    void standardBatchOutputWordsWithoutPunctuation() throws IOException {
        Transcript t = TranscriptReader.read(TestData.file("transcribe/batch-diarized.json"));
        assertEquals(TranscriptFormat.TRANSCRIBE, t.format());
        assertEquals(1, t.utterances().size());
        Utterance u = t.utterances().get(0);
        assertEquals("batch-diarized", u.id());
        assertEquals(0, u.line());
        assertEquals("We trained it in PyTorch Great thanks", u.text());
        assertEquals(new TimedWord("PyTorch", 1.30, 2.10, 0.4211, "spk_0"), u.words().get(4));
        assertEquals(new TimedWord("thanks", 2.95, 3.40, 0.998, "spk_1"), u.words().get(6));
    }

    @Test
    void callAnalyticsOutputWithRolesMillisecondsAndRedactedWords() throws IOException {
        // counts from the file itself (see testdata/transcribe/README.md): 462 of its 538 items are words
        Utterance u = TranscriptReader.read(TestData.file("transcribe/example-call.json")).utterances().get(0);
        assertEquals("example-call", u.id());
        List<TimedWord> w = u.words();
        assertEquals(462, w.size());
        assertEquals(462, u.text().split(" ").length);
        assertTrue(u.text().startsWith("Thank you for calling Anchor Credit Union the number one choice"), u.text());
        assertEquals(new TimedWord("Thank", 0.04, 0.33, 1.0, "AGENT"), w.get(0));
        assertEquals(new TimedWord("Anchor", 0.86, 1.17, 0.2993, "AGENT"), w.get(4));
        // a redacted word: its confidence is in Redaction[0].Confidence
        assertEquals(new TimedWord("[PII]", 31.04, 31.66, 0.9822, "CUSTOMER"), w.get(71));
        assertEquals(new TimedWord("Bye", 181.94, 182.89, 0.9881, "AGENT"), w.get(461));
        assertEquals(139, w.stream().filter(x -> "CUSTOMER".equals(x.speaker())).count());
    }

    @Test
    void jsonThatIsNotATranscribeOutputIsAnError() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> parse("{\"text\": \"hello\"}"));
        assertEquals("job.json: not an Amazon Transcribe output: expected 'results.items' (standard batch output) "
                + "or 'Transcript' (Call Analytics output) at the top level", e.getMessage());
        assertThrows(WerkDataException.class, () -> parse("[1, 2]"));
    }

    @Test
    void missingOrWrongValuesAreNamedByTheirJsonPath() {
        String item = "{\"type\": \"pronunciation\", \"start_time\": \"1\", \"end_time\": \"2\","
                + " \"alternatives\": [{\"confidence\": \"1\", \"content\": \"a\"}]}";
        assertEquals("job.json: results.items is missing; expected an array",
                assertThrows(WerkDataException.class, () -> parse("{\"results\": {}}")).getMessage());
        assertEquals("job.json: results.items[1].alternatives is missing; expected an array",
                assertThrows(WerkDataException.class, () -> parse("{\"results\": {\"items\": [" + item
                        + ", {\"type\": \"pronunciation\"}]}}")).getMessage());
        assertEquals("job.json: results.items[0].alternatives[0].content is missing",
                assertThrows(WerkDataException.class, () -> parse("{\"results\": {\"items\": [{\"type\": \"punctuation\","
                        + " \"alternatives\": [{}]}]}}")).getMessage());
        assertEquals("job.json: results.items[0].start_time 'soon' is not a number",
                assertThrows(WerkDataException.class, () -> parse("{\"results\": {\"items\": ["
                        + item.replace("\"start_time\": \"1\"", "\"start_time\": \"soon\"") + "]}}")).getMessage());
        assertEquals("job.json: results.items[0].type is 'filler'; expected 'pronunciation' or 'punctuation'",
                assertThrows(WerkDataException.class, () -> parse("{\"results\": {\"items\": ["
                        + item.replace("pronunciation", "filler") + "]}}")).getMessage());
        assertEquals("job.json: Transcript[0].Items[0].Content is missing",
                assertThrows(WerkDataException.class, () -> parse("{\"Transcript\": [{\"Items\": [{\"Type\": \"pronunciation\"}]}]}"))
                        .getMessage());
    }

    @Test
    void invalidJsonNamesTheLine() {
        WerkDataException e = assertThrows(WerkDataException.class, () -> parse("{\n  \"results\": {\n    \"items\": [,]\n}"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("job.json:3: not valid JSON: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("job.json");
        Files.write(f, "{\"results\":\n{\"items\": [\"caf\u00e9\"]}}".getBytes(StandardCharsets.ISO_8859_1));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(f + ":2: not valid UTF-8"), e.getMessage());
    }
}
