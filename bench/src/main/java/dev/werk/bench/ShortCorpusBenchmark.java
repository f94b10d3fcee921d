package dev.werk.bench;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading + pairing + alignment of the 20,000-utterance set (447,228 reference words), on one
 * thread. Reference words per second = 447,228 / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShortCorpusBenchmark {
    @Param({"levenshtein", "sclite"})
    public String cost;

    @Param({"none", "jiwer"})
    public String normalizer;

    private Path ref;
    private Path hyp;
    private ScoreOptions options;

    @Setup
    public void setUp() {
        Path dir = BenchData.shared().resolve("bench/short");
        ref = dir.resolve("ref.txt");
        hyp = dir.resolve("hyp.txt");
        options = ScoreOptions.defaults().withCost(CostModel.fromId(cost))
                .withNormalizer(dev.werk.core.text.TextNormalizer.preset(normalizer));
    }

    /** The whole in-process job: read both files, pair, align, pool. */
    @Benchmark
    public long readAndAlign() throws IOException {
        return score(ref, hyp, options).total().errors();
    }

    static CorpusScore score(Path ref, Path hyp, ScoreOptions options) throws IOException {
        return Scorer.score(Pairing.pair(TranscriptReader.read(ref, TranscriptFormat.PLAIN),
                TranscriptReader.read(hyp, TranscriptFormat.PLAIN)), options);
    }
}
