package dev.werk.cli;

import static dev.werk.cli.Cli.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.werk.core.fstalign.EntityTypes;
import dev.werk.core.fstalign.Fstalign;
import dev.werk.core.fstalign.FstalignAlignment;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.NlpReference;
import dev.werk.core.fstalign.Normalizations;
import dev.werk.core.fstalign.SynonymRules;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code werk score --speaker-wer} / {@code --speaker-switch-context N}: fstalign's speaker-switch
 * and per-speaker WER in text, JSON and CSV. The fixed cases are fstalign's own test cases
 * {@code speaker_1} and {@code speaker_2} (testdata/fstalign/suite), whose expected lines are
 * fstalign's output; the random ones check the CLI against the library ({@link Fstalign#align}) per
 * file, the folder's switch counts against the sum of the files', and invariants of the rule.
 */
class FstalignSpeakerCliTest {
    @TempDir
    Path dir;

    private static Path suite(String name) {
        return Cli.testdata().resolve("fstalign/suite/data").resolve(name);
    }

    private static Path rules() {
        return Cli.testdata().resolve("fstalign/suite/synonyms.rules.txt");
    }

    /** fstalign's case speaker_1 (context 3): "Speaker switch WER: 1/6", "speaker 1 WER: 1/10", "speaker 2 WER: 4/11". */
    private static Cli.Result speaker1(String... extra) {
        List<String> a = new ArrayList<>(List.of("score", "--ref", suite("speaker_1.ref.nlp").toString(), "--hyp",
                suite("speaker_1.hyp.txt").toString(), "--synonyms", rules().toString()));
        a.addAll(List.of(extra));
        return Cli.run(a.toArray(String[]::new));
    }

    private static void assertCounts(JsonNode o, long errors, long ref) {
        assertEquals(errors, o.get("errors").asLong(), o::toString);
        assertEquals(ref, o.get("referenceWords").asLong(), o::toString);
        assertEquals((double) errors / ref, o.get("wer").asDouble(), 1e-12, o::toString);
        assertEquals(ref, o.get("hits").asLong() + o.get("substitutions").asLong() + o.get("deletions").asLong(), o::toString);
        assertEquals(errors, o.get("insertions").asLong() + o.get("substitutions").asLong() + o.get("deletions").asLong(),
                o::toString);
    }

    @Test
    void jsonGivesFstalignsSpeakerSwitchAndPerSpeakerWer() {
        for (String composition : List.of("standard", "standard-walker", "adapted")) {
            Cli.Result r = speaker1("--speaker-switch-context", "3", "--composition", composition, "-o", "json");
            assertEquals(0, r.code(), r::toString);
            JsonNode j = r.json();
            JsonNode sw = j.get("speakerSwitch");
            assertEquals(3, sw.get("context").asInt(), r::toString);
            assertCounts(sw, 1, 6);
            JsonNode sp = j.get("speakers");
            assertEquals(2, sp.size(), r::toString);
            assertEquals("1", sp.get(0).get("speaker").asText());
            assertCounts(sp.get(0), 1, 10);
            assertEquals("2", sp.get(1).get("speaker").asText());
            assertCounts(sp.get(1), 4, 11);
            assertEquals("true", j.get("fstalign").get("speakerWer").asText());
            assertEquals("3", j.get("fstalign").get("speakerSwitchContext").asText());
        }
    }

