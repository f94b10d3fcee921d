package dev.werk.core.stats;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * NIST's Matched Pair Sentence Segment (Word Error) test, as sc_stats computes it
 * (SCTK src/sclite/mtchprs.c {@code test_comp_sents}, {@code count_seg}, and statdist.c
 * {@code calc_mean_var_std_dev_Zstat}). Each utterance's two alignments are cut into segments
 * bounded by at least {@code minGood} consecutive reference words both systems got right; a
 * segment's reference words are the mean of both sides' (integer division), its errors each side's
 * non-correct steps, and a segment without errors on either side is dropped. Z = mean(d) / (sd(d)/√n)
 * over the per-segment differences d = e1 − e2 with the n − 1 standard deviation (0 when all d are
 * equal); the p-value is two-tailed from the standard normal.
 */
public final class Mapsswe {
    /** sc_stats' default minimum number of good boundary words. */
    public static final int MIN_GOOD = 2;

    /**
     * One utterance seen by both systems: each alignment with the reference tokens it aligned
     * (the same list for both unless sclite markup chose different alternatives).
     */
    public record Pair(Alignment first, List<String> firstReference, Alignment second, List<String> secondReference) {
        public Pair {
            Objects.requireNonNull(first);
            Objects.requireNonNull(second);
            firstReference = List.copyOf(firstReference);
            secondReference = List.copyOf(secondReference);
        }

        /** Both systems against the same reference tokens. */
        public static Pair of(Alignment first, Alignment second, List<String> reference) {
            return new Pair(first, reference, second, reference);
        }
    }

    /** One segment: its reference words and each system's errors. */
    public record Segment(int referenceWords, int errors1, int errors2) {
    }

    /**
     * @param segments      the segments with an error on either side
     * @param sentences     utterances compared
     * @param errors1       errors of system 1 summed over segments
     * @param errors2       errors of system 2 summed over segments
     * @param referenceWords reference words summed over segments
     * @param mean          mean of e1 − e2 per segment (NaN without segments)
     * @param standardDeviation n − 1 standard deviation of the differences
     * @param z             the Z statistic (0 when the differences do not vary, NaN without segments)
     * @param p             two-tailed p-value, NaN without segments
     */
    public record Result(List<Segment> segments, int sentences, long errors1, long errors2, long referenceWords,
                         double mean, double standardDeviation, double z, double p) {
        public Result {
            segments = List.copyOf(segments);
        }
    }

    private static final byte CORR = 0;
    private static final byte INS = 3;

    private Mapsswe() {
    }

    /** The test with sc_stats' default of 2 good boundary words. */
    public static Result test(List<Pair> utterances) {
        return test(utterances, MIN_GOOD);
    }

