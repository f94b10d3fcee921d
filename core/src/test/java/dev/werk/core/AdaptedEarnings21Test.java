package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.fstalign.EntityTypes;
import dev.werk.core.fstalign.Fstalign;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.NlpReference;
import dev.werk.core.fstalign.Normalizations;
import dev.werk.core.fstalign.SynonymRules;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * werk's {@code --composition adapted} against fstalign itself on a whole Earnings-21 call (4320211,
 * 8,763 reference words, amazon, with its normalization file): the answers fstalign (revdotcom/fstalign
 * dcf2655, its defaults, so derived cut-off and hyphen rules) printed, recorded in
 * {@code testdata/fstalign/adapted/earnings21.tsv} by {@code earnings21.sh}. Skipped without
 * {@code ../shared}.
 */
class AdaptedEarnings21Test {
    @Test
    void sameAnswersAsFstalignOnWholeCalls() throws IOException {
        String dir = System.getProperty("werk.shared");
        Path e21 = (dir != null ? Path.of(dir) : Path.of("..", "..", "shared")).resolve("corpora/earnings21");
        Assumptions.assumeTrue(Files.isDirectory(e21.resolve("transcripts/normalizations")),
                () -> "skipped: Earnings-21 not found at " + e21.toAbsolutePath() + " (set -Dwerk.shared=DIR)");
        FstalignSettings s = new FstalignSettings(SynonymRules.NONE, true, true, true).withAdapted(true);
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(AdaptedOracleTest.dir().resolve("earnings21.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Path ref = e21.resolve("transcripts/nlp_references/" + f[0] + ".nlp");
            Path hyp = e21.resolve("output/" + f[1] + "/" + f[0] + ".nlp");
            Path norm = e21.resolve("transcripts/normalizations/" + f[0] + ".norm.json");
            FstalignScoring.FilePair p = new FstalignScoring.FilePair(f[0], ref, TranscriptFormat.NLP, hyp, TranscriptFormat.NLP,
                    norm, null);
            NlpReference r = FstalignScoring.reference(p);
            Counts c = Fstalign.align(r, Normalizations.read(norm), EntityTypes.NONE,
                    FstalignScoring.hypothesis(hyp, TranscriptFormat.NLP), s, TranscriptFormat.NLP).alignment().counts();
            String got = "INS:" + c.insertions() + " DEL:" + c.deletions() + " SUB:" + c.substitutions();
            if (!got.equals(f[2])) {
                wrong.add(f[0] + " " + f[1] + ": fstalign " + f[2] + ", werk " + got);
            }
            n++;
        }
        assertEquals(1, n);
        assertEquals(List.of(), wrong);
    }
}
