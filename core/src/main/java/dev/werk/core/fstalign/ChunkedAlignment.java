package dev.werk.core.fstalign;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.CostModel;
import dev.werk.core.align.EditOp;
import dev.werk.core.markup.MarkupAligner;
import dev.werk.core.markup.MarkupAlignment;
import dev.werk.core.markup.MarkupException;
import dev.werk.core.markup.WordNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns an expanded reference with the hypothesis words by werk's sclite network program under
 * fstalign's costs ({@link MarkupAligner#fstalign()}), cut into pieces so that long calls stay
 * linear: a first, plain Levenshtein alignment of the groups' most probable words finds anchors, runs
 * of {@value #ANCHOR_RUN} plain reference tokens matched by consecutive hypothesis words, and the
 * pair is cut in the middle of such a run (at most every {@value #MIN_PIECE} groups). Each piece is
 * aligned on its own by the network program. fstalign does much the same ({@code fstalign.cpp}: a
 * Levenshtein first pass marks matched words, which its composition then keeps matched); a cut at
 * the middle of four matched words is on an optimal path unless an alternative elsewhere in the
 * piece could use those words more cheaply, which the tests check does not happen on realistic
 * input. A stretch without anchors too long for the network program ({@value #MAX_PIECE_CELLS}
 * cells, e.g. a hypothesis unrelated to the reference) is split in proportion on both sides.
 */
final class ChunkedAlignment {
    /** Matched plain tokens in a row needed for a cut (the cut falls in the middle). */
    static final int ANCHOR_RUN = 4;
    /** Fewest groups between two cuts: small pieces cost more in set-up than they save. */
    static final int MIN_PIECE = 8;

    /** Largest piece given to the network program (it refuses 20 million cells). */
    static final long MAX_PIECE_CELLS = 4_000_000L;

    static final MarkupAligner NETWORK = MarkupAligner.fstalign();

    /** The path chosen: words (per-pair ids), steps, and the group of every reference word. */
    record Path(int[] reference, int[] hypothesis, Alignment alignment, int[] referenceGroup) {
    }

    private ChunkedAlignment() {
    }

    /**
     * The same path with, in every run of consecutive errors, the insertions and deletions before
     * the substitutions. fstalign's walker keeps, of two equal paths meeting at a state, the one
     * whose partial path came first in its heap, ordered by errors and then cost so far
     * ({@code PathHeap.h}, {@code shortlistComparatorSharedPtr}; {@code Walker.cpp}): at equal errors
     * the partial path that paid 1 for a gap is ahead of the one that paid 1.5 for a substitution,
     * so gaps come first. The words and every count stay; only which reference word a deletion
     * takes, and where an insertion falls, change. A run is left as it is if the new pairing would
     * pair two equal words (it cannot on a cheapest path).
     */
    static Path gapsFirst(Path p) {
        Alignment a = p.alignment();
        EditOp[] ops = new EditOp[a.size()];
        for (int k = 0; k < ops.length; k++) {
            ops[k] = a.op(k);
        }
        int r = 0;
        int h = 0;
        int k = 0;
        while (k < ops.length) {
            if (ops[k] == EditOp.HIT) {
                r++;
                h++;
                k++;
                continue;
            }
            int end = k;
            int subs = 0;
            int gaps = 0;
            while (end < ops.length && ops[end] != EditOp.HIT) {
                if (ops[end] == EditOp.SUBSTITUTION) {
                    subs++;
                } else {
                    gaps++;
                }
                end++;
            }
            EditOp gap = null;
            boolean mixed = false;
            int rr = r;
            int hh = h;
            for (int j = k; j < end; j++) {
                if (ops[j] != EditOp.SUBSTITUTION) {
                    mixed |= gap != null && gap != ops[j];
                    gap = ops[j];
                }
                rr += ops[j] == EditOp.INSERTION ? 0 : 1;
                hh += ops[j] == EditOp.DELETION ? 0 : 1;
            }
            if (subs > 0 && gaps > 0 && !mixed && !pairsEqual(p, r, h, gaps, subs, gap)) {
                for (int j = k; j < end; j++) {
                    ops[j] = j < k + gaps ? gap : EditOp.SUBSTITUTION;
                }
            }
            r = rr;
            h = hh;
            k = end;
        }
        return new Path(p.reference(), p.hypothesis(), Alignment.of(ops), p.referenceGroup());
    }

    /** Whether gaps first, then substitutions, from reference word r and hypothesis word h, would pair equal words. */
    private static boolean pairsEqual(Path p, int r, int h, int gaps, int subs, EditOp gap) {
        int r0 = gap == EditOp.DELETION ? r + gaps : r;
        int h0 = gap == EditOp.INSERTION ? h + gaps : h;
        for (int j = 0; j < subs; j++) {
            if (p.reference()[r0 + j] == p.hypothesis()[h0 + j]) {
                return true;
            }
        }
        return false;
    }

    static Path align(List<Group> groups, int[] hyp, boolean cut) {
        List<int[]> pieces = cut ? cuts(groups, hyp) : List.of();
        List<EditOp> ops = new ArrayList<>();
        List<Integer> ref = new ArrayList<>();
        List<Integer> refGroup = new ArrayList<>();
        List<Integer> hy = new ArrayList<>();
        int g0 = 0;
        int h0 = 0;
        for (int k = 0; k <= pieces.size(); k++) {
            int g1 = k < pieces.size() ? pieces.get(k)[0] : groups.size();
            int h1 = k < pieces.size() ? pieces.get(k)[1] : hyp.length;
            piece(groups, g0, g1, hyp, h0, h1, ops, ref, refGroup, hy);
            g0 = g1;
            h0 = h1;
        }
        return new Path(ints(ref), ints(hy), Alignment.of(ops.toArray(new EditOp[0])), ints(refGroup));
    }

    /** Cut points (group index, hypothesis index) where both sides may be split. */
    private static List<int[]> cuts(List<Group> groups, int[] hyp) {
        int total = 0;
        for (Group g : groups) {
            total += g.representative().length;
        }
        int[] a = new int[total];
        int[] linGroup = new int[total];
        int at = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int w : groups.get(g).representative()) {
                a[at] = w;
                linGroup[at++] = g;
            }
        }
        int[] matchOf = new int[groups.size()];
        java.util.Arrays.fill(matchOf, -1);
        Alignment plain = Aligner.create(CostModel.LEVENSHTEIN).align(a, hyp);
        plain.forEach((op, r, h) -> {
            if (op == EditOp.HIT && groups.get(linGroup[r]).plain()) {
                matchOf[linGroup[r]] = h;
            }
        });
        List<int[]> out = new ArrayList<>();
        int half = ANCHOR_RUN / 2;
        int last = 0;
        for (int g = half - 1; g + half < groups.size(); g++) {
            if (g + 1 - last < MIN_PIECE) {
                continue;
            }
            boolean run = true;
            for (int j = g - half + 1; j <= g + half && run; j++) {
                run = matchOf[j] >= 0 && (j == g - half + 1 || matchOf[j] == matchOf[j - 1] + 1);
            }
            if (run) {
                out.add(new int[] {g + 1, matchOf[g] + 1});
                last = g + 1;
            }
        }
        return out;
    }

    private static void piece(List<Group> groups, int g0, int g1, int[] hyp, int h0, int h1, List<EditOp> ops,
                              List<Integer> ref, List<Integer> refGroup, List<Integer> hy) {
        if (g0 == g1 && h0 == h1) {
            return;
        }
        if (g1 - g0 >= 2 && h1 > h0 && words(groups, g0, g1) * (h1 - h0) > MAX_PIECE_CELLS) {
            // no anchor in a stretch too long for the network program (a hypothesis unrelated to the
            // reference): split both sides in proportion, which may cost a few edits at the split
            int gm = (g0 + g1) >>> 1;
            int hm = h0 + (int) ((long) (h1 - h0) * words(groups, g0, gm) / Math.max(1, words(groups, g0, g1)));
            piece(groups, g0, gm, hyp, h0, hm, ops, ref, refGroup, hy);
            piece(groups, gm, g1, hyp, hm, h1, ops, ref, refGroup, hy);
            return;
        }
        // Both sides reversed: the network program's tie rule then leaves errors as late as possible,
        // as fstalign's search, which extends the cheapest partial path first, finds them.
        StringBuilder h = new StringBuilder();
        for (int j = h1 - 1; j >= h0; j--) {
            h.append(hyp[j]).append(' ');
        }
        MarkupAlignment m;
        try {
            WordNetwork rn = network(groups, g0, g1, true);
            WordNetwork hn = NETWORK.literal(h.toString());
            m = NETWORK.align(rn, hn);
        } catch (MarkupException e) {
            throw new IllegalStateException("a stretch of " + (g1 - g0) + " reference tokens against " + (h1 - h0)
                    + " hypothesis words without any matched run: " + e.getMessage(), e);
        }
        int[] words = new int[m.reference().size()];
        for (int k = 0; k < words.length; k++) {
            words[k] = Integer.parseInt(m.reference().get(words.length - 1 - k));
        }
        int[] owner = PathParser.owners(groups, g0, g1, words);
        for (int k = 0; k < words.length; k++) {
            ref.add(words[k]);
            refGroup.add(owner[k]);
        }
        for (int k = m.hypothesis().size() - 1; k >= 0; k--) {
            hy.add(Integer.parseInt(m.hypothesis().get(k)));
        }
        Alignment a = m.alignment();
        for (int k = a.size() - 1; k >= 0; k--) {
            ops.add(a.op(k));
        }
    }

    /**
     * Groups {@code [g0, g1)} as a network of word ids for {@link #NETWORK} ({@code reversed}: last
     * word first).
     *
     * @throws MarkupException never for groups ReferenceGraph built (their markup is well formed)
     */
    static WordNetwork network(List<Group> groups, int g0, int g1, boolean reversed) {
        StringBuilder r = new StringBuilder();
        boolean plain = true;
        for (int k = 0; k < g1 - g0; k++) {
            Group g = groups.get(reversed ? g1 - 1 - k : g0 + k);
            (reversed ? g.node().reversed() : g.node()).markup(r);
            plain &= g.plain();
        }
        return plain ? NETWORK.literal(r.toString()) : NETWORK.read(r.toString());
    }

    /** Reference words of groups {@code [g0, g1)} by their most probable candidates, at least one each. */
    private static long words(List<Group> groups, int g0, int g1) {
        long n = 0;
        for (int g = g0; g < g1; g++) {
            n += Math.max(1, groups.get(g).representative().length);
        }
        return n;
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }
}
