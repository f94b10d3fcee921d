package dev.werk.core.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The paired bootstrap over units: every system is resampled with the same weights, so the
 * differences between systems keep their pairing. Two ways to draw the replicates:
 * <ul>
 *   <li>{@link Method#PERCENTILE} (werk's default): a Poisson(1) weight per unit and replicate from
 *       {@link PoissonWeights}, independent of order and partitioning; percentile intervals.</li>
 *   <li>{@link Method#KALDI}: Kaldi's {@code compute-wer-bootci} replayed per set and candidate
 *       (glibc {@code rand()} seeded with the seed, n draws with replacement per replicate, baseline
 *       interval, candidate interval, then the comparison from fresh draws); mean ± z·sd intervals.</li>
 * </ul>
 * Group index {@code groups().size()} is "all": every unit of every group.
 */
public final class PairedBootstrap {
    /** How replicates are drawn and intervals formed. */
    public enum Method { PERCENTILE, KALDI }

    /**
     * @param method    percentile (Poisson weights) or Kaldi's procedure
     * @param seed      the seed of the weights (Kaldi: of srand)
     * @param resamples replicates, at least 1
     * @param alpha     intervals have level 1 − alpha
     * @param baseline  index of the baseline system
     */
    public record Options(Method method, long seed, int resamples, double alpha, int baseline) {
        public Options {
            if (resamples < 1) {
                throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
            }
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must lie between 0 and 1, got " + alpha);
            }
        }
    }

    private PairedBootstrap() {
    }

    /** Runs the bootstrap over every group and "all". */
    public static BootstrapResult run(PairedCounts data, Options options) {
        return options.method() == Method.KALDI ? kaldi(data, options) : poisson(data, options);
    }

    /** The normal quantile for a two-sided level 1 − alpha; Kaldi's literal 1.96 at alpha 0.05. */
    static double z(double alpha) {
        return alpha == 0.05 ? 1.96 : new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - alpha / 2);
    }

    private static BootstrapResult poisson(PairedCounts data, Options o) {
        int groups = data.groups().size();
        int all = groups;
        int systems = data.systems().size();
        int reps = o.resamples();
        String[] names = data.names();
        Map<String, Integer> distinct = new HashMap<>();
        int[] unitOf = new int[names.length];
        long[] streamList = new long[names.length];
        int u = 0;
        for (int c = 0; c < names.length; c++) {
            Integer at = distinct.get(names[c]);
            if (at == null) {
                at = u;
                distinct.put(names[c], u);
                streamList[u++] = PoissonWeights.unitStream(o.seed(), names[c]);
            }
            unitOf[c] = at;
        }
        long[] streams = Arrays.copyOf(streamList, u);
        int[] group = data.groupArray();
        long[] words = data.wordsArray();
        long[][] errors = new long[systems][];
        for (int s = 0; s < systems; s++) {
            errors[s] = data.errorsArray(s);
        }
        long[] n = new long[(groups + 1) * reps];
        long[] e = new long[(groups + 1) * systems * reps];
        int[] w = new int[streams.length];
        long[] nAcc = new long[groups + 1];
        long[] eAcc = new long[(groups + 1) * systems];
        for (int r = 0; r < reps; r++) {
            // One hash per unit and replicate, shared by every system and group.
            for (int k = 0; k < streams.length; k++) {
                w[k] = PoissonWeights.weight(streams[k], r);
            }
            Arrays.fill(nAcc, 0);
            Arrays.fill(eAcc, 0);
            for (int c = 0; c < unitOf.length; c++) {
                int wc = w[unitOf[c]];
                if (wc == 0) {
                    continue;
                }
                int g = group[c];
                nAcc[g] += wc * words[c];
                int base = g * systems;
                for (int s = 0; s < systems; s++) {
                    eAcc[base + s] += wc * errors[s][c];
                }
            }
            for (int g = 0; g < groups; g++) {
                nAcc[all] += nAcc[g];
                for (int s = 0; s < systems; s++) {
                    eAcc[all * systems + s] += eAcc[g * systems + s];
                }
            }
            for (int g = 0; g <= groups; g++) {
                n[g * reps + r] = nAcc[g];
                for (int s = 0; s < systems; s++) {
                    e[(g * systems + s) * reps + r] = eAcc[g * systems + s];
                }
            }
        }
        BootstrapResult.Builder b = new BootstrapResult.Builder(data, o);
        double[] buf = new double[reps];
        for (int g = 0; g <= groups; g++) {
            for (int s = 0; s < systems; s++) {
                int k = 0;
                for (int r = 0; r < reps; r++) {
                    long nr = n[g * reps + r];
                    if (nr > 0) {
                        buf[k++] = (double) e[(g * systems + s) * reps + r] / nr;
                    }
                }
                Arrays.sort(buf, 0, k);
                b.wer(g, s, Interval.percentile(buf, k, o.alpha()), null);
                if (s == o.baseline()) {
                    continue;
                }
                long[] nr = Arrays.copyOfRange(n, g * reps, (g + 1) * reps);
                long[] eb = Arrays.copyOfRange(e, (g * systems + o.baseline()) * reps, (g * systems + o.baseline() + 1) * reps);
                long[] es = Arrays.copyOfRange(e, (g * systems + s) * reps, (g * systems + s + 1) * reps);
                b.comparison(g, s, nr, eb, es, countImprovements(eb, es) / (double) reps);
            }
        }
        return b.build();
    }

    private static int countImprovements(long[] baseline, long[] candidate) {
        int k = 0;
        for (int r = 0; r < baseline.length; r++) {
            if (baseline[r] - candidate[r] > 0) {
                k++;
            }
        }
        return k;
    }

    private static BootstrapResult kaldi(PairedCounts data, Options o) {
        int groups = data.groups().size();
        int systems = data.systems().size();
        int reps = o.resamples();
        int base = o.baseline();
        BootstrapResult.Builder b = new BootstrapResult.Builder(data, o);
        for (int g = 0; g <= groups; g++) {
            int[] cells = data.cellsOf(g);
            if (cells.length == 0) {
                continue;
            }
            // A unit in several groups (a block spanning sets) is one unit of "all", as in the Poisson bootstrap.
            int[] unitOf = new int[cells.length];
            int units = 0;
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                Integer at = seen.putIfAbsent(data.unit(cells[i]), units);
                unitOf[i] = at == null ? units++ : at;
            }
            long[] words = pick(data.wordsArray(), cells, unitOf, units);
            long[] eb = pick(data.errorsArray(base), cells, unitOf, units);
            // compute-wer-bootci ref baseline candidate: Set1's interval, Set2's, then the comparison.
            KaldiBootstrap.KaldiInterval baseInterval = KaldiBootstrap.interval(eb, words, reps, new GlibcRandom(o.seed()));
            b.wer(g, base, baseInterval.interval(), baseInterval);
            for (int s = 0; s < systems; s++) {
                if (s == base) {
                    continue;
                }
                long[] es = pick(data.errorsArray(s), cells, unitOf, units);
                GlibcRandom rng = new GlibcRandom(o.seed());
                KaldiBootstrap.interval(eb, words, reps, rng);
                KaldiBootstrap.KaldiInterval set2 = KaldiBootstrap.interval(es, words, reps, rng);
                b.wer(g, s, set2.interval(), set2);
                KaldiBootstrap.Comparison c = KaldiBootstrap.compare(eb, es, words, reps, rng);
                b.comparison(g, s, c.words(), c.errors1(), c.errors2(), c.probabilityOfImprovement());
            }
        }
        return b.build();
    }

    private static long[] pick(long[] values, int[] cells, int[] unitOf, int units) {
        long[] out = new long[units];
        for (int i = 0; i < cells.length; i++) {
            out[unitOf[i]] += values[cells[i]];
        }
        return out;
    }
}
