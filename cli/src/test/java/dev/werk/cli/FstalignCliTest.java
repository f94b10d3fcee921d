package dev.werk.cli;

import static dev.werk.cli.Cli.assertDataError;
import static dev.werk.cli.Cli.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code werk score --fstalign}: the preset named in every output, the entity classes in text, JSON
 * and CSV, and the bad-input rules of the fstalign side files (one line with file and line or JSON
 * path, exit 3). The expected counts are worked out by hand in the comments from fstalign's rules.
 */
class FstalignCliTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** "The year 2020 we'll grow": 2020 is entity 0 (YEAR), we'll entity 1 (CONTRACTION); both in wer_tags too. */
    private Path reference() throws IOException {
        return write("call.nlp", "token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n"
                + "The|1||||UC|[]|[]\n"
                + "year|1||||LC|[]|[]\n"
                + "2020|1||||CA|['0:YEAR']|['0']\n"
                + "we'll|1||||LC|['1:CONTRACTION']|['1']\n"
                + "grow|1|||.|LC|[]|['2']\n");
    }

    private Path norm() throws IOException {
        return write("call.norm.json", "{\"0\": {\"candidates\": [{\"probability\": 0.9, \"verbalization\": [\"twenty\", \"twenty\"]},"
                + " {\"probability\": 0.1, \"verbalization\": [\"two\", \"thousand\", \"twenty\"]}], \"class\": \"YEAR\"},\n"
                + " \"1\": {\"candidates\": [{\"probability\": 0.5, \"verbalization\": [\"we\", \"will\"]}], \"class\": \"CONTRACTION\"}}\n");
    }

    private Path tags() throws IOException {
        return write("call.wer_tag.json", "{\"0\": {\"entity_type\": \"YEAR\"}, \"1\": {\"entity_type\": \"CONTRACTION\"},"
                + " \"2\": {\"entity_type\": \"VERB\"}}\n");
    }

    private Cli.Result score(String... extra) throws IOException {
        Path hyp = write("call.txt", "the year two thousand twenty we will grown\n");
        String[] base = {"score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--fstalign",
            "--ref-norm", norm().toString(), "--ref-tags", tags().toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    /** "twenty um twenty": the insertion lies between two hits of the YEAR entity. */
    private Cli.Result scoreWithInsertion(String... extra) throws IOException {
        Path hyp = write("ins.txt", "the year twenty um twenty we will grow\n");
        String[] base = {"score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--fstalign",
            "--ref-norm", norm().toString(), "--ref-tags", tags().toString(), "-o", "json"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    @Test
    void compositionAdaptedIsFstalignsGreedySearch() throws IOException {
        // fstalign's test align_5 (hyp1): its adapted search answers INS:2 DEL:0 SUB:1 where the
        // standard (cheapest) one answers a single insertion against the synonym "want to"
        Path ref = write("align_5.nlp", "token|speaker|ts|endTs|punctuation|case|tags\n"
                + "a|1||||CA|[]\nb|1||||LC|[]\nc|1||||LC|[]\nd|1|||,|LC|[]\nwanna|1||||LC|[]\ne|1||||LC|[]\n"
                + "f|1||||LC|[]\ng|1||||LC|[]\nh|1||||LC|[]\ni|1||||LC|[]\nj|1||||LC|[]\n");
        Path hyp = write("align_5.txt", "a b c d want uh to e f g h i j\n");
        Path rules = write("syn.txt", "wanna | want to\n");
        Cli.Result standard = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--synonyms", rules.toString(),
                "-o", "json");
        Cli.Result adapted = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--synonyms", rules.toString(),
                "--composition", "adapted", "-o", "json");
        assertEquals(0, standard.code(), standard::toString);
        assertEquals(0, adapted.code(), adapted::toString);
        assertEquals("standard", standard.json().get("fstalign").get("composition").asText());
        assertEquals("adapted", adapted.json().get("fstalign").get("composition").asText());
        assertEquals(1, standard.json().get("insertions").asInt(), standard::toString);
        assertEquals(0, standard.json().get("substitutions").asInt(), standard::toString);
        assertEquals(2, adapted.json().get("insertions").asInt(), adapted::toString);
        assertEquals(1, adapted.json().get("substitutions").asInt(), adapted::toString);
        assertUsageError(Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--composition", "greedy"),
                "werk score");
    }

    @Test
    void compositionStandardWalkerIsFstalignsOwnStandardAnswer() throws IOException {
        // fstalign (dcf2655 --composition-approach standard, and 1.1.0) answers "a b c" / "c x y" with three
        // substitutions (3 errors, cost 4.5); the cheapest path is a hit, two deletions, two insertions (cost 4)
        Path ref = write("abc.txt", "a b c\n");
        Path hyp = write("cxy.txt", "c x y\n");
        Cli.Result cheapest = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--fstalign", "-o", "json");
        Cli.Result walker = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--fstalign",
                "--composition", "standard-walker", "-o", "json");
        assertEquals(0, walker.code(), walker::toString);
        assertEquals("standard-walker", walker.json().get("fstalign").get("composition").asText());
        assertEquals(3, walker.json().get("substitutions").asInt(), walker::toString);
        assertEquals(0, walker.json().get("insertions").asInt(), walker::toString);
        assertEquals(0, walker.json().get("deletions").asInt(), walker::toString);
        assertEquals(2, cheapest.json().get("insertions").asInt(), cheapest::toString);
        assertEquals(2, cheapest.json().get("deletions").asInt(), cheapest::toString);
        Cli.Result text = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--composition", "standard-walker");
        assertTrue(text.out().contains("standard-walker composition"), text::toString);
    }

    @Test
    void insertionsInsideEntitiesAreChargedUnlessTurnedOff() throws IOException {
        for (String[] extra : new String[][] {{}, {"--entity-insertions"}}) {
            Cli.Result r = scoreWithInsertion(extra);
            assertEquals(0, r.code(), r::toString);
            JsonNode year = r.json().get("classes").get(2);
            assertEquals("YEAR", year.get("class").asText());
            assertEquals(1, year.get("insertions").asInt(), r::toString);
            assertEquals("true", r.json().get("fstalign").get("entityInsertions").asText(), r::toString);
        }
        Cli.Result off = scoreWithInsertion("--no-entity-insertions");
        assertEquals(0, off.code(), off::toString);
        assertEquals(0, off.json().get("classes").get(2).get("insertions").asInt(), off::toString);
        assertEquals("false", off.json().get("fstalign").get("entityInsertions").asText(), off::toString);
    }

    @Test
    void jsonNamesThePresetAndGivesTheClasses() throws IOException {
        Cli.Result r = score("-o", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode j = r.json();
        assertEquals("fstalign", j.get("preset").asText());
        assertEquals("fstalign", j.get("cost").asText());
        // the year {two thousand twenty} {we will} grow/grown: 8 reference words, 1 substitution
        assertEquals(8, j.get("referenceWords").asInt());
        assertEquals(1, j.get("substitutions").asInt());
        assertEquals(0, j.get("deletions").asInt() + j.get("insertions").asInt());
        JsonNode classes = j.get("classes");
        assertEquals(3, classes.size());
        assertEquals("CONTRACTION", classes.get(0).get("class").asText());
        assertEquals(2, classes.get(0).get("referenceWords").asInt());
        assertEquals(0.0, classes.get(0).get("wer").asDouble());
        assertEquals("VERB", classes.get(1).get("class").asText());
        assertEquals(1.0, classes.get(1).get("wer").asDouble());
        assertEquals("YEAR", classes.get(2).get("class").asText());
        assertEquals(3, classes.get(2).get("referenceWords").asInt());
        assertEquals(1.0 / 3, j.get("meanClassWer").asDouble(), 1e-12);
    }

    @Test
    void textAndCsvNameThePresetAndListTheClasses() throws IOException {
        Cli.Result t = score();
        assertEquals(0, t.code(), t::toString);
        assertTrue(t.out().startsWith("preset: fstalign ("), t::toString);
        assertTrue(t.out().contains("cost model: fstalign (ins 1, del 1, sub 1.5)"), t::toString);
        assertTrue(t.out().contains("entity classes (wer_tags):"), t::toString);
        assertTrue(t.out().contains("mean over 3 classes: 33.33%"), t::toString);
        Cli.Result c = score("-o", "csv");
        assertEquals(0, c.code(), c::toString);
        String[] lines = c.out().split("\n");
        assertTrue(lines[0].startsWith("id,referenceWords,"), c::toString);
        assertTrue(lines[1].startsWith("call,8,8,7,1,0,0,1,0.125,"), c::toString);
        assertTrue(lines[1].endsWith(",false,fstalign,lowercase,word"), c::toString);
        assertEquals("class:CONTRACTION,2,2,2,0,0,0,0,0.0,,fstalign,lowercase,word", lines[2]);
        assertTrue(lines[lines.length - 1].startsWith("class-mean,,,,,,,,0.333"), c::toString);
    }

    @Test
    void thePresetFindsTheSideFilesBesideTheReference() throws IOException {
        reference();
        norm();
        tags();
        Path hyp = write("hyp/call.txt", "the year twenty twenty we will grow\n");
        Cli.Result r = Cli.run("score", "--ref", dir.resolve("call.nlp").toString(), "--hyp", hyp.toString(), "--fstalign",
                "-o", "json");
        assertEquals(0, r.code(), r::toString);
        assertEquals(0, r.json().get("errors").asInt(), r::toString);
        assertTrue(r.json().get("fstalign").get("normalization").asText().endsWith("call.norm.json"));
    }

    // ---- bad input: one line, file and line or JSON path, exit 3 ----

    @Test
    void aNormalizationFileThatIsNotJson() throws IOException {
        Path bad = write("bad.norm.json", "{\"0\": {\"candidates\": [\n  {oops}\n]}}\n");
        Path hyp = write("h.txt", "x\n");
        Cli.Result r = Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--ref-norm", bad.toString());
        assertDataError(r, bad, 2);
        assertTrue(r.err().contains("not valid JSON"), r::toString);
    }

    @Test
    void aWerTagFileThatIsNotJson() throws IOException {
        Path bad = write("bad.wer_tag.json", "[1, 2]\n");
        Path hyp = write("h.txt", "x\n");
        Cli.Result r = Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--ref-tags", bad.toString());
        assertDataError(r, bad, 1);
        assertTrue(r.err().contains("$: expected a JSON object"), r::toString);
    }

    @Test
    void anEntityIdTheReferenceDoesNotUse() throws IOException {
        Path bad = write("other.norm.json", "{\"0\": {\"candidates\": []},\n \"7\": {\"candidates\": [{\"verbalization\": [\"x\"]}]}}\n");
        Path hyp = write("h.txt", "x\n");
        Cli.Result r = Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--ref-norm", bad.toString());
        assertDataError(r, bad, 2);
        assertTrue(r.err().contains("$.\"7\": entity id '7' is not used by the reference"), r::toString);
        Path badTags = write("other.wer_tag.json", "{\"0\": {\"entity_type\": \"YEAR\"},\n\n \"9\": {\"entity_type\": \"X\"}}\n");
        Cli.Result t = Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--ref-tags", badTags.toString());
        assertDataError(t, badTags, 3);
    }

    @Test
    void aCandidateWithNoWords() throws IOException {
        Path bad = write("blank.norm.json", "{\"0\": {\"candidates\": [\n {\"verbalization\": [\"twenty\", \"  \"]}]}}\n");
        Path hyp = write("h.txt", "x\n");
        Cli.Result r = Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--ref-norm", bad.toString());
        assertDataError(r, bad, 2);
        assertTrue(r.err().contains("$.\"0\".candidates[0].verbalization[1]"), r::toString);
        Path none = write("none.norm.json", "{\"0\": {\"candidates\": [{\"probability\": 1.0}]}}\n");
        Cli.Result n = Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--ref-norm", none.toString());
        assertDataError(n, none, 1);
        assertTrue(n.err().contains("$.\"0\".candidates[0]: a candidate with no 'verbalization'"), n::toString);
    }

    @Test
    void aSynonymsLineThatDoesNotParse() throws IOException {
        Path bad = write("syn.txt", "# rules\ni am | i'm\nwe are we're\n");
        Path hyp = write("h.txt", "x\n");
        Cli.Result r = Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--synonyms", bad.toString());
        assertDataError(r, bad, 3);
        Path twoPipes = write("syn2.txt", "a | b | c\n");
        assertDataError(Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--synonyms",
                twoPipes.toString()), twoPipes, 1);
    }

    @Test
    void optionsThatContradictThePresetAreUsageErrors() throws IOException {
        Path hyp = write("h.txt", "x\n");
        assertUsageError(Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--fstalign", "--cost",
                "sclite"), "werk score");
        assertUsageError(Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--fstalign",
                "--normalize", "jiwer"), "werk score");
        assertUsageError(Cli.run("score", "--ref", reference().toString(), "--hyp", hyp.toString(), "--ref-norm",
                dir.resolve("missing.json").toString()), "werk score");
    }
    /**
     * "The year IBM grew" against "the Year IBM Grow": The (UC) / the is a false negative, year (LC) /
     * Year a false positive, IBM (CA) / IBM a true positive; grew (LC) / Grow a substituted false
     * positive. Matching words: 1 / 1 / 1 (precision 0.5, recall 0.5); all: 1 / 2 / 1 (1/3, 0.5).
     */
    private Cli.Result caseStats(String... extra) throws IOException {
        Path ref = write("case.nlp", "token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n"
                + "The|1||||UC|[]|[]\nyear|1||||LC|[]|[]\nIBM|1||||CA|[]|[]\ngrew|1|||.|LC|[]|[]\n");
        Path hyp = write("case.txt", "the Year IBM Grow\n");
        String[] base = {"score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--record-case-stats"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    @Test
    void recordCaseStatsInTextJsonAndCsv() throws IOException {
        Cli.Result t = caseStats();
        assertEquals(0, t.code(), t::toString);
        assertTrue(t.out().startsWith("preset: fstalign ("), t::toString);
        assertTrue(t.out().contains("; case statistics)"), t::toString);
        assertTrue(t.out().matches("(?s).*matching words only +1 +1 +1 +0\\.500000 +0\\.500000\n.*"), t::toString);
        assertTrue(t.out().matches("(?s).*all including substitutions +1 +2 +1 +0\\.333333 +0\\.500000\n.*"), t::toString);

        Cli.Result j = caseStats("-o", "json");
        assertEquals(0, j.code(), j::toString);
        JsonNode m = j.json().get("caseStats").get("matching");
        assertEquals(1, m.get("truePositives").asInt());
        assertEquals(1, m.get("falsePositives").asInt());
        assertEquals(1, m.get("falseNegatives").asInt());
        assertEquals(0.5, m.get("precision").asDouble());
        assertEquals(0.5, m.get("recall").asDouble());
        JsonNode a = j.json().get("caseStats").get("all");
        assertEquals(2, a.get("falsePositives").asInt());
        assertEquals(1.0 / 3, a.get("precision").asDouble(), 1e-12);
        assertEquals("true", j.json().get("fstalign").get("recordCaseStats").asText());

        Cli.Result c = caseStats("-o", "csv");
        assertEquals(0, c.code(), c::toString);
        String[] lines = c.out().split("\n");
        assertTrue(lines[0].endsWith(",unit,caseTruePositives,caseFalsePositives,caseFalseNegatives,casePrecision,caseRecall,"
                + "caseAllTruePositives,caseAllFalsePositives,caseAllFalseNegatives,caseAllPrecision,caseAllRecall"), c::toString);
        assertTrue(lines[1].endsWith(",word,1,1,1,0.5,0.5,1,2,1,0.3333333333333333,0.5"), c::toString);

        // without the option nothing of it is shown
        Cli.Result plain = score("-o", "json");
        assertTrue(plain.json().get("caseStats") == null, plain::toString);
        assertTrue(plain.json().get("fstalign").get("recordCaseStats") == null, plain::toString);
    }

    @Test
    void recordCaseStatsPoolsTheFilesOfAFolder() throws IOException {
        // two copies of the pair above: every count doubled, the same rates, and a case-total CSV row
        String ref = "token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n"
                + "The|1||||UC|[]|[]\nyear|1||||LC|[]|[]\nIBM|1||||CA|[]|[]\ngrew|1|||.|LC|[]|[]\n";
        write("refs/a.nlp", ref);
        write("refs/b.nlp", ref);
        write("hyps/a.txt", "the Year IBM Grow\n");
        write("hyps/b.txt", "the Year IBM Grow\n");
        Cli.Result j = Cli.run("score", "--ref", dir.resolve("refs").toString(), "--hyp", dir.resolve("hyps").toString(),
                "--record-case-stats", "-o", "json");
        assertEquals(0, j.code(), j::toString);
        assertEquals(4, j.json().get("caseStats").get("all").get("falsePositives").asInt(), j::toString);
        assertEquals(1.0 / 3, j.json().get("caseStats").get("all").get("precision").asDouble(), 1e-12, j::toString);
        assertEquals(2, j.json().get("caseStats").get("matching").get("truePositives").asInt(), j::toString);
        assertEquals(1, j.json().get("files").get(0).get("caseStats").get("matching").get("truePositives").asInt(), j::toString);
        Cli.Result c = Cli.run("score", "--ref", dir.resolve("refs").toString(), "--hyp", dir.resolve("hyps").toString(),
                "--record-case-stats", "-o", "csv");
        assertEquals(0, c.code(), c::toString);
        String[] lines = c.out().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("case-total,"), c::toString);
        assertTrue(lines[lines.length - 1].endsWith(",2,2,2,0.5,0.5,2,4,2,0.3333333333333333,0.5"), c::toString);
    }

    @Test
    void recordCaseStatsNeedsAnNlpReference() throws IOException {
        Path ref = write("plain.txt", "The year grew\n");
        Path hyp = write("plain.hyp.txt", "the year grew\n");
        Cli.Result r = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--record-case-stats");
        assertUsageError(r, "werk score");
        assertTrue(r.errLines().get(0).contains("--record-case-stats needs NLP references"), r::toString);
    }

    /**
     * {@code --output-sbs}: fstalign's side-by-side file, as fstalign (dcf2655, built from source) wrote
     * it for this very pair with {@code --composition-approach standard} and {@code adapted} (the
     * adapted search takes an insertion and a deletion for "grow"/"grown"); the report still goes to
     * standard output.
     */
    @Test
    void sideBySideFileIsFstalignsOwn() throws IOException {
        String head = "           ref_token\thyp_token           \tIsErr\tClass\tWer_Tag_Entities\n"
                + "                 the\tthe                 \t\t\t\n"
                + "                year\tyear                \t\t\t\n"
                + "                 two\ttwo                 \t\t___0_YEAR___\t###0_YEAR###|\n"
                + "            thousand\tthousand            \t\t___0_YEAR___\t###0_YEAR###|\n"
                + "              twenty\ttwenty              \t\t___0_YEAR___\t###0_YEAR###|\n"
                + "                  we\twe                  \t\t___1_CONTRACTION___\t###1_CONTRACTION###|\n"
                + "                will\twill                \t\t___1_CONTRACTION___\t###1_CONTRACTION###|\n";
        String tail = "------------------------------------------------------------\n"
                + "                Line\tGroup               \n"
                + "                   9\tgrow <-> grown\n";
        Path standard = dir.resolve("out/standard.sbs");
        Files.createDirectories(standard.getParent());
        Cli.Result r = score("--composition", "standard-walker", "--output-sbs", standard.toString(), "-o", "json");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertEquals(1, r.json().path("substitutions").asInt(), r::toString);
        assertEquals(head + "                grow\tgrown               \tERR\t\t###2_VERB###|\n" + tail,
                Files.readString(standard, StandardCharsets.UTF_8));

        Path adapted = dir.resolve("out/adapted.sbs");
        r = score("--composition", "adapted", "--output-sbs", adapted.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("WER"), r::toString);
        assertEquals(head + "               <ins>\tgrown               \tERR\t\t\n"
                        + "                grow\t<del>               \tERR\t\t###2_VERB###|\n" + tail,
                Files.readString(adapted, StandardCharsets.UTF_8));
    }

    /**
     * An insertion just before an entity's first word (here a substitution) carries the entity's
     * label but no wer_tags in fstalign's side-by-side file (its leading step), under both
     * compositions: fstalign dcf2655 wrote exactly this file for the pair.
     */
    @Test
    void leadingInsertionCarriesTheEntityLabel() throws IOException {
        Path ref = write("lead.nlp", "token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n"
                + "revenue|1||||LC|[]|[]\nin|1||||LC|[]|[]\n2019|1||||CA|['1:YEAR']|['1']\nwas|1||||LC|[]|[]\nfine|1||||LC|[]|[]\n");
        Path norm = write("lead.norm.json", "{\"1\": {\"candidates\": [{\"probability\": 1.0, \"verbalization\": [\"twenty\", "
                + "\"nineteen\"]}], \"class\": \"YEAR\"}}\n");
        Path tags = write("lead.wer_tag.json", "{\"1\": {\"entity_type\": \"YEAR\"}}\n");
        Path hyp = write("lead.txt", "revenue and three twenny nineteen was fine\n");
        String expected = "           ref_token\thyp_token           \tIsErr\tClass\tWer_Tag_Entities\n"
                + "             revenue\trevenue             \t\t\t\n"
                + "                  in\tand                 \tERR\t\t\n"
                + "               <ins>\tthree               \tERR\t___1_YEAR___\t\n"
                + "              twenty\ttwenny              \tERR\t___1_YEAR___\t###1_YEAR###|\n"
                + "            nineteen\tnineteen            \t\t___1_YEAR___\t###1_YEAR###|\n"
                + "                 was\twas                 \t\t\t\n"
                + "                fine\tfine                \t\t\t\n"
                + "------------------------------------------------------------\n"
                + "                Line\tGroup               \n"
                + "                   3\tin twenty <-> and three twenny\n";
        for (String composition : new String[] {"adapted", "standard-walker"}) {
            Path sbs = dir.resolve("lead-" + composition + ".sbs");
            Cli.Result r = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--ref-norm", norm.toString(),
                    "--ref-tags", tags.toString(), "--composition", composition, "--output-sbs", sbs.toString());
            assertEquals(ExitCodes.OK, r.code(), r::toString);
            assertEquals(expected, Files.readString(sbs, StandardCharsets.UTF_8), composition);
        }
    }

    /**
     * {@code --output-nlp}: fstalign's aligned NLP file, here its suite's own expectation for
     * {@code noise_1.ref.nlp} against {@code noise.hyp2.ctm} (the CTM's times on the reference rows,
     * {@code <unk>} taken for the noise codes by the suite's synonyms), with the side-by-side file beside it.
     */
    @Test
    void alignedNlpFileIsFstalignsOwn() throws IOException {
        Path suite = Cli.testdata().resolve("fstalign/suite");
        Path nlp = dir.resolve("noise.aligned.nlp");
        Path sbs = dir.resolve("noise.sbs");
        Cli.Result r = Cli.run("score", "--ref", suite.resolve("data/noise_1.ref.nlp").toString(), "--hyp",
                suite.resolve("data/noise.hyp2.ctm").toString(), "--synonyms", suite.resolve("synonyms.rules.txt").toString(),
                "--composition", "adapted", "--output-nlp", nlp.toString(), "--output-sbs", sbs.toString(), "-o", "json");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertEquals(0, r.json().path("errors").asInt(), r::toString);
        assertEquals(Files.readString(suite.resolve("data/noise_1.hyp2.aligned"), StandardCharsets.UTF_8),
                Files.readString(nlp, StandardCharsets.UTF_8));
        assertTrue(Files.readString(sbs, StandardCharsets.UTF_8).startsWith("           ref_token\thyp_token"), r::toString);
    }
}
