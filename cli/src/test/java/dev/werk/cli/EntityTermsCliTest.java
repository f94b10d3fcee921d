package dev.werk.cli;

import static dev.werk.cli.Cli.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code werk terms --entities} on the hand-made call of {@code testdata/entities} (see its
 * NOTICE): every figure below was worked out by hand from the README's rule.
 *
 * <p>Reference (14 tokens): Good morning [the third quarter [2020]YEAR,CARDINAL]DATE revenue was
 * [$5 million]MONEY [we'll]CONTRACTION see [Acme Corp]ORG. {@code sys} says "the third quarter twenty
 * twenty", "five million dollars", "we will", "Acme Court": five variants and a miss; levenshtein
 * gives H 10, S 4 (2020, $5, we'll, Corp), I 3 (twenty, dollars, will or we), every insertion in a
 * claimed run, so B = 9 reference tokens with 7 errors and U = 5 tokens with none. {@code other}
 * says everything as written but "5 million": five exact, MONEY missed, one substitution.
 */
class EntityTermsCliTest {
    @TempDir
    Path dir;

    static Path data(String relative) {
        return Cli.testdata().resolve("entities").resolve(relative);
    }

    static String ref() {
        return data("transcripts/nlp_references/call.nlp").toString();
    }

    static String[] folders(String... more) {
        List<String> a = new ArrayList<>(List.of("terms", "--ref", data("transcripts/nlp_references").toString(), "--hyp",
                "sys=" + data("output/sys"), "--hyp", "other=" + data("output/other"), "--entities"));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    static String[] single(String... more) {
        List<String> a = new ArrayList<>(List.of("terms", "--ref", ref(), "--hyp", data("output/sys/call.nlp").toString(),
                "--entities", "--ref-norm", data("transcripts/normalizations/call.norm.json").toString(), "--ref-tags",
                data("transcripts/wer_tags/call.wer_tag.json").toString()));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    @Test
    void jsonOfOneFileWithItsSideFiles() {
        JsonNode j = expect(0, single("-o", "json", "--details")).json();
        assertTrue(j.get("entities").get("normalization").asText().endsWith("call.norm.json"));
        assertTrue(j.get("entities").get("tags").asText().endsWith("call.wer_tag.json"));
        assertEquals(6, j.get("entities").get("classes").asInt());
        assertEquals(0, j.get("entities").get("leftOut").asInt());
        assertFalse(j.has("termList"));
        JsonNode s = j.get("systems").get(0);
        assertEquals("hypothesis", s.get("name").asText());
        JsonNode p = s.get("pooled");
        assertEquals(6, p.get("occurrences").asInt());
        assertEquals(5, p.get("correct").asInt());
        assertEquals(0, p.get("exact").asInt());
        assertEquals(5, p.get("variant").asInt());
        assertEquals(1, p.get("misses").asInt());
        assertTrue(p.get("falseAlarms").isNull());
        assertTrue(p.get("precision").isNull());
        assertTrue(p.get("f1").isNull());
        assertEquals(5.0 / 6, p.get("recall").asDouble(), 1e-12);
        JsonNode b = s.get("biased");
        assertEquals(List.of(5, 4, 0, 3, 9, 7), List.of(b.get("hits").asInt(), b.get("substitutions").asInt(),
                b.get("deletions").asInt(), b.get("insertions").asInt(), b.get("referenceWords").asInt(), b.get("errors").asInt()));
        assertEquals(5, s.get("unbiased").get("hits").asInt());
        assertEquals(0, s.get("unbiased").get("errors").asInt());
        assertEquals(7.0 / 9, s.get("bWer").asDouble(), 1e-12);
        assertEquals(0.0, s.get("uWer").asDouble(), 1e-12);
        assertEquals(0.5, s.get("wer").asDouble(), 1e-12);
        List<String> classes = new ArrayList<>();
        for (JsonNode c : s.get("classes")) {
            classes.add(c.get("class").asText() + " " + c.get("occurrences").asInt() + " " + c.get("correct").asInt() + " "
                    + c.get("biased").get("errors").asInt() + "/" + c.get("biased").get("referenceWords").asInt() + " "
                    + c.get("bWer").asDouble());
            assertTrue(c.get("falseAlarms").isNull());
        }
        // YEAR "2020" as "twenty twenty": a substitution and an insertion for one token (200 %); ORG: Corp -> Court
        assertEquals(List.of("CARDINAL 1 1 2/1 2.0", "CONTRACTION 1 1 2/1 2.0", "DATE 1 1 2/4 0.5", "MONEY 1 1 2/2 1.0",
                "ORG 1 0 1/2 0.5", "YEAR 1 1 2/1 2.0"), classes);
        List<String> details = new ArrayList<>();
        for (JsonNode d : s.get("details")) {
            details.add(d.get("utterance").asText() + " " + d.get("entity").asText() + " " + d.get("entityClass").asText() + " "
                    + d.get("referenceSpan") + " " + d.get("reference").asText() + " -> " + d.get("class").asText() + ": "
                    + d.get("hypothesis").asText());
        }
        assertEquals(List.of(
                "call 2 DATE [2,6] the third quarter 2020 -> variant: the third quarter twenty twenty",
                "call 0 YEAR [5,6] 2020 -> variant: twenty twenty",
                "call 1 CARDINAL [5,6] 2020 -> variant: twenty twenty",
                "call 3 MONEY [8,10] $5 million -> variant: five million dollars",
                "call 4 CONTRACTION [10,11] we'll -> variant: we will",
                "call 5 ORG [12,14] Acme Corp -> miss: Acme Court"), details);
        // biased + unbiased is the system's werk score
        JsonNode score = expect(0, "score", "--ref", ref(), "--hyp", data("output/sys/call.nlp").toString(), "-o", "json").json();
        for (String c : List.of("hits", "substitutions", "deletions", "insertions")) {
            assertEquals(score.get(c).asInt(), b.get(c).asInt() + s.get("unbiased").get(c).asInt(), c);
            assertEquals(score.get(c).asInt(), s.get("overall").get(c).asInt(), c);
        }
    }

    @Test
    void textOfFoldersFindsTheSideFilesAsFstalignDoes() {
        Cli.Result r = expect(0, folders());
        String out = r.out();
        assertTrue(out.startsWith("werk terms --entities\n"), out);
        assertTrue(out.contains("6 class(es), 6 entities scored, 0 left out without a class"), out);
        assertTrue(out.contains("normalizations") && out.contains("entities" + java.io.File.separator + "transcripts"
                + java.io.File.separator + "normalizations"), out);
        assertTrue(out.matches("(?s).*\\nsys +50\\.00% +77\\.78% +0\\.00% +9 +5 +6 +5 +0 +5 +0 +1 +83\\.3%\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nother +7\\.14% +11\\.11% +0\\.00% +9 +5 +6 +5 +5 +0 +0 +1 +83\\.3%\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nMONEY +1 +1 +0 +100\\.0% +100\\.0% +0 +1 +0\\.0% +50\\.0%\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nORG +1 +0 +1 +0\\.0% +50\\.0% +1 +0 +100\\.0% +0\\.0%\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nall entities +6 +5 +1 +83\\.3% +77\\.8% +5 +1 +83\\.3% +11\\.1%\\n.*"), out);
        assertTrue(out.contains("false alarms: not defined for entities"), out);
        assertFalse(out.contains("entities in sys"), out);
        String details = expect(0, folders("--details")).out();
        assertTrue(details.contains("  call 3 MONEY [8,10): $5 million -> miss: 5 million\n"), details);
        assertTrue(details.contains("  call 0 YEAR [5,6): 2020 -> exact: 2020\n"), details);
    }

    @Test
    void aNormaliserThatMergesWordsPlacesTheEntityOnTheMergedToken() {
        // whisper-english writes "$5 million" and "five million dollars" as one token, "$5000000",
        // and "we'll" as "we will": the MONEY span is token [8, 9), the CONTRACTION [9, 11)
        String out = expect(0, folders("--normalize", "whisper-english", "--details")).out();
        assertTrue(out.contains("  call 3 MONEY [8,9): $5000000 -> exact: $5000000\n"), out);
        assertTrue(out.contains("  call 4 CONTRACTION [9,11): we will -> exact: we will\n"), out);
        assertTrue(out.contains("  call 3 MONEY [8,9): $5000000 -> miss: 5000000\n"), out);
    }

    @Test
    void csvHasOneRowPerClassAndAllEntities() throws Exception {
        Path out = dir.resolve("entities.csv");
        expect(0, folders("-o", "csv", "--out", out.toString()));
        List<String[]> rows = new CSVReader(new StringReader(Files.readString(out))).readAll();
        assertEquals(List.of("class", "occurrences", "sys:correct", "sys:exact", "sys:variant", "sys:splitMerge", "sys:misses",
                "sys:recall", "sys:referenceWords", "sys:errors", "sys:bWer", "other:correct", "other:exact", "other:variant",
                "other:splitMerge", "other:misses", "other:recall", "other:referenceWords", "other:errors", "other:bWer"),
                List.of(rows.get(0)));
        assertEquals(8, rows.size());
        // MONEY: sys "$5 million" as "five million dollars" (S, H, I in the claimed run), other "5 million" (S, H)
        assertEquals(List.of("MONEY", "1", "1", "0", "1", "0", "0", "1.0", "2", "2", "1.0", "0", "0", "0", "0", "1", "0.0", "2",
                "1", "0.5"), List.of(rows.get(4)));
        // DATE "the third quarter 2020": sys H H H S and the insertion of its claimed run
        assertEquals(List.of("4", "2", "0.5"), List.of(rows.get(3)).subList(8, 11));
        assertEquals(List.of("all entities", "6", "5", "0", "5", "0", "1", String.valueOf(5.0 / 6), "9", "7",
                String.valueOf(7.0 / 9), "5", "5", "0", "0", "1", String.valueOf(5.0 / 6), "9", "1", String.valueOf(1.0 / 9)),
                List.of(rows.get(7)));
    }

    @Test
    void theSingleFileFindsItsSideFilesInTheSiblingFolders() {
        JsonNode j = expect(0, "terms", "--ref", ref(), "--hyp", data("output/other/call.nlp").toString(), "--entities",
                "-o", "json").json();
        assertTrue(j.get("entities").get("normalization").asText().endsWith("call.norm.json"), j.toString());
        assertEquals(1, j.get("systems").get(0).get("pooled").get("misses").asInt());
        assertEquals(5, j.get("systems").get(0).get("pooled").get("exact").asInt());
    }

    @Test
    void withoutSideFilesTheClassesComeFromTheTagsLabelsAndOnlyOwnWordsAreAccepted() throws Exception {
        Path alone = dir.resolve("alone.nlp");
        Files.copy(Path.of(ref()), alone);
        JsonNode j = expect(0, "terms", "--ref", alone.toString(), "--hyp", data("output/sys/call.nlp").toString(), "--entities",
                "-o", "json").json();
        assertTrue(j.get("entities").get("normalization").isNull());
        JsonNode s = j.get("systems").get(0);
        // wer_tags ids without a wer_tag file: classes of the tags labels (0 YEAR, 3 MONEY, 4 CONTRACTION); 1, 2, 5 have none
        assertEquals(3, s.get("pooled").get("occurrences").asInt());
        assertEquals(3, j.get("entities").get("leftOut").asInt());
        assertEquals(0, s.get("pooled").get("correct").asInt());
    }

    @Test
    void aCallMissingFromTheNormalizationFolderIsScoredWithItsOwnWordsAndAWarning() throws Exception {
        Path norms = Files.createDirectories(dir.resolve("normalizations"));
        Path tags = Files.createDirectories(dir.resolve("wer_tags"));
        Files.copy(data("transcripts/wer_tags/call.wer_tag.json"), tags.resolve("call.wer_tag.json"));
        Files.writeString(tags.resolve("call.wer_tag.json"), Files.readString(tags.resolve("call.wer_tag.json"))
                .replace("\"5\": {\"entity_type\": \"ORG\"}", "\"5\": {\"entity_type\": \"ORG\"}, \"9\": {\"entity_type\": \"X\"}"));
        Cli.Result r = expect(0, "terms", "--ref", data("transcripts/nlp_references").toString(), "--hyp",
                data("output/sys").toString(), "--entities", "--ref-norm", norms.toString(), "--ref-tags", tags.toString(),
                "-o", "json");
        assertTrue(r.err().contains("werk: warning: call: no call.norm.json in " + norms), r.err());
        // an id of a side file that the reference does not use: a warning for folders, as in werk score --fstalign
        assertTrue(r.err().contains("1 entity id(s) not used by the reference, ignored: 9"), r.err());
        JsonNode p = r.json().get("systems").get(0).get("pooled");
        // own words only: "2020", "$5 million" and "we'll" are missed; DATE too (its 2020 said otherwise)
        assertEquals(6, p.get("occurrences").asInt());
        assertEquals(0, p.get("correct").asInt());
    }

    @Test
    void usageErrors() {
        Cli.assertUsageError(Cli.run(folders("--terms", Cli.fixture("ref.txt"))), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", ref(), "--hyp", ref()), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", ref(), "--hyp", ref(), "--terms", Cli.fixture("ref.txt"), "--ref-norm",
                data("transcripts/normalizations/call.norm.json").toString()), "werk terms");
        Cli.assertUsageError(Cli.run(folders("--method", "count")), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", ref(), "--hyp", ref(), "--entities", "--ref-norm",
                data("transcripts/normalizations").toString()), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", ref(), "--hyp", ref(), "--entities", "--ref-tags",
                dir.resolve("missing.json").toString()), "werk terms");
    }
}
