package dev.werk.cli;

import static dev.werk.cli.Cli.expect;
import static dev.werk.cli.Cli.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --hyp NAME=PATH} (several systems) in score and align, and {@code align -o json}. */
class SystemsCliTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void eachSystemsJsonEqualsItsOwnSingleRunPlusItsName() throws Exception {
        Path other = write("other.trn", "the cat sat on the mat (utt1)\nhello (utt2)\n(utt3)\ngood morning everyone (utt4)\n");
        JsonNode both = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", "base=" + fixture("hyp.trn"),
                "--hyp", "custom=" + other, "-o", "json", "--per-utterance").json();
        JsonNode base = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "-o", "json", "--per-utterance").json();
        JsonNode custom = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", other.toString(), "-o", "json", "--per-utterance").json();
        assertEquals(2, both.get("systems").size());
        for (int s = 0; s < 2; s++) {
            JsonNode got = both.get("systems").get(s).deepCopy();
            assertEquals(s == 0 ? "base" : "custom", got.get("name").asText());
            ((com.fasterxml.jackson.databind.node.ObjectNode) got).remove("name");
            JsonNode alone = (s == 0 ? base : custom).deepCopy();
            assertEquals(alone, got, "system " + s + " equals its own run");
        }
        assertEquals(4.0 / 11, both.get("systems").get(0).get("wer").asDouble(), 1e-12);
    }

    @Test
    void textHasARowPerSystemAndCsvASystemColumn() throws Exception {
        Cli.Result text = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", "base=" + fixture("hyp.trn"),
                "--hyp", "same=" + fixture("ref.trn"));
        assertTrue(text.out().contains(" base |"), text.out());
        assertTrue(text.out().contains(" same |"), text.out());
        assertTrue(text.out().contains("36.36%"), "base WER 4/11 in the table:\n" + text.out());
        assertTrue(text.out().contains("  same:"), "each system's input is named:\n" + text.out());
        Cli.Result csv = expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", "base=" + fixture("hyp.trn"),
                "--hyp", "same=" + fixture("ref.trn"), "-o", "csv");
        List<String[]> rows = new CSVReader(new StringReader(csv.out())).readAll();
        assertEquals("system", rows.get(0)[0]);
        assertEquals(1 + 8, rows.size(), "a header and 4 utterances per system");
        assertEquals("base", rows.get(1)[0]);
        assertEquals("same", rows.get(8)[0]);
    }

    @Test
    void foldersOfSeveralSystems() throws Exception {
        write("ref/a.txt", "one two three\n");
        write("ref/b.txt", "four five\n");
        write("x/a.txt", "one two three\n");
        write("x/b.txt", "four\n");
        write("y/a.txt", "one too three\n");
        JsonNode j = expect(0, "score", "--ref", dir.resolve("ref").toString(), "--hyp", "x=" + dir.resolve("x"),
                "--hyp", "y=" + dir.resolve("y"), "-o", "json").json();
        JsonNode x = j.get("systems").get(0);
        JsonNode y = j.get("systems").get(1);
        assertEquals(1, x.get("deletions").asLong());
        assertEquals(2, x.get("files").size());
        assertEquals(1, y.get("substitutions").asLong());
        assertEquals(2, y.get("deletions").asLong(), "y lacks b.txt: all deletions");
        assertTrue(y.get("files").get(1).get("hypothesisMissing").asBoolean());
    }

    @Test
    void namingMistakesAreUsageErrors() {
        Cli.Result mixed = expect(2, "score", "--ref", fixture("ref.trn"), "--hyp", "a=" + fixture("hyp.trn"), "--hyp", fixture("hyp.trn"));
        assertTrue(mixed.err().contains("name each one"), mixed.err());
        Cli.Result twice = expect(2, "score", "--ref", fixture("ref.trn"), "--hyp", "a=" + fixture("hyp.trn"), "--hyp", "a=" + fixture("ref.trn"));
        assertTrue(twice.err().contains("given twice"), twice.err());
        expect(2, "score", "--ref", fixture("ref.trn"), "--hyp", "a=");
    }

    @Test
    void alignJsonContract() throws Exception {
        Path stm = write("r.stm", "rec 1 spk 0.0 9.0 the cat sat\n");
        Path ctm = write("h.ctm", "rec 1 0.5 0.25 the 0.9\nrec 1 1.0 0.5 cap 0.4\nrec 1 3.0 0.5 down 0.7\n");
        JsonNode j = expect(0, "align", "--ref", stm.toString(), "--hyp", ctm.toString(), "-o", "json").json();
        JsonNode steps = j.get("utterances").get(0).get("steps");
        assertEquals(3, steps.size());
        assertEquals("hit", steps.get(0).get("op").asText());
        assertEquals(0, steps.get(0).get("refIndex").asInt());
        assertEquals(0.5, steps.get(0).get("start").asDouble(), 1e-12);
        assertEquals(0.75, steps.get(0).get("end").asDouble(), 1e-12);
        assertEquals(0.9, steps.get(0).get("confidence").asDouble(), 1e-12);
        assertEquals("substitution", steps.get(1).get("op").asText());
        assertEquals("cat", steps.get(1).get("ref").asText());
        assertEquals("cap", steps.get(1).get("hyp").asText());
        assertEquals(0.4, steps.get(1).get("confidence").asDouble(), 1e-12);
        assertEquals("substitution", steps.get(2).get("op").asText(), "sat/down");
        Path ref = write("r.txt", "a b c\na c\n");
        Path hyp = write("h.txt", "a c\na b c\n");
        JsonNode utts = expect(0, "align", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json").json().get("utterances");
        // a b c / a c: hit, deletion of b, hit; a c / a b c: hit, insertion of b, hit.
        JsonNode del = utts.get(0).get("steps").get(1);
        assertEquals("deletion", del.get("op").asText());
        assertEquals("b", del.get("ref").asText());
        assertTrue(del.get("hyp").isNull());
        assertTrue(del.get("hypIndex").isNull());
        assertTrue(del.get("start").isNull());
        JsonNode ins = utts.get(1).get("steps").get(1);
        assertEquals("insertion", ins.get("op").asText());
        assertTrue(ins.get("refIndex").isNull());
        assertEquals(1, ins.get("hypIndex").asInt());
        assertTrue(ins.get("confidence").isNull(), "plain text has no confidences");
    }
}
