package dev.werk.bench;

import dev.werk.core.align.Vocabulary;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.Utterance;
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

    /** Words tokenised, so the work cannot be optimised away. */
    @Benchmark
    public long readNormalizeTokenize() throws IOException {
        Vocabulary v = new Vocabulary();
        boolean identity = normalize.steps().isEmpty();
        long words = 0;
        for (Path p : new Path[] {ref, hyp}) {
            for (Utterance u : TranscriptReader.read(p, TranscriptFormat.PLAIN).utterances()) {
                words += v.words(identity ? u.text() : normalize.normalize(u.text())).length;
            }
        }
        return words;
    }
}
