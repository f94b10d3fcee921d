package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.fstalign.EntityTypes;
import dev.werk.core.fstalign.Fstalign;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.SynonymRules;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * werk's {@code --composition standard-walker} against fstalign itself: seeded random pairs (plain
 * text, text with synonym rules, NLP references with entities and normalization files; text and CTM
 * hypotheses; a quarter of them 20-45 words long, where fstalign's Levenshtein first pass and its
 * pruning act) and the answer fstalign (built from revdotcom/fstalign at commit dcf2655) printed for
 * each with {@code --composition-approach standard}, recorded in
 * {@code testdata/fstalign/standard/cases.tsv} by {@code testdata/fstalign/generate_answers.py}. Each case's files are
 * written back here as the generator wrote them and read by werk's own readers; werk must give the
 * same insertions, deletions and substitutions for every pair. werk's default standard search (the
 * cheapest path) must never cost more than fstalign's answer, an accepted path too.
 */
class StandardOracleTest {
    @TempDir
    Path tmp;

    static Path dir() {
        return RecordedFstalignPair.dir("standard");
    }

    @Test
    void sameAnswersAsFstalignOnRecordedPairs() throws IOException {
        SynonymRules rules = RecordedFstalignPair.rules();
        int cheaper = 0;
        List<RecordedFstalignPair> pairs = RecordedFstalignPair.recorded("standard", tmp);
        List<String> wrong = new ArrayList<>();
        for (RecordedFstalignPair p : pairs) {
            // fstalign at this commit always runs its synonym engine: cut-off and hyphen rules are derived
            FstalignSettings s = new FstalignSettings(p.mode().equals("syn") ? rules : SynonymRules.NONE, true, true, true);
            Counts c = Fstalign.align(p.reference(), p.normalizations(), EntityTypes.NONE, p.hypothesis(), s.withWalker(true),
                    p.hypFormat()).alignment().counts();
            Counts cheapest = Fstalign.align(p.reference(), p.normalizations(), EntityTypes.NONE, p.hypothesis(), s,
                    p.hypFormat()).alignment().counts();
            double fstalignCost = cost(p.answer());
            assertTrue(cost(cheapest) <= fstalignCost + 1e-9, () -> "cheapest path costs more than fstalign's: " + p.differs(""));
            cheaper += cost(cheapest) < fstalignCost - 1e-9 ? 1 : 0;
            if (!p.answer().equals(RecordedFstalignPair.answer(c))) {
                wrong.add(p.differs(RecordedFstalignPair.answer(c)));
            }
        }
        int n = pairs.size();
        long nlp = pairs.stream().filter(p -> p.mode().equals("nlp")).count();
        long ctm = pairs.stream().filter(p -> p.hypFormat() == TranscriptFormat.CTM).count();
        assertTrue(n >= 200 && nlp >= 60 && ctm >= 40, n + " recorded pairs, " + nlp + " NLP, " + ctm + " CTM");
        assertEquals(List.of(), wrong, wrong.size() + " of " + n + " differ");
        System.out.println("standard oracle: " + n + " pairs agree; the cheapest path costs less than fstalign's answer on "
                + cheaper);
        // the walker's answer is not always the cheapest path: the recorded pairs must show it
        assertTrue(cheaper > 0, "no pair where fstalign's answer costs more than the cheapest path");
    }

    private static double cost(Counts c) {
        return c.insertions() + c.deletions() + 1.5 * c.substitutions();
    }

    /** The fstalign cost (ins 1, del 1, sub 1.5) of an answer {@code INS:i DEL:d SUB:s}. */
    private static double cost(String answer) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("INS:(\\d+) DEL:(\\d+) SUB:(\\d+)").matcher(answer);
        assertTrue(m.matches(), answer);
        return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) + 1.5 * Integer.parseInt(m.group(3));
    }
}
