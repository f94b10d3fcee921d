package dev.werk.cli;

import static dev.werk.cli.Cli.expect;
import static dev.werk.cli.Cli.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code werk score} end to end; the expected counts are worked out in testdata/cli/README.md. */
class ScoreCommandTest {
    private static final double EPS = 1e-12;
    private static final List<String> CONTRACT = List.of("wer", "mer", "wil", "wip", "hits", "substitutions",
            "deletions", "insertions", "referenceWords", "hypothesisWords", "utterances", "sentenceErrors",
            "cost", "normalizer", "unit");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> ids(JsonNode perUtterance) {
        List<String> ids = new ArrayList<>();
        perUtterance.forEach(u -> ids.add(u.get("id").asText()));
        return ids;
    }

    @Test
    void jsonContractOnTheTrnFixture() {
        Cli.Result r = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "-o", "json");
        assertEquals("", r.err());
        JsonNode j = r.json();
        for (String field : CONTRACT) {
            assertTrue(j.has(field), "missing field " + field + " in " + r.out());
        }
        assertEquals(4.0 / 11, j.get("wer").asDouble(), EPS);
        assertEquals(4.0 / 12, j.get("mer").asDouble(), EPS);
        assertEquals((8.0 / 11) * (8.0 / 10), j.get("wip").asDouble(), EPS);
        assertEquals(1 - (8.0 / 11) * (8.0 / 10), j.get("wil").asDouble(), EPS);
        assertEquals(8, j.get("hits").asLong());
        assertEquals(1, j.get("substitutions").asLong());
        assertEquals(2, j.get("deletions").asLong());
        assertEquals(1, j.get("insertions").asLong());
        assertEquals(11, j.get("referenceWords").asLong());
        assertEquals(10, j.get("hypothesisWords").asLong());
        assertEquals(4, j.get("utterances").asLong());
        assertEquals(3, j.get("sentenceErrors").asLong());
        assertEquals("levenshtein", j.get("cost").asText());
        assertEquals("none", j.get("normalizer").asText());
        assertEquals("word", j.get("unit").asText());
        assertFalse(j.has("perUtterance"));
        assertFalse(j.has("cer"));
    }

    @Test
    void perUtteranceFollowsTheReferenceOrderWithItsIds() {
        JsonNode j = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"),
                "-o", "json", "--per-utterance").json();
        JsonNode per = j.get("perUtterance");
        assertEquals(List.of("utt1", "utt2", "utt3", "utt4"), ids(per));
        assertEquals(4, per.get(0).get("hits").asLong());
        assertEquals(1, per.get(0).get("substitutions").asLong());
        assertEquals(1, per.get(0).get("deletions").asLong());
        assertTrue(per.get(2).get("wer").isNull(), "empty reference");
        assertEquals(1, per.get(3).get("deletions").asLong());
    }

    @Test
    void plainFilesUseOneBasedLineNumbersAsIds() {
        JsonNode j = expect(0, "score", "--ref", fixture("ref.txt"), "--hyp", fixture("hyp.txt"),
                "-o", "json", "--per-utterance").json();
        assertEquals(List.of("1", "2", "3"), ids(j.get("perUtterance")));
        assertEquals(0.4, j.get("wer").asDouble(), EPS);
        assertEquals(4, j.get("hits").asLong());
        assertEquals(1, j.get("substitutions").asLong());
        assertEquals(0, j.get("deletions").asLong());
        assertEquals(1, j.get("insertions").asLong());
        assertEquals(6, j.get("hypothesisWords").asLong());
        assertEquals(1, j.get("perUtterance").get(1).get("insertions").asLong());
        assertEquals("plain", j.get("sources").get("referenceFormat").asText());
    }

    @Test
    void formatOptionsOverrideTheExtension() throws IOException {
        Path ref = write("ref.data", "u1 a b c\nu2 d\n");
        Path hyp = write("hyp.data", "a b (u1)\nd (u2)\n");
        JsonNode j = expect(0, "score", "--ref", ref.toString(), "--ref-format", "kaldi",
                "--hyp", hyp.toString(), "--hyp-format", "TRN", "-o", "json").json();
        assertEquals(1, j.get("deletions").asLong());
        assertEquals(3, j.get("hits").asLong());
        assertEquals("kaldi", j.get("sources").get("referenceFormat").asText());
        assertEquals("trn", j.get("sources").get("hypothesisFormat").asText());
    }

    @Test
    void charUnitAddsCer() throws IOException {
        // "ab c" vs "abc": one of four characters (the space) deleted; é composed vs decomposed is equal.
        Path ref = write("ref.txt", "ab c\ncafe\u0301\n");
        Path hyp = write("hyp.txt", "abc\ncaf\u00e9\n");
        JsonNode j = expect(0, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--unit", "char", "-o", "json").json();
        assertEquals(1.0 / 8, j.get("cer").asDouble(), EPS);
        assertEquals(1.0 / 8, j.get("wer").asDouble(), EPS);
        assertEquals(8, j.get("referenceWords").asLong());
        assertEquals("char", j.get("unit").asText());
    }

    @Test
    void costModelsOnTheKnownScliteCase() throws IOException {
        Path ref = write("ref.txt", "yes yes no no no\n");
        Path hyp = write("hyp.txt", "well um ok yes yes\n");
        JsonNode sclite = expect(0, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--cost", "sclite", "-o", "json").json();
        assertEquals(2, sclite.get("hits").asLong());
        assertEquals(0, sclite.get("substitutions").asLong());
        assertEquals(3, sclite.get("deletions").asLong());
        assertEquals(3, sclite.get("insertions").asLong());
        assertEquals(1.2, sclite.get("wer").asDouble(), EPS);
        assertEquals("sclite", sclite.get("cost").asText());

        JsonNode lev = expect(0, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--cost", "levenshtein", "-o", "json").json();
        assertEquals(0, lev.get("hits").asLong());
        assertEquals(5, lev.get("substitutions").asLong());
        assertEquals(0, lev.get("deletions").asLong());
        assertEquals(0, lev.get("insertions").asLong());
        assertEquals(1.0, lev.get("wer").asDouble(), EPS);
        assertEquals("levenshtein", lev.get("cost").asText());
    }

    @Test
    void csvHasOneRowPerUtterance() throws IOException, CsvException {
        Cli.Result r = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "-o", "csv");
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new StringReader(r.out()))) {
            rows = reader.readAll();
        }
        assertEquals(5, rows.size());
        assertEquals("id", rows.get(0)[0]);
        List<String> header = List.of(rows.get(0));
        String[] utt1 = rows.get(1);
        assertEquals("utt1", utt1[0]);
        assertEquals("4", utt1[header.indexOf("hits")]);
        assertEquals("1", utt1[header.indexOf("substitutions")]);
        assertEquals("1", utt1[header.indexOf("deletions")]);
        assertEquals("0", utt1[header.indexOf("insertions")]);
        assertEquals("", rows.get(3)[header.indexOf("wer")], "utt3 has an empty reference");
    }

    @Test
    void textIsTheDefault() {
        Cli.Result r = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"));
        assertTrue(r.out().contains("WER 36.36% (4 errors / 11 reference words)"), r::toString);
        assertTrue(r.out().contains("cost model: levenshtein"), r::toString);
        assertTrue(r.out().contains("normalizer: none"), r::toString);
        Cli.Result per = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "--per-utterance");
        assertTrue(per.out().lines().anyMatch(l -> l.startsWith("utt4 ")), per::toString);
    }

    @Test
    void referenceWithoutHypothesisWarnsAndScoresDeletions() throws IOException {
        Path ref = write("ref.trn", "a b (u1)\nc d (u2)\n");
        Path hyp = write("hyp.trn", "a b (u1)\n");
        Cli.Result r = expect(0, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json", "--per-utterance");
        List<String> err = r.errLines();
        assertEquals(1, err.size(), r::toString);
        assertTrue(err.get(0).startsWith("werk: warning: " + ref + ":2: "), r::toString);
        assertTrue(err.get(0).contains("'u2'"), r::toString);
        JsonNode j = r.json();
        assertEquals(2, j.get("deletions").asLong());
        assertTrue(j.get("perUtterance").get(1).get("hypothesisMissing").asBoolean());
        assertEquals(1, j.get("warnings").size());
    }

    @Test
    void outWritesTheFileAndNothingToStdout() throws IOException {
        Path target = dir.resolve("score.json");
        Files.writeString(target, "previous");
        Cli.Result r = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "-o", "json",
                "--out", target.toString());
        assertEquals("", r.out());
        JsonNode j = Cli.JSON.readTree(target.toFile());
        assertEquals(11, j.get("referenceWords").asLong());
        assertNoPartFiles();
    }

    @Test
    void failingRunLeavesThePreviousOutputUntouched() throws IOException {
        Path target = dir.resolve("score.json");
        Files.writeString(target, "previous");
        Path ref = write("ref.trn", "a (u1)\n");
        Path hyp = write("hyp.trn", "a (u1)\nb (u9)\n");
        Cli.Result r = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json", "--out", target.toString());
        Cli.assertDataError(r, hyp, 2);
        assertEquals("previous", Files.readString(target));
        assertNoPartFiles();
    }

    @Test
    void failingRunCreatesNoOutput() throws IOException {
        Path target = dir.resolve("new.json");
        Path ref = write("ref.txt", "a\nb\n");
        Path hyp = write("hyp.txt", "a\n");
        Cli.assertDataError(Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--out", target.toString()), ref, 2);
        assertFalse(Files.exists(target));
        assertNoPartFiles();
    }

    private void assertNoPartFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
            assertEquals(List.of(), parts);
        }
    }
}
