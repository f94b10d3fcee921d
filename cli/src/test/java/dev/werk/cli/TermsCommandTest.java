package dev.werk.cli;

import static dev.werk.cli.Cli.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code werk terms}: the JSON contract, text and CSV, folders, details, substring counts, bad input. */
class TermsCommandTest {
    @TempDir
    Path dir;

    static String call(String name) {
        return Cli.testdata().resolve("terms-earnings21").resolve(name).toString();
    }

    static final String A2I = Cli.testdata().resolve("transcribe-vocab/a2i-video-custom-vocabulary.tsv").toString();

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private String[] fixtureCall(String... more) {
        String[] base = {"terms", "--ref", call("reference.nlp"), "--hyp", "amazon=" + call("amazon.nlp"), "--hyp",
            "google=" + call("google.nlp"), "--terms", call("oracle_list.txt"), "--normalize", "jiwer2"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void jsonContractOnTheFixtureCall() {
        JsonNode j = expect(0, fixtureCall("-o", "json")).json();
        JsonNode score = expect(0, "score", "--ref", call("reference.nlp"), "--hyp", "amazon=" + call("amazon.nlp"), "--hyp",
                "google=" + call("google.nlp"), "--normalize", "jiwer2", "-o", "json").json();
        assertEquals("jiwer2", j.get("normalizer").asText());
        assertEquals(1013, j.get("termList").get("terms").asInt());
        assertEquals(2, j.get("systems").size());
        for (int s = 0; s < 2; s++) {
            JsonNode sys = j.get("systems").get(s);
            JsonNode alone = score.get("systems").get(s);
            assertEquals(s == 0 ? "amazon" : "google", sys.get("name").asText());
            for (String c : List.of("hits", "substitutions", "deletions", "insertions", "referenceWords")) {
                assertEquals(alone.get(c).asLong(), sys.get("biased").get(c).asLong() + sys.get("unbiased").get(c).asLong(),
                        "B + U = overall: " + c);
                assertEquals(alone.get(c).asLong(), sys.get("overall").get(c).asLong());
            }
            JsonNode b = sys.get("biased");
            assertEquals((b.get("substitutions").asDouble() + b.get("deletions").asDouble() + b.get("insertions").asDouble())
                    / b.get("referenceWords").asDouble(), sys.get("bWer").asDouble(), 1e-12);
            assertEquals(alone.get("wer").asDouble(), sys.get("wer").asDouble(), 1e-12);
            JsonNode terms = sys.get("terms");
            assertEquals(1013, terms.size());
            assertEquals("GOLDMAN SACHS & CO", terms.get(5).get("term").asText(), "terms as written in the list");
            long occ = 0;
            long correct = 0;
            long fa = 0;
            for (JsonNode t : terms) {
                for (String f : List.of("term", "occurrences", "correct", "misses", "falseAlarms", "recall", "precision", "f1")) {
                    assertTrue(t.has(f), f);
                }
                assertEquals(t.get("occurrences").asLong(), t.get("correct").asLong() + t.get("misses").asLong());
                if (t.get("occurrences").asLong() == 0) {
                    assertTrue(t.get("recall").isNull());
                }
                if (t.get("correct").asLong() + t.get("falseAlarms").asLong() == 0) {
                    assertTrue(t.get("precision").isNull());
                }
                occ += t.get("occurrences").asLong();
                correct += t.get("correct").asLong();
                fa += t.get("falseAlarms").asLong();
            }
            JsonNode pooled = sys.get("pooled");
            assertEquals(occ, pooled.get("occurrences").asLong());
            assertEquals(correct, pooled.get("correct").asLong());
            assertEquals(fa, pooled.get("falseAlarms").asLong());
            assertEquals((double) correct / occ, pooled.get("recall").asDouble(), 1e-12);
            assertTrue(occ > 40, "occurrences " + occ);
            assertFalse(sys.has("details"));
        }
        // The reference is one: every system sees the same occurrences.
        for (int t = 0; t < 1013; t++) {
            assertEquals(j.get("systems").get(0).get("terms").get(t).get("occurrences"),
                    j.get("systems").get(1).get("terms").get(t).get("occurrences"));
        }
    }

    @Test
    void detailsListEveryOccurrenceAndFalseAlarm() {
        JsonNode j = expect(0, fixtureCall("-o", "json", "--details")).json();
        Set<String> classes = Set.of("exact", "variant", "split-merge", "miss");
        for (JsonNode sys : j.get("systems")) {
            JsonNode d = sys.get("details");
            assertEquals(sys.get("pooled").get("occurrences").asLong(), d.size());
            long misses = 0;
            for (JsonNode o : d) {
                assertEquals("reference", o.get("utterance").asText(), "an NLP file is one utterance named after the file");
                assertTrue(classes.contains(o.get("class").asText()), o.toString());
                assertEquals(2, o.get("referenceSpan").size());
                misses += o.get("class").asText().equals("miss") ? 1 : 0;
            }
            assertEquals(sys.get("pooled").get("misses").asLong(), misses);
            assertEquals(sys.get("pooled").get("falseAlarms").asLong(), sys.get("falseAlarmDetails").size());
        }
    }

    @Test
    void textCsvAndSubstringCounts() throws Exception {
        Cli.Result text = expect(0, fixtureCall("--method", "count"));
        assertTrue(text.out().contains("B-WER"), text.out());
        assertTrue(text.out().contains("amazon correct"), text.out());
        assertTrue(text.out().contains("substring counts: plain substring counts, no alignment"), text.out());
        Cli.Result detailed = expect(0, fixtureCall("--details"));
        assertTrue(detailed.out().contains("occurrences in google (utterance, reference tokens [from, to), term, class: hypothesis)"),
                detailed.out());
        assertTrue(detailed.out().contains("false alarms in amazon"), detailed.out());
        Cli.Result csv = expect(0, fixtureCall("-o", "csv", "--method", "count"));
        List<String[]> rows = new CSVReader(new StringReader(csv.out())).readAll();
        assertEquals(1 + 1013, rows.size());
        assertEquals(List.of("term", "occurrences", "amazon:correct"), List.of(rows.get(0)).subList(0, 3));
        assertEquals("reference:substringCount", rows.get(0)[2 + 18]);
        JsonNode j = expect(0, fixtureCall("-o", "json", "--method", "count")).json();
        JsonNode counts = j.get("countMethod");
        assertTrue(counts.get("description").asText().startsWith("plain substring counts"));
        assertEquals(1013, counts.get("terms").size());
        long ref = 0;
        for (JsonNode t : counts.get("terms")) {
            ref += t.get("reference").asLong();
            assertTrue(t.get("systems").has("amazon") && t.get("systems").has("google"));
        }
        assertTrue(ref >= j.get("systems").get(0).get("pooled").get("occurrences").asLong() / 2, "counts " + ref);
    }

    @Test
    void variantsSplitsAndFalseAlarmsThroughTheCommandLine() throws Exception {
        Path ref = write("ref.trn", "we keep the model in /opt/ml on EC2 (u1)\nboto3 talks to S3 (u2)\nnothing here (u3)\n");
        Path hyp = write("hyp.trn", "we keep the model in opt ml on e c two (u1)\nboto 3 talks to as three (u2)\nnothing s3 here (u3)\n");
        JsonNode j = expect(0, "terms", "--ref", ref.toString(), "--hyp", hyp.toString(), "--terms", A2I, "--normalize", "jiwer2",
                "-o", "json", "--details").json();
        JsonNode sys = j.get("systems").get(0);
        assertEquals("hypothesis", sys.get("name").asText(), "one unnamed --hyp");
        List<String> got = new java.util.ArrayList<>();
        for (JsonNode o : sys.get("details")) {
            got.add(o.get("utterance").asText() + " " + o.get("term").asText() + " " + o.get("class").asText() + " '"
                    + o.get("hypothesis").asText() + "'");
        }
        assertEquals(List.of("u1 /opt/ml split-merge 'opt ml'", "u1 EC2 variant 'e c two'", "u2 Boto3 split-merge 'boto 3'",
                "u2 S3 miss 'three'"), got);
        // "s3" -> "as three": the aligner inserts "as" and substitutes "three"; a miss is heard as its core's tokens.
        assertEquals(1, sys.get("falseAlarmDetails").size());
        assertEquals("u3", sys.get("falseAlarmDetails").get(0).get("utterance").asText());
    }

    @Test
    void perUtteranceLists() throws Exception {
        Path ref = write("ref.trn", "sagemaker and boto3 (u1)\nsagemaker again (u2)\n");
        Path hyp = write("hyp.trn", "sagemaker and boto3 (u1)\nsagemaker again (u2)\n");
        Path lists = write("bias.tsv", "u1\tBoto3\nu2\tSageMaker\n");
        JsonNode j = expect(0, "terms", "--ref", ref.toString(), "--hyp", hyp.toString(), "--terms", lists.toString(),
                "--normalize", "sclite", "-o", "json").json();
        JsonNode terms = j.get("systems").get(0).get("terms");
        assertEquals("Boto3", terms.get(0).get("term").asText());
        assertEquals(1, terms.get(0).get("occurrences").asInt());
        assertEquals(1, terms.get(1).get("occurrences").asInt(), "SageMaker applies to u2 only");
        assertTrue(j.get("termList").get("perUtterance").asBoolean());
        Path bad = write("bias2.jsonl", "{\"id\": \"u1\", \"terms\": [\"Boto3\"]}\n{\"id\": \"u9\", \"terms\": [\"x\"]}\n");
        Cli.assertDataError(Cli.run("terms", "--ref", ref.toString(), "--hyp", hyp.toString(), "--terms", bad.toString()), bad, 2);
    }

    @Test
    void foldersPoolEveryFile() throws Exception {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Path a = Files.createDirectories(dir.resolve("amazon"));
        Files.copy(Path.of(call("reference.nlp")), refs.resolve("4386541.nlp"));
        Files.copy(Path.of(call("amazon.nlp")), a.resolve("4386541.nlp"));
        JsonNode folders = expect(0, "terms", "--ref", refs.toString(), "--hyp", "amazon=" + a, "--terms", call("oracle_list.txt"),
                "--normalize", "jiwer2", "-o", "json", "--details").json();
        JsonNode file = expect(0, "terms", "--ref", call("reference.nlp"), "--hyp", "amazon=" + call("amazon.nlp"), "--terms",
                call("oracle_list.txt"), "--normalize", "jiwer2", "-o", "json", "--details").json();
        assertEquals(file.get("systems").get(0).get("terms"), folders.get("systems").get(0).get("terms"));
        assertEquals(file.get("systems").get(0).get("biased"), folders.get("systems").get(0).get("biased"));
        assertEquals("4386541", folders.get("systems").get(0).get("details").get(0).get("utterance").asText());
    }

    @Test
    void outputFileIsWrittenWhole() throws Exception {
        Path out = dir.resolve("terms.json");
        Cli.Result r = expect(0, fixtureCall("-o", "json", "--out", out.toString()));
        assertEquals("", r.out());
        assertEquals(2, Cli.JSON.readTree(out.toFile()).get("systems").size());
    }

    // ------------------------------------------------------------------ bad input: one line, file and line, exit 3

    @Test
    void emptyTermList() throws Exception {
        Path t = write("empty.txt", "# no terms yet\n\n");
        Cli.assertDataError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms", t.toString()), t, 1);
    }

    @Test
    void termThatNormalisesToNothing() throws Exception {
        Path t = write("terms.txt", "SageMaker\n# punctuation only:\n?!\n");
        Cli.Result r = Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms", t.toString(),
                "--normalize", "jiwer2");
        Cli.assertDataError(r, t, 3);
        assertTrue(r.err().contains("normalises to nothing"), r.err());
    }

    @Test
    void tableWithUnknownOrMissingColumn() throws Exception {
        Path unknown = write("v1.tsv", "Phrase\tIPA\tSoundsLike\tDisplayAs\tComment\nboto-three\t\t\tBoto3\t\n");
        Cli.assertDataError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms",
                unknown.toString()), unknown, 1);
        Path missing = write("v2.tsv", "Phrase\tSoundsLike\tDisplayAs\nboto-three\t\tBoto3\n");
        Cli.assertDataError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms",
                missing.toString()), missing, 1);
    }

    @Test
    void utteranceIdNotInTheReference() throws Exception {
        Path t = write("bias.tsv", "utt1\tcat\n# utt2 has none\nutt7\tmat\n");
        Cli.assertDataError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms", t.toString()), t, 3);
    }

    @Test
    void usageErrors() {
        Cli.assertUsageError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms",
                dir.resolve("nope.txt").toString()), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms", A2I,
                "--method", "align"), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms", A2I,
                "--unit", "char"), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn"), "--terms", A2I,
                "--terms-format", "xml"), "werk terms");
        Cli.assertUsageError(Cli.run("terms", "--ref", Cli.fixture("ref.trn"), "--hyp", Cli.fixture("hyp.trn")), "werk terms");
    }

    // ------------------------------------------------------------------ werk vocab check

    @Test
    void vocabCheckPassesTheA2iTable() {
        Cli.Result r = expect(0, "vocab", "check", A2I);
        assertTrue(r.out().contains("18 rows, no problems"), r.out());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("werk: warning: " + A2I + ": IPA or SoundsLike is filled in 17 of 18 rows"), r.err());
    }

    @Test
    void vocabCheckListsEveryProblemAndExits3() throws Exception {
        Path t = write("bad.tsv", "Phrase\tIPA\tSoundsLike\tDisplayAs\nboto3\t\t\tBoto3\nC.L.I\t\t\tCLI\nLos Angeles\t\t\n");
        Cli.Result r = expect(3, "vocab", "check", t.toString());
        assertEquals("", r.out());
        assertEquals(List.of(
                "werk: " + t + ":2: row 1, Phrase: 'boto3' has digits; spell numbers out (boto-three)",
                "werk: " + t + ":3: row 2, Phrase: acronym 'C.L.I' in 'C.L.I': each letter is followed by a period, the last one too (C.L.I., Dynamo-D.B.)",
                "werk: " + t + ":4: row 3: 3 fields where the header has 4: columns are separated by single tabs (an empty column keeps its tab)",
                "werk: " + t + ":4: row 3, Phrase: 'Los Angeles' has spaces; join the words with hyphens (Los-Angeles)"), r.errLines());
        Cli.assertNoStackTrace(r);
        Cli.assertUsageError(Cli.run("vocab", "check", dir.resolve("missing.tsv").toString()), "werk vocab check");
        Cli.assertUsageError(Cli.run("vocab"), "werk vocab");
    }

    @Test
    void vocabCheckNamesTheFileOfABadUtf8Table() throws Exception {
        Path t = dir.resolve("latin1.tsv");
        Files.write(t, new byte[] {'P', 'h', 'r', 'a', 's', 'e', '\n', (byte) 0xE9, '\n'});
        Cli.assertDataError(Cli.run("vocab", "check", t.toString()), t, 2);
    }
}
