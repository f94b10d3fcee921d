package dev.werk.bench;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.CostModel;
import dev.werk.core.align.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
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
 * Exact alignment of one long pair (tokens already interned): the shared 20,000-word pair, and the
 * generated 200,000-word pair (run with -Xmx1g to hold the memory target).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LongPairBenchmark {
    @Param({"20k", "200k"})
    public String size;

    @Param({"levenshtein", "sclite"})
    public String cost;

    private int[] ref;
    private int[] hyp;
    private Aligner aligner;

    @Setup
    public void setUp() throws IOException {
        Path dir = size.equals("20k") ? BenchData.shared().resolve("bench") : BenchData.longForm();
        Vocabulary v = new Vocabulary();
        ref = v.words(Files.readString(dir.resolve("long/ref.txt")));
        hyp = v.words(Files.readString(dir.resolve("long/hyp.txt")));
        aligner = Aligner.create(CostModel.fromId(cost));
    }

    @Benchmark
    public int align() {
        return aligner.align(ref, hyp).errors();
    }
}
