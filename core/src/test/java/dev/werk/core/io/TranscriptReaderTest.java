package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranscriptReaderTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.write(p);
        }
        Path f = dir.resolve(name);
        Files.write(f, b.toByteArray());
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertUtterance(Utterance u, String id, int line, String words) {
        assertEquals(id, u.id(), "id");
        assertEquals(line, u.line(), "line of " + id);
        // The reader keeps the text as written; compare the words, not the surrounding spaces.
        assertEquals(words, u.text().strip().replaceAll("\\s+", " "), "text of " + id);
    }

    /** A message meant for one terminal line that names the place and the problem. */
    private static void assertOneLine(WerkDataException e, Path file, long line, String problemPart) {
        String m = e.getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), "message must be one line: " + m);
        assertEquals(file, e.file());
        assertEquals(line, e.line(), m);
        assertTrue(m.startsWith(file + ":" + line + ": "), m);
        assertTrue(m.contains(problemPart), m);
    }

    // ---- plain ----

    @Test
    void plainLinesAreUtterancesNumberedFromOne() throws IOException {
        Path f = write("a.txt", utf8("hello world\nsecond line\n"));
        Transcript t = TranscriptReader.read(f);
        assertEquals(TranscriptFormat.PLAIN, t.format());
        assertEquals(f, t.source());
        assertEquals(2, t.utterances().size());
        assertUtterance(t.utterances().get(0), "1", 1, "hello world");
        assertUtterance(t.utterances().get(1), "2", 2, "second line");
    }

    @Test
    void plainTrailingNewlineIsOptional() throws IOException {
        Transcript with = TranscriptReader.read(write("with.txt", utf8("a\nb\n")));
        Transcript without = TranscriptReader.read(write("without.txt", utf8("a\nb")));
        assertEquals(2, with.utterances().size());
        assertEquals(2, without.utterances().size());
        assertEquals("b", without.utterances().get(1).text());
    }

    @Test
    void plainEmptyLinesAreEmptyUtterances() throws IOException {
        Transcript t = TranscriptReader.read(write("e.txt", utf8("a\n\n\nb\n")));
        assertEquals(4, t.utterances().size());
        assertUtterance(t.utterances().get(1), "2", 2, "");
        assertUtterance(t.utterances().get(2), "3", 3, "");
        assertUtterance(t.utterances().get(3), "4", 4, "b");
    }

    @Test
    void emptyFileHasNoUtterances() throws IOException {
        assertEquals(0, TranscriptReader.read(write("empty.txt")).utterances().size());
        assertEquals(0, TranscriptReader.read(write("empty.trn")).utterances().size());
        assertEquals(0, TranscriptReader.read(write("bom-only.ark", BOM)).utterances().size());
    }

    @Test
    void crlfAndBomAreDropped() throws IOException {
        Path f = write("crlf.txt", BOM, utf8("caf\u00e9 one\r\ntwo\r\n\r\nthree"));
        List<Utterance> us = TranscriptReader.read(f).utterances();
        assertEquals(4, us.size());
        assertEquals("caf\u00e9 one", us.get(0).text(), "BOM removed, CR removed");
        assertEquals("two", us.get(1).text());
        assertEquals("", us.get(2).text());
        assertEquals("three", us.get(3).text());
    }

    // ---- trn ----

    @Test
    void trnIdInParenthesesAtTheEnd() throws IOException {
        Path f = write("r.trn", utf8("the cat sat (utt1)\n"
                + "\n"
                + "   \t \n"
                + "  spaced words   (  utt 2  )   \n"
                + "(empty)\n"
                + "a (b) aside (utt3)\n"));
        Transcript t = TranscriptReader.read(f);
        assertEquals(TranscriptFormat.TRN, t.format());
        List<Utterance> us = t.utterances();
        assertEquals(4, us.size(), "blank lines are skipped");
        assertUtterance(us.get(0), "utt1", 1, "the cat sat");
        assertUtterance(us.get(1), "utt 2", 4, "spaced words");
        assertUtterance(us.get(2), "empty", 5, "");
        assertUtterance(us.get(3), "utt3", 6, "a (b) aside");
    }

    @Test
    void trnCommentLinesStartingWithTwoSemicolonsAreSkipped() throws IOException {
        // sclite's comment lines; a semicolon elsewhere belongs to the words (sclite tags, word;tag).
        Path f = write("c.trn", utf8(";; a comment (not an utterance)\n"
                + ";;;;;;;;\n"
                + "a;tag b (u1)\n"
                + " ;; indented: not a comment (u2)\n"));
        List<Utterance> us = TranscriptReader.read(f).utterances();
        assertEquals(2, us.size());
        assertUtterance(us.get(0), "u1", 3, "a;tag b");
        assertUtterance(us.get(1), "u2", 4, ";; indented: not a comment");
    }

    @Test
    void commentsAreOnlyATrnThing() throws IOException {
        List<Utterance> plain = TranscriptReader.read(write("c.txt", utf8(";; words\n"))).utterances();
        assertEquals(1, plain.size());
        assertUtterance(plain.get(0), "1", 1, ";; words");
    }

    @Test
    void trnWithCrlfAndBom() throws IOException {
        Path f = write("w.trn", BOM, utf8("one two (a)\r\n\r\nthree (b)\r\n"));
        List<Utterance> us = TranscriptReader.read(f).utterances();
        assertEquals(2, us.size());
        assertUtterance(us.get(0), "a", 1, "one two");
        assertUtterance(us.get(1), "b", 3, "three");
    }

    @Test
    void trnAndKaldiLastLineNeedsNoNewline() throws IOException {
        List<Utterance> trn = TranscriptReader.read(write("last.trn", utf8("a (x)\nb c (y)"))).utterances();
        assertEquals(2, trn.size());
        assertUtterance(trn.get(1), "y", 2, "b c");
        List<Utterance> kaldi = TranscriptReader.read(write("last.ark", utf8("x a\r\ny b c"))).utterances();
        assertEquals(2, kaldi.size());
        assertUtterance(kaldi.get(1), "y", 2, "b c");
    }

    @Test
    void trnLineWithoutIdIsAnError() throws IOException {
        Path f = write("noid.trn", utf8("ok line (a)\nno id here\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 2, "(utt_id)");
    }

    @Test
    void trnUnbalancedParenthesisIsAnError() throws IOException {
        Path f = write("unbalanced.trn", utf8("ok (a)\n\nwords id)\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 3, "(utt_id)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"words ()", "words (   )", "()"})
    void trnEmptyIdIsAnError(String line) throws IOException {
        Path f = write("emptyid.trn", utf8("first (a)\n" + line + "\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 2, "empty utterance id");
    }

    @Test
    void trnDuplicateIdNamesBothLines() throws IOException {
        Path f = write("dup.trn", utf8("a (x)\n\nb (y)\nc (x)\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 4, "'x'");
        assertTrue(e.getMessage().contains("first seen on line 1"), e.getMessage());
    }

    // ---- kaldi ----

    @Test
    void kaldiIdThenWords() throws IOException {
        Path f = write("t.ark", utf8("utt1 hello world\n"
                + "\n"
                + "   utt2\tspaced   out  \n"
                + "utt3\n"
                + "  \t\n"
                + "utt4 last"));
        Transcript t = TranscriptReader.read(f);
        assertEquals(TranscriptFormat.KALDI, t.format());
        List<Utterance> us = t.utterances();
        assertEquals(4, us.size(), "blank lines are skipped");
        assertUtterance(us.get(0), "utt1", 1, "hello world");
        assertUtterance(us.get(1), "utt2", 3, "spaced out");
        assertUtterance(us.get(2), "utt3", 4, "");
        assertUtterance(us.get(3), "utt4", 6, "last");
    }

    @Test
    void kaldiCrlfDoesNotLeakIntoIdOrText() throws IOException {
        Path f = write("c.kaldi", BOM, utf8("u1 a b\r\nu2\r\n"));
        List<Utterance> us = TranscriptReader.read(f).utterances();
        assertEquals("u1", us.get(0).id());
        assertEquals(" a b", us.get(0).text());
        assertEquals("u2", us.get(1).id());
        assertEquals("", us.get(1).text());
    }

    @Test
    void kaldiDuplicateIdNamesBothLines() throws IOException {
        Path f = write("dup.ark", utf8("\nu1 a\nu2 b\n  u1 c\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 4, "'u1'");
        assertTrue(e.getMessage().contains("first seen on line 2"), e.getMessage());
    }

    @Test
    void plainAllowsRepeatedText() throws IOException {
        // Plain lines have no ids of their own, so equal lines are not duplicates.
        assertEquals(2, TranscriptReader.read(write("same.txt", utf8("x\nx\n"))).utterances().size());
    }

    @Test
    void explicitFormatOverridesTheExtension() throws IOException {
        Path f = write("looks-plain.txt", utf8("a b (id1)\n"));
        Transcript t = TranscriptReader.read(f, TranscriptFormat.TRN);
        assertEquals("id1", t.utterances().get(0).id());
        assertEquals("a b (id1)", TranscriptReader.read(f).utterances().get(0).text());
    }

    // ---- UTF-8 ----

    @Test
    void invalidUtf8NamesTheLineOfTheBadByte() throws IOException {
        Path f = write("bad.txt", utf8("caf\u00e9 ok\nline two\nthree "), new byte[] {(byte) 0xFF}, utf8(" x\nfour\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 3, "UTF-8");
    }

    @Test
    void invalidUtf8AfterBomAndCrlfLines() throws IOException {
        // Latin-1 'é' (0xE9 followed by a space is not a valid sequence) on line 4.
        Path f = write("latin1.trn", BOM, utf8("a (1)\r\n\r\nb (2)\r\ncaf"), new byte[] {(byte) 0xE9}, utf8(" (3)\r\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 4, "UTF-8");
    }

    @Test
    void invalidUtf8OnTheFirstLine() throws IOException {
        Path f = write("first.ark", new byte[] {'u', '1', ' ', (byte) 0xC3, '(', '\n'});
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 1, "UTF-8");
    }

    @Test
    void truncatedSequenceAtTheEndOfFile() throws IOException {
        Path f = write("trunc.txt", utf8("a\nb\n\u00e9"), new byte[] {(byte) 0xE2, (byte) 0x82});
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 3, "UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C080", "EDA080", "F4908080", "80"})
    void overlongSurrogateAndOutOfRangeSequencesAreRejected(String hex) throws IOException {
        byte[] bad = new byte[hex.length() / 2];
        for (int k = 0; k < bad.length; k++) {
            bad[k] = (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
        }
        Path f = write("seq.txt", utf8("fine\n"), bad, utf8("\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertOneLine(e, f, 2, "UTF-8");
    }

    @Test
    void validMultibyteTextIsDecoded() throws IOException {
        String text = "na\u00efve \u65e5\u672c\u8a9e \ud83d\ude00 (u1)";
        Transcript t = TranscriptReader.read(write("ok.trn", utf8(text + "\n")));
        assertUtterance(t.utterances().get(0), "u1", 1, "na\u00efve \u65e5\u672c\u8a9e \ud83d\ude00");
    }

    @Test
    void missingFileIsADataErrorNamingIt() {
        Path f = dir.resolve("nope.trn");
        WerkDataException e = assertThrows(WerkDataException.class, () -> TranscriptReader.read(f));
        assertEquals(f, e.file());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }

    @Test
    void parseOfInMemoryTextNamesInput() {
        WerkDataException e = assertThrows(WerkDataException.class,
                () -> TranscriptReader.parse("a (x)\nb (x)\n", null, TranscriptFormat.TRN));
        assertEquals("<input>:2: duplicate utterance id 'x' (first seen on line 1)", e.getMessage());
    }
}
