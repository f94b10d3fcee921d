package dev.werk.cli;

import static dev.werk.cli.Cli.expect;
import static dev.werk.cli.Cli.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code werk align}: the alignment blocks of testdata/cli (see its README for the hand alignment). */
class AlignCommandTest {
    /** The default look: words as written, the operations on their own line (as jiwer shows them). */
    private static final List<String> UTT1 = List.of(
            "id: (utt1)",
            "Scores: (#C #S #D #I) 4 1 1 0",
            "REF:  the cat sat on the mat",
            "HYP:  the cat sit on *** mat",
            "              S      D");

    @TempDir
    Path dir;

    @Test
    void showsEveryUtteranceInReferenceOrder() {
        Cli.Result r = expect(0, "align", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"));
        List<String> lines = r.out().lines().toList();
        assertEquals("werk align: " + fixture("ref.trn") + " (trn) against " + fixture("hyp.trn") + " (trn)", lines.get(0));
        assertEquals("cost model: levenshtein   normalizer: none   unit: word   markup: sclite", lines.get(1));
        assertEquals("", lines.get(2));
        assertEquals(UTT1, lines.subList(3, 8));
        List<String> ids = lines.stream().filter(l -> l.startsWith("id: ")).toList();
        assertEquals(List.of("id: (utt1)", "id: (utt2)", "id: (utt3)", "id: (utt4)"), ids);
        assertTrue(lines.contains("HYP:  good morning ********"), r::toString);
    }

    @Test
    void errorsOnlyDropsPerfectUtterances() {
        Cli.Result r = expect(0, "align", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "--errors-only");
        List<String> ids = r.out().lines().filter(l -> l.startsWith("id: ")).toList();
        assertEquals(List.of("id: (utt1)", "id: (utt3)", "id: (utt4)"), ids);
        assertFalse(r.out().contains("hello world"), r::toString);
    }

    @Test
    void scliteCostChangesTheAlignment() throws IOException {
        Path ref = dir.resolve("ref.txt");
        Path hyp = dir.resolve("hyp.txt");
        Files.writeString(ref, "yes yes no no no\n");
        Files.writeString(hyp, "well um ok yes yes\n");
        Cli.Result sclite = expect(0, "align", "--ref", ref.toString(), "--hyp", hyp.toString(), "--cost", "sclite");
        assertTrue(sclite.out().contains("Scores: (#C #S #D #I) 2 0 3 3\n"), sclite::toString);
        Cli.Result lev = expect(0, "align", "--ref", ref.toString(), "--hyp", hyp.toString());
        assertTrue(lev.out().contains("Scores: (#C #S #D #I) 0 5 0 0\n"), lev::toString);
        // Five substitutions; each column is as wide as its wider word; words as written.
        assertTrue(lev.out().contains("REF:  yes  yes no no  no\n"), lev::toString);
        assertTrue(lev.out().contains("HYP:  well um  ok yes yes\n"), lev::toString);
        assertTrue(lev.out().contains("\n      S    S   S  S   S\n"), lev::toString);
        // sclite's pra look on request: errors upper-cased, the operation line labelled Eval:
        Cli.Result pra = expect(0, "align", "--ref", ref.toString(), "--hyp", hyp.toString(), "--style", "pra");
        assertTrue(pra.out().contains("REF:  YES  YES NO NO  NO\n"), pra::toString);
        assertTrue(pra.out().contains("HYP:  WELL UM  OK YES YES\n"), pra::toString);
        assertTrue(pra.out().contains("Eval: S    S   S  S   S\n"), pra::toString);
    }

    @Test
    void wordsDifferingOnlyInCaseShowAsWrittenWithTheirOperation() throws IOException {
        Path ref = Files.writeString(dir.resolve("ref.txt"), "the fund grew\n");
        Path hyp = Files.writeString(dir.resolve("hyp.txt"), "the FUND grew\n");
        List<String> lines = expect(0, "align", "--ref", ref.toString(), "--hyp", hyp.toString()).out().lines().toList();
        assertTrue(lines.contains("REF:  the fund grew"), lines::toString);
        assertTrue(lines.contains("HYP:  the FUND grew"), lines::toString);
        assertTrue(lines.contains("          S"), lines::toString);
        List<String> pra = expect(0, "align", "--ref", ref.toString(), "--hyp", hyp.toString(), "--style", "pra")
                .out().lines().toList();
        assertTrue(pra.contains("REF:  the FUND grew"), pra::toString);
        assertTrue(pra.contains("Eval:     S"), pra::toString);
        Cli.assertUsageError(Cli.run("align", "--ref", ref.toString(), "--hyp", hyp.toString(), "--style", "fancy"), "werk align");
    }

    @Test
    void outWritesTheFile() throws IOException {
        Path target = dir.resolve("align.pra");
        Cli.Result r = expect(0, "align", "--ref", fixture("ref.trn"), "--hyp", fixture("hyp.trn"), "--out", target.toString());
        assertEquals("", r.out());
        assertEquals(UTT1, Files.readAllLines(target).subList(3, 8));
    }
}
