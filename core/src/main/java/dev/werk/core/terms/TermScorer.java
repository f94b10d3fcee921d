package dev.werk.core.terms;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Per-term accuracy of one utterance: a pure function of the normalised reference and hypothesis
 * tokens and their alignment (rules 1–3 and 5 of the README's "Term accuracy"). Pool utterances
 * with a {@link TermAccumulator}. Thread-safe: it keeps no state between calls.
 *
 * <pre>{@code
 * TermSet terms = TermListReader.read(Path.of("terms.txt")).compile(normalizer);
 * TermScorer scorer = new TermScorer(terms);
 * TermAccumulator acc = new TermAccumulator(terms);
 * for (UtteranceScore u : score.utterances()) {
 *     acc.add(scorer.score(u.id(), u.referenceTokens(), u.hypothesisTokens(), u.alignment()));
 * }
 * TermReport report = acc.finish();
 * }</pre>
 */
public final class TermScorer {
    /**
     * Windows wider than this many hypothesis tokens are searched through an index of the term's
     * runs over the whole hypothesis instead of start by start, so long stretches without a hit
     * (an unrelated hypothesis) cost one pass per term, not one per occurrence.
     */
    static final int WINDOW_INDEX_MIN = 64;

    private final TermSet terms;
    private final int windowIndexMin;

    /** A scorer for the terms of {@code terms}. */
    public TermScorer(TermSet terms) {
        this(terms, WINDOW_INDEX_MIN);
    }

    /** A scorer that indexes windows wider than {@code windowIndexMin} tokens (tests try both paths). */
    TermScorer(TermSet terms, int windowIndexMin) {
        this.terms = terms;
        this.windowIndexMin = windowIndexMin;
    }

    /** Scores an utterance against every term (the utterance id is only recorded). */
    public UtteranceTerms score(List<String> reference, List<String> hypothesis, Alignment alignment) {
        return score(null, reference, hypothesis, alignment);
    }

    /**
     * Scores one utterance. With a per-utterance list only the terms listed for {@code
     * utteranceId} apply (none when it is not listed).
     *
     * @param reference  the normalised reference tokens
     * @param hypothesis the normalised hypothesis tokens
     * @param alignment  their alignment
     * @throws IllegalArgumentException when the alignment does not cover exactly these tokens
     */
    public UtteranceTerms score(String utteranceId, List<String> reference, List<String> hypothesis, Alignment alignment) {
        return score(utteranceId, reference, hypothesis, alignment, referenceOccurrences(utteranceId, reference));
    }

    /** Rule 1 on a reference: {term, from, to} per occurrence (shared by every system scored against it). */
    List<int[]> referenceOccurrences(String utteranceId, List<String> reference) {
        List<int[]> refOcc = new ArrayList<>();
        terms.index().scan(reference, terms.selection(utteranceId), (t, from, to) -> refOcc.add(new int[] {t, from, to}));
        return refOcc;
    }

    /** {@link #score(String, List, List, Alignment)} with the reference's occurrences already found. */
    UtteranceTerms score(String utteranceId, List<String> reference, List<String> hypothesis, Alignment alignment,
                         List<int[]> refOcc) {
        int n = reference.size();
        int m = hypothesis.size();
        if (alignment.referenceLength() != n || alignment.hypothesisLength() != m) {
            throw new IllegalArgumentException("the alignment covers " + alignment.referenceLength() + " reference and "
                    + alignment.hypothesisLength() + " hypothesis tokens, not " + n + " and " + m);
        }
        BitSet selected = terms.selection(utteranceId);
        List<int[]> hypOcc = new ArrayList<>();
        terms.index().scan(hypothesis, selected, (t, from, to) -> hypOcc.add(new int[] {t, from, to}));

        Steps steps = refOcc.isEmpty() ? null : new Steps(alignment);
        int[] claimedBy = new int[m];
        Arrays.fill(claimedBy, -1);
        List<TermOccurrence> occurrences = new ArrayList<>(refOcc.size());
        boolean[] refInOcc = new boolean[n];
        Map<Integer, int[][]> runs = new HashMap<>();
        for (int[] o : refOcc) {
            Arrays.fill(refInOcc, o[1], o[2], true);
            occurrences.add(match(o[0], o[1], o[2], reference, hypothesis, steps, claimedBy, runs));
        }
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        boolean[] hypInOcc = new boolean[m];
        for (int[] o : hypOcc) {
            int t = o[0];
            Arrays.fill(hypInOcc, o[1], o[2], true);
            boolean claimed = false;
            for (int p = o[1]; p < o[2] && !claimed; p++) {
                claimed = claimedBy[p] == t;
            }
            if (!claimed) {
                falseAlarms.add(new FalseAlarm(terms.terms().get(t), o[1], o[2], hypothesis.subList(o[1], o[2])));
            }
        }
        long[] b = new long[4];
        long[] u = new long[4];
        alignment.forEach((op, r, h) -> {
            boolean biased = op == EditOp.INSERTION ? hypInOcc[h] : refInOcc[r];
            (biased ? b : u)[op.ordinal()]++;
        });
        return new UtteranceTerms(utteranceId, occurrences, falseAlarms, new Counts(b[0], b[1], b[2], b[3]),
                new Counts(u[0], u[1], u[2], u[3]));
    }

    /**
     * An occurrence given by its position instead of found by rule 1 (an entity of an NLP
     * reference): reference tokens [from, to), counted under {@code reportAs}, and correct when a
     * run joins to one of {@code keys}, the distinct keys of {@code forms}' forms, sorted.
     */
    record Given(Term reportAs, int from, int to, Term forms, String[] keys) {
    }

    /**
     * Rules 2 and 5 for occurrences given by position (the README's "Entities as terms"). They are
     * matched in the order given; a hypothesis token claimed by an earlier occurrence is taken for a
     * later one only when their reference spans are disjoint, so nested entities may be heard in
     * the same words. There is no hypothesis scan, so no false alarms. An insertion counts toward
     * B when it lies inside an occurrence's core or inside the run a correct occurrence claimed.
     *
     * @param perReport when not null, {@code perReport[t]} (t the index of a {@code reportAs} term)
     *                  gains the counts (hits, substitutions, deletions, insertions) of the steps
     *                  that are B by occurrences reported as t, each step once per term
     */
    UtteranceTerms scoreGiven(String utteranceId, List<String> reference, List<String> hypothesis, Alignment alignment,
                              List<Given> given, long[][] perReport) {
        int n = reference.size();
        int m = hypothesis.size();
        if (alignment.referenceLength() != n || alignment.hypothesisLength() != m) {
            throw new IllegalArgumentException("the alignment covers " + alignment.referenceLength() + " reference and "
                    + alignment.hypothesisLength() + " hypothesis tokens, not " + n + " and " + m);
        }
        Steps steps = given.isEmpty() ? null : new Steps(alignment);
        int[][] claimers = new int[m][];
        boolean[] refIn = new boolean[n];
        boolean[] hypIn = new boolean[m];
        List<TermOccurrence> occurrences = new ArrayList<>(given.size());
        int[][] refTerms = perReport == null ? null : new int[n][];
        int[][] hypTerms = perReport == null ? null : new int[m][];
        for (int i = 0; i < given.size(); i++) {
            Given g = given.get(i);
            int a = g.from();
            int b = g.to();
            if (a < 0 || b > n || a >= b) {
                throw new IllegalArgumentException("occurrence [" + a + ", " + b + ") outside the " + n + " reference tokens");
            }
            Arrays.fill(refIn, a, b, true);
            int t = g.reportAs().index();
            if (refTerms != null) {
                for (int r = a; r < b; r++) {
                    refTerms[r] = with(refTerms[r], t);
                }
            }
            int k0 = steps.refStep[a];
            int k1 = steps.refStep[b - 1];
            for (int k = k0; k <= k1; k++) {
                if (alignment.op(k) == EditOp.INSERTION) {
                    hypIn[steps.hypBefore[k]] = true;
                    if (hypTerms != null) {
                        hypTerms[steps.hypBefore[k]] = with(hypTerms[steps.hypBefore[k]], t);
                    }
                }
            }
            int h0 = steps.hypBefore[steps.windowStart(k0)];
            int h1 = steps.hypBefore[steps.windowEnd(k1) + 1];
            IntPredicate taken = p -> {
                int[] c = claimers[p];
                if (c != null) {
                    for (int o : c) {
                        Given x = given.get(o);
                        if (x.to() <= a || x.from() >= b) {
                            return true;
                        }
                    }
                }
                return false;
            };
            int[] found = firstRunSorted(g.keys(), hypothesis, h0, h1, taken);
            if (found != null) {
                int p = found[0];
                int q = found[1];
                for (int x = p; x < q; x++) {
                    int[] c = claimers[x];
                    claimers[x] = c == null ? new int[] {i} : append(c, i);
                    hypIn[x] = true;
                    if (hypTerms != null) {
                        hypTerms[x] = with(hypTerms[x], t);
                    }
                }
                List<String> run = hypothesis.subList(p, q);
                occurrences.add(new TermOccurrence(g.reportAs(), a, b, classify(g.forms(), run), p, q,
                        reference.subList(a, b), run));
            } else {
                int c0 = steps.hypBefore[k0];
                int c1 = steps.hypBefore[k1 + 1];
                occurrences.add(new TermOccurrence(g.reportAs(), a, b, MatchClass.MISS, c0, c1, reference.subList(a, b),
                        hypothesis.subList(c0, c1)));
            }
        }
        long[] bc = new long[4];
        long[] uc = new long[4];
        alignment.forEach((op, r, h) -> {
            boolean biased = op == EditOp.INSERTION ? hypIn[h] : refIn[r];
            (biased ? bc : uc)[op.ordinal()]++;
            int[] ts = refTerms == null ? null : op == EditOp.INSERTION ? hypTerms[h] : refTerms[r];
            if (ts != null) {
                for (int t : ts) {
                    perReport[t][op.ordinal()]++;
                }
            }
        });
        return new UtteranceTerms(utteranceId, occurrences, List.of(), new Counts(bc[0], bc[1], bc[2], bc[3]),
                new Counts(uc[0], uc[1], uc[2], uc[3]));
    }

    /** {@code set} with {@code v} added when it is not in it yet (null is the empty set). */
    private static int[] with(int[] set, int v) {
        if (set == null) {
            return new int[] {v};
        }
        for (int x : set) {
            if (x == v) {
                return set;
            }
        }
        return append(set, v);
    }

    private static int[] append(int[] a, int v) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    /** Rule 2 for the occurrence of term {@code t} over reference tokens [a, b). */
    private TermOccurrence match(int t, int a, int b, List<String> ref, List<String> hyp, Steps steps, int[] claimedBy,
                                 Map<Integer, int[][]> runs) {
        Term term = terms.terms().get(t);
        int k0 = steps.refStep[a];
        int k1 = steps.refStep[b - 1];
        int h0 = steps.hypBefore[steps.windowStart(k0)];
        int h1 = steps.hypBefore[steps.windowEnd(k1) + 1];
        int[] found = h1 - h0 > windowIndexMin ? firstRunIndexed(t, hyp, h0, h1, claimedBy, runs)
                : firstRun(terms.keys(t), hyp, h0, h1, p -> claimedBy[p] >= 0);
        if (found != null) {
            int p = found[0];
            int q = found[1];
            Arrays.fill(claimedBy, p, q, t);
            List<String> run = hyp.subList(p, q);
            return new TermOccurrence(term, a, b, classify(term, run), p, q, ref.subList(a, b), run);
        }
        int c0 = steps.hypBefore[k0];
        int c1 = steps.hypBefore[k1 + 1];
        return new TermOccurrence(term, a, b, MatchClass.MISS, c0, c1, ref.subList(a, b), hyp.subList(c0, c1));
    }

    /** The first run in [h0, h1) of tokens not {@code taken} joining to one of {@code keys}, leftmost then shortest: {p, q}, or null. */
    private static int[] firstRun(String[] keys, List<String> hyp, int h0, int h1, IntPredicate taken) {
        for (int p = h0; p < h1; p++) {
            if (taken.test(p)) {
                continue;
            }
            int best = -1;
            for (String key : keys) {
                int q = runEnd(key, hyp, p, h1, taken);
                if (q > 0 && (best < 0 || q < best)) {
                    best = q;
                }
            }
            if (best > 0) {
                return new int[] {p, best};
            }
        }
        return null;
    }

    /**
     * As {@link #firstRun} with {@code sorted} keys (ascending): at each start only the keys that
     * begin with the start's token are tried, found by binary search (entities can have a hundred
     * keys and windows hundreds of tokens).
     */
    private static int[] firstRunSorted(String[] sorted, List<String> hyp, int h0, int h1, IntPredicate taken) {
        for (int p = h0; p < h1; p++) {
            if (taken.test(p)) {
                continue;
            }
            String tok = hyp.get(p);
            int i = Arrays.binarySearch(sorted, tok);
            int best = -1;
            for (i = i < 0 ? -i - 1 : i; i < sorted.length && sorted[i].startsWith(tok); i++) {
                int q = runEnd(sorted[i], hyp, p, h1, taken);
                if (q > 0 && (best < 0 || q < best)) {
                    best = q;
                }
            }
            if (best > 0) {
                return new int[] {p, best};
            }
        }
        return null;
    }

    /**
     * As {@link #firstRun}, through the term's shortest run from every start over the whole
     * hypothesis, claims ignored (built once per term and utterance). The runs from one start are
     * nested, so the shortest is unclaimed and inside the window exactly when some run from that
     * start is; checking it alone gives what {@link #firstRun} gives.
     */
    private int[] firstRunIndexed(int t, List<String> hyp, int h0, int h1, int[] claimedBy, Map<Integer, int[][]> runs) {
        int[][] r = runs.computeIfAbsent(t, k -> allRuns(terms.keys(k), hyp));
        int[] starts = r[0];
        int[] ends = r[1];
        int i = Arrays.binarySearch(starts, h0);
        for (i = i < 0 ? -i - 1 : i; i < starts.length && starts[i] < h1; i++) {
            int p = starts[i];
            int q = ends[i];
            if (q > h1) {
                continue;
            }
            boolean free = true;
            for (int x = p; x < q && free; x++) {
                free = claimedBy[x] < 0;
            }
            if (free) {
                return new int[] {p, q};
            }
        }
        return null;
    }

    /** For every start in {@code hyp} where a key's run begins, the shortest such run's end: {starts, ends}. */
    private static int[][] allRuns(String[] keys, List<String> hyp) {
        int m = hyp.size();
        IntPredicate none = p -> false;
        int[] starts = new int[m];
        int[] ends = new int[m];
        int count = 0;
        for (int p = 0; p < m; p++) {
            int best = -1;
            for (String key : keys) {
                int q = runEnd(key, hyp, p, m, none);
                if (q > 0 && (best < 0 || q < best)) {
                    best = q;
                }
            }
            if (best > 0) {
                starts[count] = p;
                ends[count] = best;
                count++;
            }
        }
        return new int[][] {Arrays.copyOf(starts, count), Arrays.copyOf(ends, count)};
    }

    /** The end of the run from {@code p} (before {@code limit}, of tokens not {@code taken}) whose tokens join to {@code key}, or -1. */
    private static int runEnd(String key, List<String> hyp, int p, int limit, IntPredicate taken) {
        int off = 0;
        int q = p;
        int len = key.length();
        while (off < len && q < limit && !taken.test(q)) {
            String tok = hyp.get(q);
            if (tok.length() > len - off || !key.startsWith(tok, off)) {
                return -1;
            }
            off += tok.length();
            q++;
        }
        return off == len ? q : -1;
    }

    private static MatchClass classify(Term term, List<String> run) {
        if (term.ownForm().tokens().equals(run)) {
            return MatchClass.EXACT;
        }
        for (TermForm f : term.forms()) {
            if (f.tokens().equals(run)) {
                return MatchClass.VARIANT;
            }
        }
        return MatchClass.SPLIT_MERGE;
    }

    /** Positions of an alignment's steps, and the windows' extents over runs of non-hits. */
    private static final class Steps {
        final int[] refStep;
        final int[] hypBefore;
        private final int[] left;
        private final int[] right;

        Steps(Alignment alignment) {
            int size = alignment.size();
            refStep = new int[alignment.referenceLength()];
            hypBefore = new int[size + 1];
            left = new int[size];
            right = new int[size];
            int h = 0;
            int r = 0;
            for (int k = 0; k < size; k++) {
                EditOp op = alignment.op(k);
                hypBefore[k] = h;
                if (op.consumesReference()) {
                    refStep[r++] = k;
                }
                if (op.consumesHypothesis()) {
                    h++;
                }
                left[k] = k > 0 && alignment.op(k - 1) != EditOp.HIT ? left[k - 1] : k;
            }
            hypBefore[size] = h;
            for (int k = size - 1; k >= 0; k--) {
                right[k] = k < size - 1 && alignment.op(k + 1) != EditOp.HIT ? right[k + 1] : k;
            }
        }

        /** The window's first step for a core starting at step {@code k}: widened left over non-hits. */
        int windowStart(int k) {
            return left[k];
        }

        /** The window's last step for a core ending at step {@code k}: widened right over non-hits. */
        int windowEnd(int k) {
            return right[k];
        }
    }
}
