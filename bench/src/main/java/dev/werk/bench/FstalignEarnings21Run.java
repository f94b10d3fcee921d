package dev.werk.bench;

import dev.werk.core.FstalignFiles;
import dev.werk.core.FstalignScore;
import dev.werk.core.FstalignScoring;
import dev.werk.core.fstalign.FstalignSettings;
import java.nio.file.Path;
import java.util.Locale;

/**
 * All 308 Earnings-21 call × system pairs scored as {@code werk score --fstalign} scores them
 * (normalizations, wer_tags, fstalign 1.0's settings), in one process: the whole-process figure of
 * BENCHMARKS.md. Run with {@code java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp
 * bench/target/werk-bench.jar dev.werk.bench.FstalignEarnings21Run [SHARED_DIR]}.
 */
public final class FstalignEarnings21Run {
    private static final String[] SYSTEMS = {"google", "amazon", "microsoft", "speechmatics", "rev/kaldi/nlp",
        "rev/espnet/nlp", "kaldi_org/librispeech/nlp"};

    private FstalignEarnings21Run() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path e21 = Path.of(args.length > 0 ? args[0] : "../shared").resolve("corpora/earnings21");
        Path t = e21.resolve("transcripts");
        int pairs = 0;
        for (String sys : SYSTEMS) {
            FstalignFiles.Paired p = FstalignFiles.pairFolders(t.resolve("nlp_references"), null, e21.resolve("output").resolve(sys),
                    null, t.resolve("normalizations"), t.resolve("wer_tags"));
            FstalignScore s = FstalignScoring.score(p.pairs(), FstalignSettings.DEFAULTS_2021, false, p.warnings(),
                    java.util.concurrent.ForkJoinPool.commonPool());
            pairs += s.files().files().size();
            System.out.printf(Locale.ROOT, "%-28s wer %.4f  mean class wer %.4f%n", sys, s.pooled().measures().wer(),
                    s.classes().meanWer());
        }
        System.out.printf(Locale.ROOT, "%d pairs in %.2f s (in-process, after JVM start)%n", pairs, (System.nanoTime() - t0) / 1e9);
    }
}
