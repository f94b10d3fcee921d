package dev.werk.core.markup;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import dev.werk.core.align.ScliteTieRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * sclite's dynamic program over two word networks ({@code net_dp.c}). There is one cell per pair
 * (reference arc, hypothesis arc), filled in the networks' traversal order. A cell extends the
 * cheapest cell among the predecessors of its arcs: diagonally (both arcs' predecessors, reference
 * outer, hypothesis inner), by a deletion (reference predecessors) or by an insertion (hypothesis
 * predecessors); among equal predecessors the first in in-arc order wins. Among the three
 * steps the cell takes the one {@link ScliteTieRule} picks, as the plain sclite aligner does. The end is the cheapest cell among the networks' final arcs (first
 * wins), and the traceback drops {@code @} and counts dropped optionally deletable words as correct.
 */
final class NetworkDp {
    /** Cells allowed in one alignment (8 bytes each). */
    static final long MAX_CELLS = 20_000_000L;
    private static final int SUB = 0;
    private static final int DEL = 1;
    private static final int INS = 2;
    private static final int MAX_IN_ARCS = (1 << 15) - 1;

    private NetworkDp() {
    }

    static MarkupAlignment align(WordNetwork ref, WordNetwork hyp, Weights weights) {
        int na = ref.size();
        int nb = hyp.size();
        if ((long) na * nb > MAX_CELLS) {
            throw new MarkupException("too long to align with markup (" + (na - 1) + " × " + (nb - 1)
                    + " arcs; the limit is " + MAX_CELLS + " cells): split the utterance or turn markup off");
        }
        checkInDegree(ref);
        checkInDegree(hyp);
        float[] gapA = gaps(ref, weights);
        float[] gapB = gaps(hyp, weights);
        float[] cost = new float[na * nb];
        int[] back = new int[na * nb];

        for (int b = 1; b < nb; b++) {
            int[] pb = hyp.predecessors[b];
            int best = 0;
            for (int k = 1; k < pb.length; k++) {
                if (cost[pb[k]] < cost[pb[best]]) {
                    best = k;
                }
            }
            cost[b] = cost[pb[best]] + gapB[b];
            back[b] = code(INS, 0, best);
        }
        for (int a = 1; a < na; a++) {
            int[] pa = ref.predecessors[a];
            int best = 0;
            for (int k = 1; k < pa.length; k++) {
                if (cost[pa[k] * nb] < cost[pa[best] * nb]) {
                    best = k;
                }
            }
            cost[a * nb] = cost[pa[best] * nb] + gapA[a];
            back[a * nb] = code(DEL, best, 0);
        }
        for (int a = 1; a < na; a++) {
            int[] pa = ref.predecessors[a];
            Word ra = ref.words[a];
            for (int b = 1; b < nb; b++) {
                int[] pb = hyp.predecessors[b];
                int insK = 0;
                for (int k = 1; k < pb.length; k++) {
                    if (cost[a * nb + pb[k]] < cost[a * nb + pb[insK]]) {
                        insK = k;
                    }
                }
                int delK = 0;
                for (int k = 1; k < pa.length; k++) {
                    if (cost[pa[k] * nb + b] < cost[pa[delK] * nb + b]) {
                        delK = k;
                    }
                }
                int subKa = 0;
                int subKb = 0;
                float subMin = Float.POSITIVE_INFINITY;
                for (int ka = 0; ka < pa.length; ka++) {
                    for (int kb = 0; kb < pb.length; kb++) {
                        float c = cost[pa[ka] * nb + pb[kb]];
                        if (c < subMin) {
                            subMin = c;
                            subKa = ka;
                            subKb = kb;
                        }
                    }
                }
                float sub = subMin + weights.pair(ra, hyp.words[b]);
                float del = cost[pa[delK] * nb + b] + gapA[a];
                float ins = cost[a * nb + pb[insK]] + gapB[b];
                int cell = a * nb + b;
                switch (ScliteTieRule.choose(sub, del, ins)) {
                    case ScliteTieRule.DIAGONAL -> {
                        cost[cell] = sub;
                        back[cell] = code(SUB, subKa, subKb);
                    }
                    case ScliteTieRule.DELETION -> {
                        cost[cell] = del;
                        back[cell] = code(DEL, delK, 0);
                    }
                    default -> {
                        cost[cell] = ins;
                        back[cell] = code(INS, 0, insK);
                    }
                }
            }
        }
        return traceback(ref, hyp, weights, cost, back);
    }

    private static MarkupAlignment traceback(WordNetwork ref, WordNetwork hyp, Weights weights, float[] cost, int[] back) {
        int nb = hyp.size();
        int a = -1;
        int b = -1;
        float best = Float.POSITIVE_INFINITY;
        for (int fa : ref.finals) {
            for (int fb : hyp.finals) {
                if (cost[fa * nb + fb] < best) {
                    best = cost[fa * nb + fb];
                    a = fa;
                    b = fb;
                }
            }
        }
        List<EditOp> ops = new ArrayList<>();
        List<String> refWords = new ArrayList<>();
        List<String> hypWords = new ArrayList<>();
        while (a > 0 || b > 0) {
            int c = back[a * nb + b];
            int move = c >>> 30;
            Word r = ref.words[a];
            Word h = hyp.words[b];
            if (move == INS) {
                if (!h.isNull()) {
                    ops.add(h.optional() ? EditOp.HIT : EditOp.INSERTION);
                    if (h.optional()) {
                        refWords.add("");
                    }
                    hypWords.add(h.text());
                }
                b = hyp.predecessors[b][c & MAX_IN_ARCS];
            } else if (move == DEL) {
                if (!r.isNull()) {
                    ops.add(r.optional() ? EditOp.HIT : EditOp.DELETION);
                    refWords.add(r.text());
                    if (r.optional()) {
                        hypWords.add("");
                    }
                }
                a = ref.predecessors[a][(c >>> 15) & MAX_IN_ARCS];
            } else {
                if (!(r.isNull() && h.isNull())) {
                    ops.add(r.matches(h) ? EditOp.HIT : EditOp.SUBSTITUTION);
                    refWords.add(r.text());
                    hypWords.add(h.text());
                }
                a = ref.predecessors[a][(c >>> 15) & MAX_IN_ARCS];
                b = hyp.predecessors[b][c & MAX_IN_ARCS];
            }
        }
        Collections.reverse(ops);
        Collections.reverse(refWords);
        Collections.reverse(hypWords);
        return new MarkupAlignment(refWords, hypWords, Alignment.of(ops.toArray(new EditOp[0])));
    }

    private static int code(int move, int refPredecessor, int hypPredecessor) {
        return move << 30 | refPredecessor << 15 | hypPredecessor;
    }

    private static float[] gaps(WordNetwork net, Weights weights) {
        float[] g = new float[net.size()];
        for (int i = 1; i < g.length; i++) {
            g[i] = weights.gap(net.words[i]);
        }
        return g;
    }

    private static void checkInDegree(WordNetwork net) {
        for (int[] p : net.predecessors) {
            if (p.length > MAX_IN_ARCS) {
                throw new MarkupException("an alternation with more than " + MAX_IN_ARCS + " branches meeting at one point");
            }
        }
    }
}
