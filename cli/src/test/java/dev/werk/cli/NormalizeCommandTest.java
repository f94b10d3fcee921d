package dev.werk.cli;

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
 * {@code werk normalize} and the normaliser options of {@code werk score}: expected texts are worked
 * out by hand from each preset's documented steps.
 */
class NormalizeCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jiwer2DeletesAsciiPunctuationInPlace() throws IOException {
        Path f = write("a.txt", "Hello, World! /opt/ml EC2's\n\n");
        Cli.Result r = Cli.expect(0, "normalize", f.toString(), "--normalize", "jiwer2");
        assertEquals("hello world optml ec2s\n\n", r.out(), "two lines in, two lines out (the second empty)");
        assertTrue(r.err().contains("normalizer jiwer2"), r::toString);
    }

    @Test
    void trnAndKaldiKeepTheirIdsAndLayout() throws IOException {
        Path trn = write("a.trn", "Don't STOP (u1)\n<unk> (u2)\n");
        assertEquals("do not stop (u1)\n(u2)\n", Cli.expect(0, "normalize", trn.toString(), "--normalize", "jiwer").out());
        Path ark = write("a.ark", "u1 Uh, hello\n");
        assertEquals("u1 hello\n", Cli.expect(0, "normalize", ark.toString(), "--lowercase",
                "--remove-punctuation", "ascii", "--remove-words", "uh").out());
    }

    @Test
    void scoreNamesTheNormalizerAndAppliesItToBothSides() throws IOException {
        Path ref = write("ref.txt", "Hello world\n");
        Path hyp = write("hyp.txt", "hello World\n");
        JsonNode none = Cli.expect(0, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json").json();
        assertEquals(2, none.get("substitutions").asInt());
        assertEquals("none", none.get("normalizer").asText());
        JsonNode jiwer = Cli.expect(0, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json",
                "--normalize", "jiwer").json();
        assertEquals(2, jiwer.get("hits").asInt());
        assertEquals(0, jiwer.get("errors").asInt());
        assertEquals("jiwer", jiwer.get("normalizer").asText());
    }

    @Test
    void rulesFileRewritesWholeWordsAndIsNamedWithItsFingerprint() throws IOException {
        Path rules = write("terms.rules", "# spoken forms of product names\ne c two => ec2\n");
        Path ref = write("ref.txt", "launch an EC2 instance\n");
        Path hyp = write("hyp.txt", "launch an e c two instance\n");
        JsonNode j = Cli.expect(0, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json",
                "--lowercase", "--rules", rules.toString()).json();
        assertEquals(4, j.get("hits").asInt(), j::toString);
        assertEquals(0, j.get("errors").asInt(), j::toString);
        assertTrue(j.get("normalizer").asText().startsWith("lowercase+rules(terms.rules@"), j::toString);
    }

    @Test
    void badRulesLineIsADataErrorWithFileAndLine() throws IOException {
        Path rules = write("bad.rules", "a => b\nthis line has no arrow\n");
        Path ref = write("ref.txt", "a\n");
        Cli.Result r = Cli.run("score", "--ref", ref.toString(), "--hyp", ref.toString(), "--rules", rules.toString());
        Cli.assertDataError(r, rules, 2);
    }

    @Test
    void unknownPresetsPartsAndKindsAreUsageErrors() throws IOException {
        Path f = write("a.txt", "x\n");
        Cli.Result preset = Cli.run("score", "--ref", f.toString(), "--hyp", f.toString(), "--normalize", "bogus");
        Cli.assertUsageError(preset, "werk score");
        assertTrue(preset.err().contains("jiwer"), "the message lists the valid presets: " + preset);
        Cli.assertUsageError(Cli.run("score", "--ref", f.toString(), "--hyp", f.toString(), "--whisper-off", "numbers"),
                "werk score");
        Cli.assertUsageError(Cli.run("score", "--ref", f.toString(), "--hyp", f.toString(), "--normalize",
                "whisper-english", "--whisper-off", "klingon"), "werk score");
        Cli.assertUsageError(Cli.run("score", "--ref", f.toString(), "--hyp", f.toString(), "--remove-punctuation", "some"),
                "werk score");
        Cli.assertUsageError(Cli.run("normalize", dir.resolve("missing.txt").toString()), "werk normalize");
    }

    @Test
    void whisperPartsCanBeSwitchedOff() throws IOException {
        Path f = write("a.txt", "I don't have twenty two colours\n");
        assertEquals("i do not have 22 colors\n", Cli.expect(0, "normalize", f.toString(), "--normalize", "whisper-english").out());
        Cli.Result kept = Cli.expect(0, "normalize", f.toString(), "--normalize", "whisper-english",
                "--whisper-off", "contractions,spellings");
        assertEquals("i don't have 22 colours\n", kept.out());
        assertTrue(kept.err().contains("whisper-english-no-contractions-no-spellings"), kept::toString);
    }
}
