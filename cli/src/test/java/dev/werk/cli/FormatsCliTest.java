package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The STM, CTM, NLP and Transcribe formats, whole-file scoring and folders, run in-process. */
class FormatsCliTest {
    @TempDir
    Path dir;

    /** What a run printed and returned. */
    private record Run(int code, String out, String err) {
    }

    private static Run werk(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path testdata(String relative) {
        String d = System.getProperty("werk.testdata");
        return (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve(relative);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void stmAgainstCtmGivesSclitesSegments() throws IOException {
        // sclite test3 scores 61 segments of lvc_ref.stm against lvc_hyp.ctm
        Run r = werk("score", "--ref", testdata("sctk/lvc_ref.stm").toString(), "--hyp",
                testdata("sctk/lvc_hyp.ctm").toString(), "--cost", "sclite", "-o", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals(61, j.get("utterances").asInt());
        assertEquals("stm", j.get("sources").get("referenceFormat").asText());
        assertEquals("ctm", j.get("sources").get("hypothesisFormat").asText());
    }

    @Test
    void ctmChannelMissingFromTheStmExitsWithDataError() {
        Run r = werk("score", "--ref", testdata("sctk/stm2ctm_missing.ref.stm").toString(), "--hyp",
                testdata("sctk/stm2ctm_missing.hyp-extra.ctm").toString());
        assertEquals(3, r.code());
        assertEquals("werk: " + testdata("sctk/stm2ctm_missing.hyp-extra.ctm") + ":168: file/channel '9999' 'B' is not in "
                + "the reference " + testdata("sctk/stm2ctm_missing.ref.stm") + " (sclite: 'Hyp file has more data than ref file')\n",
                r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "ctm with too few fields;  hyp.ctm;  f A 1 0.5 w|f A 2 0.5;   hyp.ctm:2: a CTM line needs at least 5 fields",
        "ctm time not a number;    hyp.ctm;  f A 1 0.5 w|f A 2s 0.5 x; hyp.ctm:2: begin time '2s' is not a number",
        "stm with too few fields;  ref.stm;  f A s 0 1 w|f A s 2;     ref.stm:2: an STM line needs at least 5 fields",
        "stm time not a number;    ref.stm;  f A s 0 one w;           ref.stm:1: end time 'one' is not a number",
        "json not from Transcribe; hyp.json; {\"text\": \"w\"};         hyp.json: not an Amazon Transcribe output",
        "transcribe item lacking;  hyp.json; {\"results\": {\"items\": [{\"type\": \"pronunciation\"}]}}; hyp.json: results.items[0].alternatives is missing",
    })
    void badInputIsOneLineNamingFileAndPlaceWithExitCode3(String what, String bad, String content, String expected)
            throws IOException {
        Path ref = write("ref.stm", "f A s 0 9 w x\n");
        Path hyp = write("hyp.ctm", "f A 1 0.5 w\n");
        Path badFile = write(bad, content.replace('|', '\n') + "\n");
        if (bad.startsWith("ref")) {
            ref = badFile;
        } else {
            hyp = badFile;
        }
        Run r = werk("score", "--ref", ref.toString(), "--hyp", hyp.toString());
        assertEquals(3, r.code(), what + ": " + r.err());
        assertTrue(r.err().startsWith("werk: " + dir.resolve(expected.substring(0, expected.indexOf(':')))
                + expected.substring(expected.indexOf(':'))), what + ": " + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aFileThatIsNotUtf8ExitsWithDataErrorNamingTheLine() throws IOException {
        Path ref = write("ref.stm", "f A s 0 9 w\n");
        Path hyp = dir.resolve("hyp.ctm");
        Files.write(hyp, "f A 1 1 ok\nf A 2 1 na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = werk("score", "--ref", ref.toString(), "--hyp", hyp.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("werk: " + hyp + ":2: not valid UTF-8"), r.err());
    }

    @Test
    void nlpAndTranscribeFilesAreOneUtteranceEach() throws IOException {
        Path ref = write("call.nlp", "token|speaker|ts|endTs|punctuation|case|tags\nWe|1||||UC|[]\ntrained|1||||LC|[]\n"
                + "it|1||||LC|[]\nin|1||||LC|[]\nPyTorch|1|||.|MC|[]\nGreat|2||||UC|[]\nthanks|2|||.|LC|[]\n");
        Run r = werk("score", "--ref", ref.toString(), "--hyp", testdata("transcribe/batch-diarized.json").toString(),
                "-o", "json", "--per-utterance");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals(7, j.get("hits").asInt());
        assertEquals(0, j.get("errors").asInt());
        assertEquals("call", j.get("perUtterance").get(0).get("id").asText());
        assertEquals("transcribe", j.get("sources").get("hypothesisFormat").asText());
    }

    @Test
    void formatsCanBeGivenAndUnknownOnesAreUsageErrors() throws IOException {
        Path ref = write("ref.data", "token\nhello\n");
        Path hyp = write("hyp.data", "hello\n");
        Run r = werk("score", "--ref", ref.toString(), "--ref-format", "nlp", "--hyp", hyp.toString(), "-o", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, json(r.out()).get("hits").asInt());
        Run bad = werk("score", "--ref", ref.toString(), "--ref-format", "srt", "--hyp", hyp.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown format 'srt' (expected one of plain, trn, kaldi, stm, ctm, nlp, transcribe)"),
                bad.err());
    }

    @Test
    void wholeFileScoresEachFileAsOneUtterance() throws IOException {
        Path ref = write("ref.txt", "the cat\nsat on\nthe mat\n");
        Path hyp = write("hyp.txt", "the cat sat\non the mat\n");
        assertEquals(3, werk("score", "--ref", ref.toString(), "--hyp", hyp.toString()).code(), "3 lines against 2");
        Run r = werk("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--whole-file", "-o", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals(1, j.get("utterances").asInt());
        assertEquals(6, j.get("hits").asInt());
        assertEquals(0, j.get("errors").asInt());
    }

    @Test
    void foldersArePairedByBaseNameWithAPerFileTableAndTheTotal() throws IOException {
        write("ref/a.txt", "one two three\nfour\n");
        write("hyp/a.txt", "one too three\nfour five\n");   // H3 S1 I1
        write("ref/b.trn", "six seven (u1)\n");
        write("hyp/b.trn", "six seven (u1)\n");            // H2
        write("ref/c.txt", "eight nine\n");                // no hypothesis: D2
        Run r = werk("score", "--ref", dir.resolve("ref").toString(), "--hyp", dir.resolve("hyp").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("werk: warning: " + dir.resolve("ref/c.txt") + ": no hypothesis file with base name 'c' in "
                + dir.resolve("hyp") + "; scored as all deletions\n", r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("file +#utt +#ref +hits +sub +del +ins +errors +WER%"), lines[0]);
        assertTrue(lines[1].matches("a +2 +4 +3 +1 +0 +1 +2 +50\\.00"), lines[1]);
        assertTrue(lines[2].matches("b +1 +2 +2 +0 +0 +0 +0 +0\\.00"), lines[2]);
        assertTrue(lines[3].matches("c +1 +2 +0 +0 +2 +0 +2 +100\\.00 +\\(no hypothesis\\)"), lines[3]);
        assertTrue(lines[4].matches("total +4 +8 +5 +1 +2 +1 +4 +50\\.00"), lines[4]);
        assertTrue(r.out().contains("WER 50.00% (4 errors / 8 reference words)"), r.out());
    }

    @Test
    void foldersInJsonHaveAFilesArrayBesideThePooledFields() throws IOException {
        write("ref/a.txt", "one two three\n");
        write("hyp/a.txt", "one too three\n");
        write("ref/b.txt", "four\n");
        Run r = werk("score", "--ref", dir.resolve("ref").toString(), "--hyp", dir.resolve("hyp").toString(), "-o", "json",
                "--per-utterance");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals(2, j.get("errors").asInt());
        assertEquals(0.5, j.get("wer").asDouble(), 1e-12);
        assertEquals(2, j.get("files").size());
        JsonNode a = j.get("files").get(0);
        assertEquals("a", a.get("name").asText());
        assertEquals(1, a.get("substitutions").asInt());
        assertEquals(1.0 / 3.0, a.get("wer").asDouble(), 1e-12);
        JsonNode b = j.get("files").get(1);
        assertTrue(b.get("hypothesisMissing").asBoolean());
        assertTrue(b.get("hypothesis").isNull());
        assertEquals(1, b.get("deletions").asInt());
        assertEquals("a/1", j.get("perUtterance").get(0).get("id").asText());
        assertEquals(1, j.get("warnings").size());
    }

    @Test
    void aHypothesisFileWithoutReferenceIsLeftOutWithAWarning() throws IOException {
        write("ref/a.txt", "one\n");
        write("hyp/a.txt", "one\n");
        write("hyp/stray.txt", "two\n");
        Run r = werk("score", "--ref", dir.resolve("ref").toString(), "--hyp", dir.resolve("hyp").toString());
        assertEquals(0, r.code());
        assertEquals("werk: warning: " + dir.resolve("hyp/stray.txt") + ": no reference file with base name 'stray' in "
                + dir.resolve("ref") + "; not scored\n", r.err());
    }

    @Test
    void aFolderAgainstAFileIsAUsageError() throws IOException {
        write("ref/a.txt", "one\n");
        Path hyp = write("hyp.txt", "one\n");
        Run r = werk("score", "--ref", dir.resolve("ref").toString(), "--hyp", hyp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("must both be files or both be folders"), r.err());
    }

    @Test
    void alignShowsFolderUtterancesUnderTheirFileNames() throws IOException {
        write("ref/a.txt", "one two\n");
        write("hyp/a.txt", "one too\n");
        Run r = werk("align", "--ref", dir.resolve("ref").toString(), "--hyp", dir.resolve("hyp").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a/1"), r.out());
    }
}
