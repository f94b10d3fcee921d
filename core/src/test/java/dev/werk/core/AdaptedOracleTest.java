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
 * werk's {@code --composition adapted} against fstalign itself: seeded random pairs (plain text,
 * text with synonym rules, NLP references with entities and normalization files; text and CTM
 * hypotheses; a quarter of them 20-45 words long, where fstalign's Levenshtein first pass and its
 * pruning act) and the answer fstalign (built from revdotcom/fstalign at commit dcf2655) printed for
 * each with {@code --composition-approach adapted}, recorded in
 * {@code testdata/fstalign/adapted/cases.tsv} by {@code testdata/fstalign/generate_answers.py}. Each case's files are
 * written back here as the generator wrote them and read by werk's own readers; werk must give the
 * same insertions, deletions and substitutions for every pair.
 */
class AdaptedOracleTest {
    @TempDir
    Path tmp;

    static Path dir() {
        return RecordedFstalignPair.dir("adapted");
    }

    @Test
    void sameAnswersAsFstalignOnRecordedPairs() throws IOException {
        SynonymRules rules = RecordedFstalignPair.rules();
        List<RecordedFstalignPair> pairs = RecordedFstalignPair.recorded("adapted", tmp);
        List<String> wrong = new ArrayList<>();
        for (RecordedFstalignPair p : pairs) {
            // fstalign at this commit always runs its synonym engine: cut-off and hyphen rules are derived
            FstalignSettings s = new FstalignSettings(p.mode().equals("syn") ? rules : SynonymRules.NONE, true, true, true)
                    .withAdapted(true);
            Counts c = Fstalign.align(p.reference(), p.normalizations(), EntityTypes.NONE, p.hypothesis(), s, p.hypFormat())
                    .alignment().counts();
            if (!p.answer().equals(RecordedFstalignPair.answer(c))) {
                wrong.add(p.differs(RecordedFstalignPair.answer(c)));
            }
        }
        int n = pairs.size();
        long nlp = pairs.stream().filter(p -> p.mode().equals("nlp")).count();
        long ctm = pairs.stream().filter(p -> p.hypFormat() == TranscriptFormat.CTM).count();
        assertTrue(n >= 200 && nlp >= 60 && ctm >= 40, n + " recorded pairs, " + nlp + " NLP, " + ctm + " CTM");
        assertEquals(List.of(), wrong, wrong.size() + " of " + n + " differ");
    }
}