    /** The test with {@code minGood} good boundary words (sc_stats resets values below 1 to 2). */
    public static Result test(List<Pair> utterances, int minGood) {
        if (minGood <= 0) {
            minGood = MIN_GOOD;
        }
        List<Segment> segs = new ArrayList<>();
        for (Pair p : utterances) {
            compare(path(p.first(), p.firstReference()), path(p.second(), p.secondReference()), minGood, segs);
        }
        long e1 = 0;
        long e2 = 0;
        long ref = 0;
        int n = segs.size();
        double sum = 0;
        for (Segment s : segs) {
            e1 += s.errors1();
            e2 += s.errors2();
            ref += s.referenceWords();
            sum += s.errors1() - s.errors2();
        }
        double mean = sum / n;
        double tmp = 0;
        for (Segment s : segs) {
            double d = s.errors1() - s.errors2() - mean;
            tmp += d * d;
        }
        double sd;
        double z;
        if (n == 0) {
            sd = Double.NaN;
            z = Double.NaN;
        } else if (tmp != 0.0) {
            double variance = tmp / (n - 1);
            sd = Math.sqrt(variance);
            z = mean / (Math.sqrt(variance) / Math.sqrt(n));
        } else {
            sd = 0;
            z = 0;
        }
        double p = Double.isNaN(z) ? Double.NaN
                : 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z));
        return new Result(segs, utterances.size(), e1, e2, ref, mean, sd, z, p);
    }

    /** An alignment as sclite's PATH: per step its evaluation and reference word (null for an insertion). */
    private record Path(byte[] eval, String[] ref) {
        int num() {
            return eval.length;
        }
    }

    private static Path path(Alignment a, List<String> reference) {
        byte[] eval = new byte[a.size()];
        String[] ref = new String[a.size()];
        int[] k = {0};
        a.forEach((op, r, h) -> {
            eval[k[0]] = (byte) op.ordinal();
            ref[k[0]] = op == EditOp.INSERTION ? null : reference.get(r);
            k[0]++;
        });
        return new Path(eval, ref);
    }

    /** test_comp_sents, transcribed state for state. */
    private static void compare(Path s1, Path s2, int minGood, List<Segment> out) {
        int ind1 = 0;
        int ind2 = 0;
        int eog1 = 0;
        int eog2 = 0;
        int numGood = 0;
        char state = 'b';
        while (ind1 < s1.num()) {
            while (ind1 < s1.num() && s1.eval[ind1] == INS) {
                ind1++;
                state = 'e';
            }
            while (ind2 < s2.num() && s2.eval[ind2] == INS) {
                ind2++;
                state = 'e';
            }
            // sclite's re-synchronisation: its search stops at the first pair whose reference words
            // differ, which is the pair that triggered it, so all it does is mark an error.
            if (ind1 < s1.num() && ind2 < s2.num() && !s1.ref[ind1].equals(s2.ref[ind2])
                    && s1.eval[ind1] != s2.eval[ind2]) {
                if (s1.eval[ind1] != CORR || s2.eval[ind2] != CORR) {
                    state = 'e';
                }
            }
            boolean bothCorrect = ind1 < s1.num() && s1.eval[ind1] == CORR && ind2 < s2.num() && s2.eval[ind2] == CORR;
            switch (state) {
                case 'b' -> {
                    if (bothCorrect) {
                        eog1 = ind1;
                        eog2 = ind2;
                    } else {
                        state = 'e';
                    }
                }
                case 'e' -> {
                    if (bothCorrect) {
                        numGood = 1;
                        if (numGood == minGood) {
                            count(s1, s2, eog1 - (minGood - 1), eog2 - (minGood - 1), ind1, ind2, out);
                            eog1 = ind1;
                            eog2 = ind2;
                            state = 'b';
                        } else {
                            state = 'g';
                        }
                    }
                }
                default -> {
                    if (bothCorrect) {
                        numGood++;
                        if (numGood == minGood) {
                            count(s1, s2, eog1 - (minGood - 1), eog2 - (minGood - 1), ind1, ind2, out);
                            eog1 = ind1;
                            eog2 = ind2;
                            state = 'b';
                        }
                    } else {
                        state = 'e';
                    }
                }
            }
            if (ind1 < s1.num()) {
                ind1++;
            }
            if (ind2 < s2.num()) {
                ind2++;
            }
        }
        if (state != 'b' || s2.num() > ind2) {
            count(s1, s2, eog1 - (minGood - 1), eog2 - (minGood - 1), s1.num() - 1, s2.num() - 1, out);
        }
    }

    /** count_seg: a segment with no error on either side is not kept. */
    private static void count(Path s1, Path s2, int beg1, int beg2, int end1, int end2, List<Segment> out) {
        int[] a = tally(s1, Math.max(0, beg1), end1);
        int[] b = tally(s2, Math.max(0, beg2), end2);
        if (a[0] == 0 && b[0] == 0) {
            return;
        }
        out.add(new Segment((a[1] + b[1]) / 2, a[0], b[0]));
    }

    /** seg_count: {errors, reference words} of steps from..to inclusive. */
    private static int[] tally(Path s, int from, int to) {
        int err = 0;
        int ref = 0;
        for (int i = from; i <= to; i++) {
            if (s.eval[i] != CORR) {
                err++;
            }
            if (s.eval[i] != INS) {
                ref++;
            }
        }
        return new int[] {err, ref};
    }
}
