package dev.werk.cli;

import static dev.werk.cli.Cli.assertDataError;
import static dev.werk.cli.Cli.assertUsageError;
import static dev.werk.cli.Cli.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and the shape of what goes to stderr when werk refuses a command or a file. */
class ErrorReportingTest {
    @TempDir
    Path dir;

    /** A trn file of {@code lines} utterances "a WORD c (u_k)", larger than InputOptions.PARALLEL_READ_BYTES; line {@code bad} has no id. */
    private Path bigTrn(String name, String word, int lines, int bad) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= lines; k++) {
            sb.append("a ").append(word).append(" c").append(k == bad ? "\n" : " (u" + k + ")\n");
        }
        assertTrue(sb.length() >= InputOptions.PARALLEL_READ_BYTES, "the files must be read on two threads");
        return write(name, sb.toString());
    }

    @Test
    void largeFilesReadOnTwoThreadsScoreAndFailAsReadInTurn() throws IOException {
        int lines = 40_000;
        Path ref = bigTrn("ref.trn", "b", lines, -1);
        Path hyp = bigTrn("hyp.trn", "x", lines, -1);
        // one substitution in every utterance of three words
        Cli.Result ok = Cli.expect(ExitCodes.OK, "score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json");
        assertEquals(lines, ok.json().path("substitutions").asInt(), ok::toString);
        assertEquals(3 * lines, ok.json().path("referenceWords").asInt(), ok::toString);
        // both bad: the reference's error, as when the reference is read first
        Path badRef = bigTrn("bad-ref.trn", "b", lines, 7);
        Path badHyp = bigTrn("bad-hyp.trn", "x", lines, 3);
        assertDataError(Cli.run("score", "--ref", badRef.toString(), "--hyp", badHyp.toString()), badRef, 7);
        assertDataError(Cli.run("score", "--ref", ref.toString(), "--hyp", badHyp.toString()), badHyp, 3);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private Path writeBytes(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.write(p);
        }
        Path f = dir.resolve(name);
        Files.write(f, b.toByteArray());
        return f;
    }

    private static Cli.Result score(Path ref, Path hyp) {
        return Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "-o", "json");
    }

    // ---- exit 3: bad data, one line naming file and line ----

    @ParameterizedTest
    @ValueSource(strings = {"score", "align"})
    void invalidUtf8(String command) throws IOException {
        Path ref = writeBytes("ref.txt", "one\ntwo\nthr".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
                "e\nfour\n".getBytes(StandardCharsets.US_ASCII));
        Path hyp = write("hyp.txt", "one\ntwo\nthree\nfour\n");
        Cli.Result r = Cli.run(command, "--ref", ref.toString(), "--hyp", hyp.toString());
        assertDataError(r, ref, 3);
        assertTrue(r.err().contains("UTF-8"), r::toString);
    }

    @Test
    void invalidUtf8InTheHypothesis() throws IOException {
        Path hyp = writeBytes("hyp.trn", "a (1)\r\n".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF, '(', '2', ')', '\n'});
        assertDataError(score(Path.of(fixture("ref.trn")), hyp), hyp, 2);
    }

    @Test
    void trnLineWithoutId() throws IOException {
        Path ref = write("ref.trn", "a b (u1)\n\nno id at all\n");
        Path hyp = write("hyp.trn", "a b (u1)\n");
        assertDataError(score(ref, hyp), ref, 3);
    }

    @Test
    void trnEmptyId() throws IOException {
        Path ref = write("ref.trn", "a b (u1)\n");
        Path hyp = write("hyp.trn", "a b (u1)\nc ( )\n");
        Cli.Result r = score(ref, hyp);
        assertDataError(r, hyp, 2);
        assertTrue(r.err().contains("()"), r::toString);
    }

    @Test
    void duplicateIdNamesTheFirstLine() throws IOException {
        Path ref = write("ref.ark", "u1 a\nu2 b\nu1 c\n");
        Path hyp = write("hyp.ark", "u1 a\n");
        Cli.Result r = score(ref, hyp);
        assertDataError(r, ref, 3);
        assertTrue(r.err().contains("'u1'") && r.err().contains("line 1"), r::toString);
    }

    @Test
    void hypothesisIdWithoutReference() throws IOException {
        Path ref = write("ref.ark", "u1 a\n");
        Path hyp = write("hyp.ark", "u1 a\nu7 b\n");
        Cli.Result r = score(ref, hyp);
        assertDataError(r, hyp, 2);
        assertTrue(r.err().contains("'u7'"), r::toString);
    }

    @Test
    void unequalPlainLineCounts() throws IOException {
        Path ref = write("ref.txt", "a\nb\nc\n");
        Path hyp = write("hyp.txt", "a\nb\n");
        Cli.Result r = score(ref, hyp);
        assertDataError(r, ref, 3);
        assertTrue(r.err().contains("3 lines") && r.err().contains("has 2"), r::toString);
    }

    @Test
    void emptyHypothesisAgainstAPlainReference() throws IOException {
        Path ref = write("ref.txt", "a\n");
        Path hyp = write("hyp.txt", "");
        assertDataError(score(ref, hyp), ref, 1);
    }

    // ---- exit 2: usage ----

    @Test
    void noSubcommand() {
        Cli.Result r = Cli.run();
        assertUsageError(r, "werk");
    }

    @Test
    void unknownSubcommand() {
        assertUsageError(Cli.run("grade"), "werk");
    }

    @Test
    void unknownOption() {
        assertUsageError(Cli.run("score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "--frobnicate"), "werk score");
        assertUsageError(Cli.run("align", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "-x"), "werk align");
    }

    @Test
    void missingRequiredOptions() {
        Cli.Result r = Cli.run("score", "--hyp", fixture("hyp.trn"));
        assertUsageError(r, "werk score");
        assertTrue(r.err().contains("--ref"), r::toString);
        assertUsageError(Cli.run("align", "--ref", fixture("ref.trn")), "werk align");
    }

    @Test
    void unknownCostUnitAndFormats() {
        String ref = fixture("ref.trn");
        String hyp = fixture("hyp.trn");
        Cli.Result cost = Cli.run("score", "--ref", ref, "--hyp", hyp, "--cost", "hamming");
        assertUsageError(cost, "werk score");
        assertTrue(cost.err().contains("hamming"), cost::toString);
        assertUsageError(Cli.run("score", "--ref", ref, "--hyp", hyp, "--unit", "phone"), "werk score");
        assertUsageError(Cli.run("score", "--ref", ref, "--hyp", hyp, "-o", "xml"), "werk score");
        assertUsageError(Cli.run("score", "--ref", ref, "--hyp", hyp, "--ref-format", "rttm"), "werk score");
        assertUsageError(Cli.run("align", "--ref", ref, "--hyp", hyp, "--hyp-format", "sgml"), "werk align");
        assertUsageError(Cli.run("align", "--ref", ref, "--hyp", hyp, "--cost", "x"), "werk align");
    }

    @Test
    void nonexistentInputNamesTheFile() {
        Path missing = dir.resolve("missing.trn");
        Cli.Result r = Cli.run("score", "--ref", fixture("ref.trn"), "--hyp", missing.toString());
        assertUsageError(r, "werk score");
        assertTrue(r.errLines().get(0).contains(missing.toString()), r::toString);
        assertUsageError(Cli.run("align", "--ref", missing.toString(), "--hyp", fixture("hyp.trn")), "werk align");
    }

    @Test
    void directoryAsInputOrOutput() {
        assertUsageError(Cli.run("score", "--ref", dir.toString(), "--hyp", fixture("hyp.trn")), "werk score");
        assertUsageError(Cli.run("score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "--out", dir.toString()),
                "werk score");
        assertUsageError(Cli.run("score", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"),
                "--out", dir.resolve("no-such-folder").resolve("x.json").toString()), "werk score");
    }

    @Test
    void theCommandLineIsCheckedBeforeAnyFileIsRead() throws IOException {
        // The reference is bad data (exit 3), but each command line below is wrong as well: the
        // usage error (exit 2) must win, as the files need not be read to see it.
        Path bad = write("bad.trn", "no id here\n");
        Path hyp = write("hyp.trn", "a (u1)\n");
        String missing = dir.resolve("missing.trn").toString();
        for (String command : new String[] {"score", "align"}) {
            assertUsageError(Cli.run(command, "--ref", bad.toString(), "--hyp", hyp.toString(), "--cost", "x"), "werk " + command);
            assertUsageError(Cli.run(command, "--ref", bad.toString(), "--hyp", hyp.toString(), "--unit", "x"), "werk " + command);
            assertUsageError(Cli.run(command, "--ref", bad.toString(), "--hyp", missing), "werk " + command);
            assertUsageError(Cli.run(command, "--ref", bad.toString(), "--hyp", hyp.toString(), "--hyp-format", "x"),
                    "werk " + command);
        }
        assertUsageError(Cli.run("score", "--ref", bad.toString(), "--hyp", hyp.toString(),
                "--out", dir.resolve("nowhere").resolve("x.json").toString()), "werk score");
    }

    @Test
    void topLevelUsageErrorPointsToWerkHelp() {
        Cli.Result r = Cli.run();
        assertEquals("Try 'werk --help' for the options.", r.errLines().get(r.errLines().size() - 1), r::toString);
    }

    // ---- help and version ----

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "score --help", "align --help", "demo --help", "compare --help", "score -h", "align -h"})
    void helpExitsZero(String args) {
        Cli.Result r = Cli.expect(0, args.split(" "));
        assertTrue(r.out().startsWith("Usage: werk"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void versionExitsZero() {
        Cli.Result r = Cli.expect(0, "--version");
        assertTrue(r.out().startsWith("werk "), r::toString);
    }
}
