package dev.werk.bench;

import dev.werk.core.ScoreOptions;
import dev.werk.core.UtteranceScorer;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.UtterancePair;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.text.TextNormalizer;
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
 * Reading, normalising and tokenising the 20,000-utterance set without aligning it, on one thread,
 * to see what the alignment adds in {@link ShortCorpusBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {
    @Param({"none", "jiwer"})
    public String normalizer;

    private Path ref;
    private Path hyp;
    private TextNormalizer normalize;

    @Setup
    public void setUp() {
        Path dir = BenchData.shared().resolve("bench/short");
        ref = dir.resolve("ref.txt");
        hyp = dir.resolve("hyp.txt");
        normalize = TextNormalizer.preset(normalizer);
    }

    /**
     * Reads, pairs and scores both files one utterance at a time through the pipeline's one seam
     * (normalise, intern, align); the reference words, so the work cannot be optimised away. Since
     * the interner became internal to that pipeline, tokenising is measured together with the
     * (much cheaper) alignment of these short utterances.
     */
    @Benchmark
    public long readNormalizeTokenize() throws IOException {
        Pairing.Result paired = Pairing.pair(TranscriptReader.read(ref, TranscriptFormat.PLAIN),
                TranscriptReader.read(hyp, TranscriptFormat.PLAIN));
        UtteranceScorer scorer = new UtteranceScorer(ScoreOptions.defaults().withNormalizer(normalize));
        long words = 0;
        for (UtterancePair p : paired.pairs()) {
            words += scorer.score(p, paired.reference(), paired.hypothesis()).referenceTokens().size();
        }
        return words;
    }
}
