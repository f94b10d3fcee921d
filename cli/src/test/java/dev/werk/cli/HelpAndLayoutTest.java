package dev.werk.cli;

import static dev.werk.cli.Cli.expect;
import static dev.werk.cli.Cli.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help command, the help texts that list what werk accepts, normalize's layouts and the markup field. */
class HelpAndLayoutTest {
    @TempDir
    Path dir;

    @Test
    void helpIsACommandThatPrintsTheCommandsHelp() {
        for (String command : List.of("score", "align", "normalize", "demo")) {
            Cli.Result help = expect(0, "help", command);
            assertEquals(expect(0, command, "--help").out(), help.out());
            assertEquals("", help.err());
        }
        assertTrue(expect(0, "help").out().contains("Usage: werk"));
        assertTrue(expect(0, "--help").out().contains("help"), "the top-level help lists the help command");
    }

    @Test
    void scoreHelpListsEveryNormaliserStep() {
        String help = expect(0, "score", "--help").out().replaceAll("\\s+", " ");
        for (String step : TextNormalizer.stepNames()) {
            assertTrue(help.contains(step), () -> step + " missing from score --help");
        }
        assertFalse(help.contains("README's list"), help);
    }

    @Test
    void normalizeHelpListsEveryFormat() {
        String help = expect(0, "normalize", "--help").out().replaceAll("\\s+", " ");
        for (TranscriptFormat f : TranscriptFormat.values()) {
            assertTrue(help.contains(f.id()), () -> f.id() + " missing from normalize --help");
        }
    }

    @Test
    void normalizeKeepsTheStmLayout() throws IOException {
        Path stm = Files.writeString(dir.resolve("ref.stm"), ";; comment\n"
                + "rec A spk1 0.10 2.50 <o,f0,male> Hello, World\n"
                + "rec A spk1 2.5 4 ignore_time_segment_in_scoring\n"
                + "rec B spk2 4.000 6.25 Good Morning\n");
        Cli.Result r = expect(0, "normalize", stm.toString(), "--normalize", "jiwer");
        assertEquals(List.of("rec A spk1 0.1 2.5 <o,f0,male> hello, world",
                "rec A spk1 2.5 4 IGNORE_TIME_SEGMENT_IN_SCORING",
                "rec B spk2 4 6.25 good morning"), r.out().lines().toList());
    }

    @Test
    void normalizeReadsEveryFormat() throws IOException {
        Path ctm = Files.writeString(dir.resolve("hyp.ctm"), "rec A 0.1 0.2 Hello\nrec A 0.5 0.2 World\n");
        assertEquals("rec-A hello world\n", expect(0, "normalize", ctm.toString(), "--lowercase").out());
        Path nlp = Files.writeString(dir.resolve("call.nlp"), "token|speaker\nHi|1\nThere|1\n");
        assertEquals("call hi there\n", expect(0, "normalize", nlp.toString(), "--format", "nlp", "--lowercase").out());
    }

    @Test
    void theMarkupFieldIsThereOnlyForTrnStmOrCtmInput() throws IOException {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Path hyps = Files.createDirectories(dir.resolve("hyps"));
        Files.writeString(refs.resolve("a.txt"), "one two\n");
        Files.writeString(hyps.resolve("a.txt"), "one too\n");
        assertFalse(expect(0, "score", "--ref", refs.toString(), "--hyp", hyps.toString(), "-o", "json").json().has("markup"));
        assertFalse(expect(0, "score", "--ref", refs.toString(), "--hyp", hyps.toString()).out().contains("markup"));
        Files.writeString(refs.resolve("b.nlp"), "token|speaker\none|1\n");
        Files.writeString(hyps.resolve("b.txt"), "one\n");
        assertFalse(expect(0, "score", "--ref", refs.toString(), "--hyp", hyps.toString(), "-o", "json").json().has("markup"));
        Files.writeString(refs.resolve("c.trn"), "one (u1)\n");
        Files.writeString(hyps.resolve("c.trn"), "one (u1)\n");
        assertEquals("sclite", expect(0, "score", "--ref", refs.toString(), "--hyp", hyps.toString(), "-o", "json")
                .json().get("markup").asText());
        assertFalse(expect(0, "score", "--ref", fixture("ref.txt"), "--hyp", fixture("hyp.txt"), "-o", "json").json().has("markup"));
        assertTrue(expect(0, "score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "-o", "json").json().has("markup"));
    }
}
