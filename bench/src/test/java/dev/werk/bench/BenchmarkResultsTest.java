package dev.werk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.align.CostModel;
import dev.werk.core.metrics.Counts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks must measure correct work: what they compute is checked against the peers'
 * counts for the same files (golden/peer-counts/bench.tsv), so a fast wrong answer cannot pass.
 */
class BenchmarkResultsTest {

    private static Path shortSet() {
        Path dir = Path.of(System.getProperty("werk.shared", "../../shared")).resolve("bench/short");
        assumeTrue(Files.isRegularFile(dir.resolve("ref.txt")),
                "shared benchmark data absent at " + dir.toAbsolutePath() + ": benchmark check skipped");
        return dir;
    }

    @Test
    void shortSetLevenshteinEqualsJiwer() throws Exception {
        Path dir = shortSet();
        CorpusScore s = ShortCorpusBenchmark.score(dir.resolve("ref.txt"), dir.resolve("hyp.txt"), ScoreOptions.defaults());
        // jiwer-4.0.0 row of bench.tsv: hits 417229, sub 16655, del 13344, ins 13493
        assertEquals(new Counts(417229, 16655, 13344, 13493), s.total());
    }

    @Test
    void shortSetScliteEqualsSclite() throws Exception {
        Path dir = shortSet();
        CorpusScore s = ShortCorpusBenchmark.score(dir.resolve("ref.txt"), dir.resolve("hyp.txt"),
                ScoreOptions.defaults().withCost(CostModel.SCLITE));
        // sclite-sctk-2.4.10 row of bench.tsv: hits 417639, sub 15835, del 13754, ins 13903
        assertEquals(new Counts(417639, 15835, 13754, 13903), s.total());
    }
}