    @Test
    void textShowsBothTablesAndTheSettings() {
        Cli.Result r = speaker1("--speaker-switch-context", "3");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("; speaker WER (switch context 3))\n"), r::toString);
        assertTrue(r.out().contains("within 3 words of a change of speaker"), r::toString);
        // #ref hits sub del ins errors WER%
        assertTrue(r.out().matches("(?s).*\nspeaker_1\\.ref +6 +5 +0 +1 +0 +1 +16\\.67\n.*"), r::toString);
        assertTrue(r.out().matches("(?s).*\nspeaker_1\\.ref +1 +10 +10 +0 +0 +1 +1 +10\\.00\n.*"), r::toString);
        assertTrue(r.out().matches("(?s).*\nspeaker_1\\.ref +2 +11 +9 +0 +2 +2 +4 +36\\.36\n.*"), r::toString);
    }

    @Test
    void csvAddsSpeakerRowsInTheColumnsOfTheFileRows() {
        Cli.Result r = speaker1("--speaker-switch-context", "3", "-o", "csv");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("id,referenceWords,hypothesisWords,hits,substitutions,deletions,insertions,errors,wer,hypothesisMissing,"
                + "cost,normalizer,unit", lines.get(0));
        int n = lines.size();
        assertEquals("speaker-switch:speaker_1.ref,6,5,5,0,1,0,1," + (1.0 / 6) + ",,fstalign,lowercase,word", lines.get(n - 3));
        assertEquals("speaker:speaker_1.ref:1,10,11,10,0,0,1,1,0.1,,fstalign,lowercase,word", lines.get(n - 2));
        assertEquals("speaker:speaker_1.ref:2,11,11,9,0,2,2,4," + (4.0 / 11) + ",,fstalign,lowercase,word", lines.get(n - 1));
        // with the case statistics too, the rows carry their (empty) columns
        Cli.Result both = speaker1("--speaker-wer", "--speaker-switch-context", "3", "--record-case-stats", "-o", "csv");
        assertEquals(0, both.code(), both::toString);
        List<String> bl = both.out().lines().toList();
        assertEquals("speaker:speaker_1.ref:2,11,11,9,0,2,2,4," + (4.0 / 11) + ",,fstalign,lowercase,word,,,,,,,,,,",
                bl.get(bl.size() - 1));
    }

    @Test
    void theDefaultContextIsFiveAndNothingIsShownUnlessAsked() {
        Cli.Result five = speaker1("--speaker-wer", "-o", "json");
        assertEquals(0, five.code(), five::toString);
        assertEquals(5, five.json().get("speakerSwitch").get("context").asInt());
        Cli.Result explicit = speaker1("--speaker-switch-context", "5", "-o", "json");
        assertEquals(five.out(), explicit.out());

        Cli.Result plain = speaker1("-o", "json");
        assertNull(plain.json().get("speakerSwitch"), plain::toString);
        assertNull(plain.json().get("speakers"), plain::toString);
        assertNull(plain.json().get("fstalign").get("speakerWer"), plain::toString);
        Cli.Result text = speaker1();
        assertFalse(text.out().contains("speaker-switch WER") || text.out().contains("per-speaker"), text::toString);
        assertFalse(text.out().contains("speaker WER"), text::toString);
        Cli.Result csv = speaker1("-o", "csv");
        assertFalse(csv.out().contains("speaker-switch"), csv::toString);
        assertEquals(3, csv.out().lines().count(), csv::toString);
    }

    @Test
    void theContextAloneSwitchesToFstalignScoring() {
        Cli.Result r = Cli.run("score", "--ref", suite("speaker_1.ref.nlp").toString(), "--hyp",
                suite("speaker_1.hyp.txt").toString(), "--speaker-switch-context", "3");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("preset: fstalign ("), r::toString);
        assertTrue(r.out().contains("speaker-switch WER"), r::toString);
    }

    @Test
    void badContextsAndPlainReferencesAreUsageErrors() throws IOException {
        for (String bad : List.of("0", "x", "-2", "1.5", "99999999999")) {
            Cli.Result r = speaker1("--speaker-switch-context", bad);
            assertUsageError(r, "werk score");
            assertTrue(r.errLines().get(0).startsWith("werk: --speaker-switch-context " + bad + ": expected a whole number"),
                    r::toString);
            assertEquals("", r.out(), r::toString);
        }
        Path ref = write("plain.txt", "a b c\n");
        Path hyp = write("plain.hyp.txt", "a b c\n");
        Cli.Result r = Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--speaker-wer");
        assertUsageError(r, "werk score");
        assertTrue(r.errLines().get(0).contains("--speaker-wer needs NLP references"), r::toString);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFolderGivesEachFileItsSpeakersAndSumsTheSwitchCounts() throws IOException {
        // speaker_2 at context 2 is fstalign's case: switch 4/13; speakers 1/7, 2/6, 3/6. speaker_1's
        // speakers do not depend on the context: 1/10, 4/11.
        for (String c : List.of("speaker_1", "speaker_2")) {
            Files.createDirectories(dir.resolve("refs"));
            Files.createDirectories(dir.resolve("hyps"));
            Files.copy(suite(c + ".ref.nlp"), dir.resolve("refs/" + c + ".nlp"));
            Files.copy(suite(c + ".hyp.txt"), dir.resolve("hyps/" + c + ".txt"));
        }
        String[] base = {"score", "--ref", dir.resolve("refs").toString(), "--hyp", dir.resolve("hyps").toString(),
            "--synonyms", rules().toString(), "--speaker-switch-context", "2"};
        Cli.Result r = Cli.run(concat(base, "-o", "json"));
        assertEquals(0, r.code(), r::toString);
        JsonNode j = r.json();
        assertNull(j.get("speakers"), "speakers are not pooled across files");
        JsonNode f1 = j.get("files").get(0);
        JsonNode f2 = j.get("files").get(1);
        assertEquals("speaker_1", f1.get("name").asText());
        assertCounts(f1.get("speakers").get(0), 1, 10);
        assertCounts(f1.get("speakers").get(1), 4, 11);
        assertCounts(f2.get("speakerSwitch"), 4, 13);
        // in the order the speakers first appear (row 3 is speaker 2's)
        assertEquals(List.of("1", "2", "3"), names(f2.get("speakers")), r::toString);
        assertCounts(f2.get("speakers").get(0), 1, 7);
        assertCounts(f2.get("speakers").get(1), 2, 6);
        assertCounts(f2.get("speakers").get(2), 3, 6);
        for (String field : List.of("hits", "substitutions", "deletions", "insertions", "referenceWords", "errors")) {
            assertEquals(f1.get("speakerSwitch").get(field).asLong() + f2.get("speakerSwitch").get(field).asLong(),
                    j.get("speakerSwitch").get(field).asLong(), field);
        }

        Cli.Result csv = Cli.run(concat(base, "-o", "csv"));
        assertEquals(0, csv.code(), csv::toString);
        assertTrue(csv.out().contains("\nspeaker-switch:speaker_2,13,"), csv::toString);
        assertTrue(csv.out().contains("\nspeaker-switch-total,"), csv::toString);
        assertTrue(csv.out().contains("\nspeaker:speaker_2:3,6,"), csv::toString);

        Cli.Result text = Cli.run(base);
        assertEquals(0, text.code(), text::toString);
        assertTrue(text.out().matches("(?s).*\ntotal \\(summed\\) +\\d+ .*"), text::toString);
        assertTrue(text.out().matches("(?s).*\nspeaker_2 +3 +6 +\\d+ +\\d+ +\\d+ +\\d+ +3 +50\\.00\n.*"), text::toString);
    }

    private static List<String> names(JsonNode speakers) {
        List<String> out = new ArrayList<>();
        speakers.forEach(s -> out.add(s.get("speaker").asText()));
        return out;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A random NLP reference: runs of one speaker (ids 1-3, some rows without one), words from a small vocabulary. */
    private static String randomNlp(Random rnd, List<String> words) {
        StringBuilder sb = new StringBuilder("token|speaker|ts|endTs|punctuation|case|tags\n");
        int n = 1 + rnd.nextInt(30);
        String sp = Integer.toString(1 + rnd.nextInt(3));
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(5) == 0) {
                sp = Integer.toString(1 + rnd.nextInt(3));
            }
            String w = "w" + rnd.nextInt(5);
            words.add(w);
            sb.append(w).append('|').append(rnd.nextInt(12) == 0 ? "" : sp).append("|||||\n");
        }
        return sb.toString();
    }

    private static String randomHyp(Random rnd, List<String> ref) {
        List<String> out = new ArrayList<>();
        for (String w : ref) {
            int r = rnd.nextInt(10);
            if (r == 0) {
                continue;
            }
            out.add(r == 1 ? "w" + rnd.nextInt(5) : w);
            if (rnd.nextInt(8) == 0) {
                out.add("w" + rnd.nextInt(5));
            }
        }
        return String.join(" ", out) + "\n";
    }

    private static void assertSame(Counts expected, JsonNode o, String what) {
        assertEquals(expected.hits(), o.get("hits").asLong(), what);
        assertEquals(expected.substitutions(), o.get("substitutions").asLong(), what);
        assertEquals(expected.deletions(), o.get("deletions").asLong(), what);
        assertEquals(expected.insertions(), o.get("insertions").asLong(), what);
        assertEquals(expected.referenceWords(), o.get("referenceWords").asLong(), what);
        if (expected.referenceWords() == 0) {
            assertTrue(o.get("wer").isNull(), what);
        } else {
            assertEquals((double) expected.errors() / expected.referenceWords(), o.get("wer").asDouble(), 1e-12, what);
        }
    }

    @Test
    void randomFoldersAgreeWithTheLibraryPerFileAndSumTheSwitchCounts() throws IOException {
        Random rnd = new Random(20261201L);
        for (int t = 0; t < 25; t++) {
            Path d = dir.resolve("t" + t);
            int files = 1 + rnd.nextInt(4);
            int context = rnd.nextInt(6) == 0 ? 1000 : 1 + rnd.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                List<String> words = new ArrayList<>();
                String name = "call" + f;
                names.add(name);
                Files.createDirectories(d.resolve("refs"));
                Files.createDirectories(d.resolve("hyps"));
                Files.writeString(d.resolve("refs/" + name + ".nlp"), randomNlp(rnd, words));
                Files.writeString(d.resolve("hyps/" + name + ".txt"), randomHyp(rnd, words));
            }
            String composition = List.of("standard", "standard-walker", "adapted").get(rnd.nextInt(3));
            Cli.Result r = Cli.run("score", "--ref", d.resolve("refs").toString(), "--hyp", d.resolve("hyps").toString(),
                    "--speaker-switch-context", Integer.toString(context), "--composition", composition, "-o", "json");
            assertEquals(0, r.code(), r::toString);
            JsonNode j = r.json();
            FstalignSettings settings = new FstalignSettings(SynonymRules.NONE, false, false, true)
                    .withSpeakerSwitchContext(context).withAdapted(composition.equals("adapted"))
                    .withWalker(composition.equals("standard-walker"));
            Counts sum = Counts.ZERO;
            for (int f = 0; f < files; f++) {
                String name = names.get(f);
                List<String> hyp = dev.werk.core.text.Whitespace.split(Files.readString(d.resolve("hyps/" + name + ".txt")));
                FstalignAlignment a = Fstalign.align(NlpReference.read(d.resolve("refs/" + name + ".nlp")), Normalizations.NONE,
                        EntityTypes.NONE, hyp, settings, TranscriptFormat.PLAIN);
                JsonNode file = j.get("files").get(f);
                String what = "case " + t + " " + name + " context " + context + " " + composition;
                assertEquals(name, file.get("name").asText(), what);
                assertEquals(context, file.get("speakerSwitch").get("context").asInt(), what);
                assertSame(a.speakerSwitch(), file.get("speakerSwitch"), what + " switch");
                sum = sum.plus(a.speakerSwitch());
                JsonNode speakers = file.get("speakers");
                assertEquals(a.perSpeaker().size(), speakers.size(), what);
                Iterator<JsonNode> it = speakers.iterator();
                long errors = 0;
                for (Map.Entry<String, Counts> e : a.perSpeaker().entrySet()) {
                    JsonNode s = it.next();
                    assertEquals(e.getKey(), s.get("speaker").asText(), what);
                    assertSame(e.getValue(), s, what + " speaker " + e.getKey());
                    errors += e.getValue().errors();
                }
                // every step goes to one speaker's stretch: the speakers' errors are the file's
                assertEquals(file.get("errors").asLong(), errors, what);
                if (context >= 1000 && hasSwitch(d.resolve("refs/" + name + ".nlp"))) {
                    // a window wider than the file covers every step
                    assertEquals(file.get("errors").asLong(), a.speakerSwitch().errors(), what);
                    assertEquals(file.get("referenceWords").asLong(), a.speakerSwitch().referenceWords(), what);
                }
            }
            assertSame(sum, j.get("speakerSwitch"), "case " + t + " pooled");
        }
    }

    /** True when two rows with a speaker name different speakers. */
    private static boolean hasSwitch(Path nlp) throws IOException {
        String first = null;
        for (String line : Files.readAllLines(nlp).subList(1, Files.readAllLines(nlp).size())) {
            String sp = line.split("\\|", -1)[1];
            if (sp.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = sp;
            } else if (!first.equals(sp)) {
                return true;
            }
        }
        return false;
    }
}
