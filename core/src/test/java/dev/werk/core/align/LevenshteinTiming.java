package dev.werk.core.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throwaway timing harness, not a test (surefire ignores the name): aligns a long-form pair
 * (and optionally a file of short utterance pairs) repeatedly and prints wall times. Run with
 * {@code java -Xmx1g -cp core/target/classes:core/target/test-classes dev.werk.core.align.LevenshteinTiming
 * REF HYP [REPEATS] [SHORT_REF SHORT_HYP]}.
 */
final class LevenshteinTiming {
    private LevenshteinTiming() {
    }

    public static void main(String[] args) throws IOException {
        Vocabulary vocabulary = new Vocabulary();
        int[] ref = vocabulary.words(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        int[] hyp = vocabulary.words(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        LevenshteinAligner aligner = new LevenshteinAligner();
        System.out.printf("long pair: %d ref words, %d hyp words%n", ref.length, hyp.length);
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            Alignment a = aligner.align(ref, hyp);
            long ns = System.nanoTime() - start;
            BandedAligner banded = aligner.banded();
            System.out.printf("  run %d: %.1f ms  %s passes=%d checkpoints=%d heapUsed=%d MB%n", r, ns / 1e6,
                    a.counts(), banded.lastPasses(), banded.lastCheckpoints(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        if (args.length > 4) {
            List<String> refLines = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
            List<String> hypLines = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8);
            int[][] refs = new int[refLines.size()][];
            int[][] hyps = new int[refLines.size()][];
            long words = 0;
            for (int k = 0; k < refs.length; k++) {
                refs[k] = vocabulary.words(refLines.get(k));
                hyps[k] = vocabulary.words(hypLines.get(k));
                words += refs[k].length;
            }
            for (int r = 0; r < 10; r++) {
                long start = System.nanoTime();
                long[] sdi = new long[3];
                for (int k = 0; k < refs.length; k++) {
                    Alignment a = aligner.align(refs[k], hyps[k]);
                    sdi[0] += a.substitutions();
                    sdi[1] += a.deletions();
                    sdi[2] += a.insertions();
                }
                long ns = System.nanoTime() - start;
                System.out.printf("  short pairs run %d: %d pairs, %d ref words, S/D/I %d/%d/%d, %.1f ms%n",
                        r, refs.length, words, sdi[0], sdi[1], sdi[2], ns / 1e6);
            }
        }
    }
}
