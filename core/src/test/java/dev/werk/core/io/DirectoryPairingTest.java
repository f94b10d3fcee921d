package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryPairingTest {
    @TempDir
    Path dir;
    Path ref;
    Path hyp;

    @BeforeEach
    void folders() throws IOException {
        ref = Files.createDirectory(dir.resolve("ref"));
        hyp = Files.createDirectory(dir.resolve("hyp"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void filesPairByBaseNameAndEachIsReadInItsOwnFormat() throws IOException {
        write(ref.resolve("a.trn"), "one two (u1)\nthree (u2)\n");
        write(hyp.resolve("a.trn"), "three (u2)\none (u1)\n");
        write(ref.resolve("b.txt"), "x y\n");
        write(hyp.resolve("b.nlp"), "token|speaker\nx|1\nz|1\n");
        write(ref.resolve(".hidden"), "ignored\n");
        List<DirectoryPairing.PairedFile> files = DirectoryPairing.read(ref, null, hyp, null, false).files();
        assertEquals(List.of("a", "b"), files.stream().map(DirectoryPairing.PairedFile::name).toList());
        List<UtterancePair> a = files.get(0).paired().pairs();
        assertEquals(List.of("u1", "u2"), a.stream().map(UtterancePair::id).toList());
        assertEquals("one", a.get(0).hypothesisText().strip());
        List<UtterancePair> b = files.get(1).paired().pairs();
        assertEquals(1, b.size());
        assertEquals("x z", b.get(0).hypothesisText());
        assertEquals(hyp.resolve("b.nlp"), files.get(1).hypothesis());
    }

    @Test
    void aReferenceWithoutHypothesisIsAllDeletionsWithAWarning() throws IOException {
        write(ref.resolve("a.txt"), "one\n");
        write(ref.resolve("b.txt"), "two three\nfour\n");
        write(hyp.resolve("a.txt"), "one\n");
        List<DirectoryPairing.PairedFile> files = DirectoryPairing.read(ref, null, hyp, null, false).files();
        DirectoryPairing.PairedFile b = files.get(1);
        assertNull(b.hypothesis());
        assertEquals(2, b.paired().pairs().size());
        assertTrue(b.paired().pairs().stream().allMatch(p -> p.hypothesis() == null));
        assertEquals(List.of(ref.resolve("b.txt") + ": no hypothesis file with base name 'b' in " + hyp
                + "; scored as all deletions"), b.paired().warnings());
    }

    @Test
    void aHypothesisWithoutReferenceIsLeftOutWithAWarning() throws IOException {
        write(ref.resolve("a.txt"), "one\n");
        write(hyp.resolve("a.txt"), "one\n");
        write(hyp.resolve("zz.txt"), "extra\n");
        DirectoryPairing.Result r = DirectoryPairing.read(ref, null, hyp, null, false);
        assertEquals(List.of("a"), r.files().stream().map(DirectoryPairing.PairedFile::name).toList());
        assertEquals(List.of(hyp.resolve("zz.txt") + ": no reference file with base name 'zz' in " + ref + "; not scored"),
                r.warnings());
    }

    @Test
    void twoFilesWithOneBaseNameAreAnError() throws IOException {
        write(ref.resolve("a.txt"), "one\n");
        write(ref.resolve("a.trn"), "one (u)\n");
        WerkDataException e = assertThrows(WerkDataException.class, () -> DirectoryPairing.read(ref, null, hyp, null, false));
        assertTrue(e.getMessage().contains("shares its base name 'a' with a.trn"), e.getMessage());
    }

    @Test
    void anEmptyReferenceFolderIsAnError() {
        assertThrows(WerkDataException.class, () -> DirectoryPairing.read(ref, null, hyp, null, false));
    }

    @Test
    void wholeFileJoinsEachFilesLinesAndGivenFormatsOverrideExtensions() throws IOException {
        write(ref.resolve("call.txt"), "hello there\n\ngeneral kenobi\n");
        write(hyp.resolve("call.out"), "hello there general\n");
        write(ref.resolve("lost.txt"), "a\nb\n");
        List<DirectoryPairing.PairedFile> files = DirectoryPairing.read(ref, TranscriptFormat.PLAIN, hyp,
                TranscriptFormat.PLAIN, true).files();
        UtterancePair call = files.get(0).paired().pairs().get(0);
        assertEquals("call", call.id());
        assertEquals("hello there general kenobi", call.reference().text());
        assertEquals("hello there general", call.hypothesisText());
        List<UtterancePair> lost = files.get(1).paired().pairs();
        assertEquals(1, lost.size());
        assertEquals("a b", lost.get(0).reference().text());
        assertNull(lost.get(0).hypothesis());
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorNamingFileAndLine() throws IOException {
        write(ref.resolve("a.ctm"), "f A 1 1 ok\n");
        Files.write(hyp.resolve("a.ctm"), "f A 1 1 ok\nf A 2 1 caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        WerkDataException e = assertThrows(WerkDataException.class, () -> DirectoryPairing.read(ref, null, hyp, null, false));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(hyp.resolve("a.ctm") + ":2: not valid UTF-8"), e.getMessage());
    }

    @Test
    void subfoldersAreNamedInAWarningOrReadWithRecursivePairedByRelativePath() throws IOException {
        write(ref.resolve("a.txt"), "one\n");
        write(hyp.resolve("a.txt"), "one\n");
        Files.createDirectories(ref.resolve("day1/late"));
        Files.createDirectories(hyp.resolve("day1/late"));
        write(ref.resolve("day1/b.txt"), "two three\n");
        write(ref.resolve("day1/late/c.txt"), "four\n");
        write(hyp.resolve("day1/late/c.txt"), "for\n");
        write(hyp.resolve("day1/b.txt"), "two tree\n");

        DirectoryPairing.Result flat = DirectoryPairing.read(ref, null, hyp, null, false);
        assertEquals(List.of("a"), flat.files().stream().map(DirectoryPairing.PairedFile::name).toList());
        assertEquals(List.of(ref.resolve("day1") + ": a subfolder; its files are not scored (give --recursive to score "
                        + "subfolders, pairing files by their path relative to " + ref + ")",
                hyp.resolve("day1") + ": a subfolder; its files are not scored (give --recursive to score "
                        + "subfolders, pairing files by their path relative to " + hyp + ")"), flat.warnings());

        DirectoryPairing.Result deep = DirectoryPairing.read(ref, null, hyp, null,
                new DirectoryPairing.Options(false, false, true, ReadOptions.STRICT));
        assertEquals(List.of("a", "day1/b", "day1/late/c"), deep.files().stream().map(DirectoryPairing.PairedFile::name).toList());
        assertEquals(List.of(), deep.warnings());
        assertEquals(hyp.resolve("day1/late/c.txt"), deep.files().get(2).hypothesis());
        assertEquals("for", deep.files().get(2).paired().pairs().get(0).hypothesisText());
    }

    @Test
    void aReferenceFolderWithOnlySubfoldersPointsToRecursive() throws IOException {
        Files.createDirectories(ref.resolve("day1"));
        write(ref.resolve("day1/a.txt"), "one\n");
        WerkDataException e = assertThrows(WerkDataException.class, () -> DirectoryPairing.read(ref, null, hyp, null, false));
        assertTrue(e.getMessage().contains("give --recursive"), e.getMessage());
    }
}
