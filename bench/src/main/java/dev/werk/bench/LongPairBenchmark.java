package dev.werk.bench;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.CostModel;
import dev.werk.core.text.Whitespace;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
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
        Map<String, Integer> ids = new HashMap<>();
        ref = ids(Files.readString(dir.resolve("long/ref.txt")), ids);
        hyp = ids(Files.readString(dir.resolve("long/hyp.txt")), ids);
        aligner = Aligner.create(CostModel.fromId(cost));
    }

    /** Word ids for the aligner (set-up only: werk's own interner is internal to its pipeline). */
    private static int[] ids(String text, Map<String, Integer> ids) {
        return Whitespace.split(text).stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
    }

    @Benchmark
    public int align() {
        return aligner.align(ref, hyp).errors();
    }
}
