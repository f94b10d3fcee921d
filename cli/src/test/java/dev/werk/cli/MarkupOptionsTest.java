package dev.werk.cli;

import static dev.werk.cli.Cli.assertDataError;
import static dev.werk.cli.Cli.assertUsageError;
import static dev.werk.cli.Cli.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sclite trn markup on the command line: read by default in trn input, -D, -F, --no-markup.
 * Counts by hand with sclite's costs:
 * <pre>
 * u1  a { b / c } d  /  a c d     markup: C3             literal: a c d hit, { b / } deleted: C3 D4
 * u2  b (c) d        /  b d       default: (c) deleted C2 D1      -D: (c) left out, counts as correct C3
 * u3  fi- x          /  find x    default: S1 C1                   -F: C2
 * </pre>
 */
class MarkupOptionsTest {
    @TempDir
    Path dir;

    private Path ref;
    private Path hyp;

    @BeforeEach
    void files() throws IOException {
        ref = write("ref.trn", "a { b / c } d (u1)\nb (c) d (u2)\nfi- x (u3)\n");
        hyp = write("hyp.trn", "a c d (u1)\nb d (u2)\nfind x (u3)\n");
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private JsonNode json(String... options) {
        List<String> args = new ArrayList<>(List.of("score", "--ref", ref.toString(), "--hyp", hyp.toString(),
                "--cost", "sclite", "-o", "json"));
        args.addAll(List.of(options));
        return expect(0, args.toArray(new String[0])).json();
    }

    private static void assertCounts(JsonNode j, long c, long s, long d, long i) {
        assertEquals(List.of(c, s, d, i), List.of(j.get("hits").asLong(), j.get("substitutions").asLong(),
                j.get("deletions").asLong(), j.get("insertions").asLong()), j::toString);
    }

    @Test
    void markupIsReadInTrnInputByDefault() {
        assertCounts(json(), 6, 1, 1, 0);
    }

    @Test
    void optionalDeletableAndFragments() {
        assertCounts(json("-D"), 7, 1, 0, 0);
        assertCounts(json("--fragments"), 7, 0, 1, 0);
        assertCounts(json("-D", "-F"), 8, 0, 0, 0);
        assertCounts(json("--optional-deletable", "--fragments"), 8, 0, 0, 0);
    }

    @Test
    void noMarkupReadsEveryCharacterAsPartOfAWord() {
        assertCounts(json("--no-markup"), 6, 1, 5, 0);
    }

    @Test
    void alignShowsThePathTaken() {
        Cli.Result r = expect(0, "align", "--ref", ref.toString(), "--hyp", hyp.toString(), "--cost", "sclite", "-D", "-F");
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("REF:  a c d"), r::toString);
        assertTrue(lines.contains("REF:  b (c) d"), r::toString);
        assertTrue(lines.contains("HYP:  b     d"), r::toString);
        assertTrue(lines.contains("REF:  fi-  x"), r::toString);
        assertTrue(lines.contains("HYP:  find x"), r::toString);
    }

    @Test
    void flagsThatNeedMarkupAreUsageErrorsWithoutIt() throws IOException {
        assertUsageError(Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-F", "--no-markup"), "werk score");
        Path refTxt = write("ref.txt", "a b\n");
        Path hypTxt = write("hyp.txt", "a b\n");
        Cli.Result r = Cli.run("align", "--ref", refTxt.toString(), "--hyp", hypTxt.toString(), "-D");
        assertUsageError(r, "werk align");
        assertTrue(r.err().contains("applies to sclite input only"), r::toString);
    }

    @Test
    void malformedMarkupIsADataErrorWithFileAndLine() throws IOException {
        Path bad = write("bad.trn", "a b (u1)\n;; a comment line\n{ a / b (u2)\n");
        Path h = write("h.trn", "a b (u1)\na (u2)\n");
        Cli.Result r = Cli.run("score", "--ref", bad.toString(), "--hyp", h.toString());
        assertDataError(r, bad, 3);
        assertTrue(r.err().contains("utterance 'u2': unbalanced '{'"), r::toString);
    }

    @Test
    void helpListsTheMarkupOptions() {
        String help = expect(0, "score", "--help").out();
        for (String option : List.of("--no-markup", "-D, --optional-deletable", "-F, --fragments")) {
            assertTrue(help.contains(option), () -> option + " missing from\n" + help);
        }
    }
}
