package dev.werk.core.fstalign;

import dev.werk.core.align.EditOp;
import dev.werk.core.fstalign.Walker.CArc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * fstalign's standard composition ({@code StandardComposition.cpp}) searched by its walker, as
 * fstalign does it ({@code --composition standard-walker}). fstalign's answer is not the cheapest path:
 * the walker keeps, of the first 100 paths it completes, the one of lowest E/N, and a path enters a
 * composed state only at no greater cost than the state was last entered at, so its answer can cost
 * more than the cheapest (plain {@code a b c} against {@code c x y}: three substitutions, cost 4.5,
 * rather than a hit, two deletions and two insertions, cost 4) and, with alternatives of different
 * lengths, may miss the lowest E/N. The graph, as fstalign and OpenFst build it:
 * <ul>
 *   <li>the reference as fstalign's loaders write it (a word an arc; an entity as its label arc, each
 *       candidate from the state after it, ending in an epsilon to the label's closing arc; a last
 *       epsilon to the final state), synonym rules applied to it as {@code SynonymEngine::ApplyToFst}
 *       does (a label arc, the alternative's words, a label arc back to each state the rule's words
 *       reach), then determinised (OpenFst's {@code Determinize}, epsilons as symbols);</li>
 *   <li>composed with one-state edit transducers (insertion and deletion ½ on each side, substitution
 *       ¾ on each side, labels deleted at no cost) and the hypothesis (a word an arc, and for text and
 *       NLP files a closing epsilon), by OpenFst's composition with its default epsilon filter
 *       ({@code SequenceComposeFilter}): an epsilon of the second side is not taken where the first
 *       side has only epsilons, and after it no epsilon of the first side is taken; the two halves are
 *       trimmed ({@code Compose} connects), the last composition is lazy (not trimmed).</li>
 * </ul>
 * Tokens fixed by fstalign's Levenshtein first pass ({@link FirstPass}, more than 10 tokens on both
 * sides) weigh 1 on their arcs, as its loaders write them. The walker's order among paths equal in
 * arcs, errors and cost follows OpenFst's state numbering: composed states are numbered as they are
 * first reached, and each state's arcs are made in the order OpenFst's lazy composition makes them
 * ({@link #arcs}); among arcs of one shared label werk keeps its own order, where fstalign's
 * {@code ArcSort} (an unstable sort) decides.
 */
final class StandardComposition implements Walker.Graph {
    private static final int EPS = Walker.EPS;

    // ---- the reference acceptor: per state, arcs {label, next, weight (0 or 1)}
    private final List<List<int[]>> ref = new ArrayList<>();
    private int nextLabel = -2;

    // ---- its determinisation
    private final List<int[][]> det = new ArrayList<>();
    private final List<Boolean> detFinal = new ArrayList<>();

    // ---- ref ∘ edits, trimmed: per state (det state, filter state), its arcs
    private record Half(int kind, int label, float weight, int next) {
    }

    private static final int WORD = 0;
    private static final int LABEL = 1;
    private static final int REF_EPS = 2;
    private static final int INS = 3;

    private final List<List<Half>> half = new ArrayList<>();
    private final List<Boolean> halfFinal = new ArrayList<>();

    // ---- the hypothesis side
    private final int[] hyp;
    private final float[] hypWeight;
    private final boolean hypEpsilonEnd;

    // ---- the lazy composition: composed state id → (half state, hypothesis position, its filter state, filter state)
    private final Map<Long, Integer> ids = new HashMap<>();
    private final List<int[]> tuples = new ArrayList<>();

    private StandardComposition(int[] hyp, boolean[] fixedHyp, boolean hypEpsilonEnd) {
        this.hyp = hyp;
        this.hypWeight = new float[hyp.length];
        for (int k = 0; k < hyp.length; k++) {
            hypWeight[k] = k < fixedHyp.length && fixedHyp[k] ? 1f : 0f;
        }
        this.hypEpsilonEnd = hypEpsilonEnd;
    }

    /**
     * The path fstalign's standard composition answers for {@code groups} against {@code hyp}.
     *
     * @param rules         the synonym rules in force, each {@code {lhs, alternative...}}
     * @param hypEpsilonEnd the hypothesis ends with an epsilon arc (fstalign's text and NLP loaders; not CTM)
     * @param firstPassHyp  the hypothesis tokens as fstalign's first pass reads them
     */
    static ChunkedAlignment.Path align(List<Group> groups, List<int[][]> rules, int[] hyp, boolean hypEpsilonEnd,
                                       int[] firstPassHyp) {
        FirstPass fp = FirstPass.of(AdaptedComposition.tokens(groups), firstPassHyp);
        StandardComposition c = new StandardComposition(hyp, fp.hypothesis(), hypEpsilonEnd);
        int fin = c.build(groups, fp.reference());
        c.synonyms(rules);
        c.determinize(fin);
        c.compose();
        return Walker.path(Walker.walk(c, c.state(0, 0, 0, 0)), groups);
    }

    // ---- the reference, as NlpFstLoader / OneBestFstLoader write it

    private int newState() {
        ref.add(new ArrayList<>());
        return ref.size() - 1;
    }

    private void arc(int from, int label, int to, int weight) {
        ref.get(from).add(new int[] {label, to, weight});
    }

    /** Builds the reference; returns its final state. */
    private int build(List<Group> groups, boolean[] fixedRef) {
        int cur = newState();
        int token = 0;
        for (Group g : groups) {
            if (g.kind() == Group.Kind.ENTITY) {
                int label = nextLabel--;
                int in = newState();
                arc(cur, label, in, fixed(fixedRef, token++));
                int exitStart = newState();
                int exitEnd = newState();
                arc(exitStart, label, exitEnd, 0);
                for (Node.Seq o : ((Node.Alt) g.node()).options()) {
                    List<Integer> w = new ArrayList<>();
                    o.written(w);
                    int p = in;
                    for (int word : w) {
                        int n = newState();
                        arc(p, word, n, 0);
                        p = n;
                    }
                    arc(p, EPS, exitStart, 0);
                }
                cur = exitEnd;
            } else {
                int[] w = g.kind() == Group.Kind.SYNONYM ? g.original() : new int[] {((Node.Leaf) g.node()).word()};
                for (int word : w) {
                    int n = newState();
                    arc(cur, word, n, fixed(fixedRef, token++));
                    cur = n;
                }
            }
        }
        int fin = newState();
        arc(cur, EPS, fin, 0);
        return fin;
    }

    private static int fixed(boolean[] fixedRef, int token) {
        return token < fixedRef.length && fixedRef[token] ? 1 : 0;
    }

    /** {@code SynonymEngine::ApplyToFst}: the new arcs are added after every state has been matched. */
    private void synonyms(List<int[][]> rules) {
        Map<Integer, List<int[][]>> byFirst = new HashMap<>();
        for (int[][] r : rules) {
            byFirst.computeIfAbsent(r[0][0], x -> new ArrayList<>()).add(r);
        }
        List<int[]> toAdd = new ArrayList<>();
        int states = ref.size();
        for (int s = 0; s < states; s++) {
            for (int[] a : ref.get(s)) {
                if (a[1] == s || a[0] < 0 || !byFirst.containsKey(a[0])) {
                    continue;
                }
                for (int[][] rule : byFirst.get(a[0])) {
                    List<Integer> last = new ArrayList<>();
                    seek(rule[0], 0, s, last);
                    if (last.isEmpty()) {
                        continue;
                    }
                    for (int k = 1; k < rule.length; k++) {
                        int label = nextLabel--;
                        int x = newState();
                        toAdd.add(new int[] {s, label, x});
                        int p = x;
                        for (int w : rule[k]) {
                            int n = newState();
                            toAdd.add(new int[] {p, w, n});
                            p = n;
                        }
                        for (int t : last) {
                            toAdd.add(new int[] {p, label, t});
                        }
                    }
                }
            }
        }
        for (int[] a : toAdd) {
            arc(a[0], a[1], a[2], 0);
        }
    }

    /** {@code SeekForward}: the states the words {@code lhs[pos..]} reach from {@code s}. */
    private void seek(int[] lhs, int pos, int s, List<Integer> out) {
        if (pos >= lhs.length) {
            out.add(s);
            return;
        }
        for (int[] a : ref.get(s)) {
            if (a[1] != s && a[0] == lhs[pos]) {
                seek(lhs, pos + 1, a[1], out);
            }
        }
    }

    /** Subset construction, epsilons as symbols (every merged arc weighs the same: candidates' arcs weigh 0). */
    private void determinize(int fin) {
        Map<List<Integer>, Integer> subsets = new HashMap<>();
        List<int[]> order = new ArrayList<>();
        int[] start = {0};
        subsets.put(List.of(0), 0);
        order.add(start);
        for (int k = 0; k < order.size(); k++) {
            int[] set = order.get(k);
            TreeMap<Integer, TreeSet<Integer>> next = new TreeMap<>();
            TreeMap<Integer, Integer> weight = new TreeMap<>();
            boolean isFinal = false;
            for (int s : set) {
                isFinal |= s == fin;
                for (int[] a : ref.get(s)) {
                    next.computeIfAbsent(a[0], x -> new TreeSet<>()).add(a[1]);
                    weight.merge(a[0], a[2], Math::min);
                }
            }
            int[][] arcs = new int[next.size()][];
            int j = 0;
            for (Map.Entry<Integer, TreeSet<Integer>> e : next.entrySet()) {
                List<Integer> key = List.copyOf(e.getValue());
                Integer id = subsets.get(key);
                if (id == null) {
                    id = order.size();
                    subsets.put(key, id);
                    order.add(key.stream().mapToInt(Integer::intValue).toArray());
                }
                arcs[j++] = new int[] {e.getKey(), id, weight.get(e.getKey())};
            }
            det.add(arcs);
            detFinal.add(isFinal);
        }
    }

    /** ref ∘ edits with OpenFst's sequence filter, then trimmed to the states that reach a final one. */
    private void compose() {
        Map<Long, Integer> halfIds = new HashMap<>();
        List<int[]> halfTuples = new ArrayList<>();
        List<List<Half>> arcs = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        halfIds.put(0L, 0);
        halfTuples.add(new int[] {0, 0});
        queue.add(0);
        while (!queue.isEmpty()) {
            int id = queue.poll();
            int d = halfTuples.get(id)[0];
            int fs = halfTuples.get(id)[1];
            int[][] da = det.get(d);
            int eps = 0;
            for (int[] a : da) {
                eps += a[0] == EPS ? 1 : 0;
            }
            boolean allEps = eps == da.length && !detFinal.get(d);
            List<Half> out = new ArrayList<>();
            if (!allEps) {
                out.add(new Half(INS, EPS, 0.5f, halfState(halfIds, halfTuples, queue, d, eps == 0 ? 0 : 1)));
            }
            for (int[] a : da) {
                float w = a[2];
                if (a[0] == EPS) {
                    if (fs == 0) {
                        out.add(new Half(REF_EPS, EPS, w, halfState(halfIds, halfTuples, queue, a[1], 0)));
                    }
                } else {
                    out.add(new Half(a[0] >= 0 ? WORD : LABEL, a[0], w, halfState(halfIds, halfTuples, queue, a[1], 0)));
                }
            }
            while (arcs.size() <= id) {
                arcs.add(null);
            }
            arcs.set(id, out);
        }
        // Connect: keep what reaches a final state
        int n = halfTuples.size();
        List<List<Integer>> back = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            back.add(new ArrayList<>());
        }
        boolean[] live = new boolean[n];
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            for (Half h : arcs.get(s)) {
                back.get(h.next()).add(s);
            }
            if (detFinal.get(halfTuples.get(s)[0])) {
                live[s] = true;
                stack.push(s);
            }
        }
        while (!stack.isEmpty()) {
            for (int p : back.get(stack.pop())) {
                if (!live[p]) {
                    live[p] = true;
                    stack.push(p);
                }
            }
        }
        for (int s = 0; s < n; s++) {
            List<Half> kept = new ArrayList<>();
            for (Half h : arcs.get(s)) {
                if (live[h.next()]) {
                    kept.add(h);
                }
            }
            half.add(kept);
            halfFinal.add(detFinal.get(halfTuples.get(s)[0]));
        }
    }

    private static int halfState(Map<Long, Integer> ids, List<int[]> tuples, ArrayDeque<Integer> queue, int d, int fs) {
        long key = ((long) d << 1) | fs;
        Integer id = ids.get(key);
        if (id == null) {
            id = tuples.size();
            ids.put(key, id);
            tuples.add(new int[] {d, fs});
            queue.add(id);
        }
        return id;
    }

    // ---- the lazy composition (ref ∘ edits) ∘ (edits ∘ hyp) the walker walks

    private int state(int x, int h, int fsHyp, int fs) {
        long key = (((long) x * (hyp.length + 2) + h) * 2 + fsHyp) * 2 + fs;
        Integer id = ids.get(key);
        if (id == null) {
            id = tuples.size();
            ids.put(key, id);
            tuples.add(new int[] {x, h, fsHyp, fs});
        }
        return id;
    }

    private int hypFinalPosition() {
        return hyp.length + (hypEpsilonEnd ? 1 : 0);
    }

    /** An arc of the composed state not yet numbered: its target is (half state {@code halfNext}, the hypothesis advanced or not). */
    private record Pending(int in, int out, float cost, int halfNext, boolean advance, EditOp op) {
    }

    @Override
    public List<CArc> arcs(int s) {
        int[] t = tuples.get(s);
        int x = t[0];
        int h = t[1];
        int fsHyp = t[2];
        int fs = t[3];
        List<Half> xa = half.get(x);
        int eps = 0;
        for (Half a : xa) {
            eps += a.kind() == REF_EPS ? 1 : 0;
        }
        boolean allEps = eps == xa.size() && !halfFinal.get(x);
        // In the order OpenFst's lazy composition makes them (ComposeFstImpl::OrderedExpand): the arcs of
        // the side with fewer arcs (SortedMatcher::Priority; the reference side on a tie) are taken in the
        // order ArcSort gave them, by the label the halves share, and matched on the other side; before
        // them, the other side's epsilon moves. So: the hypothesis's closing epsilon and the reference's
        // epsilons (which first depends on that side), then <ins> (symbol id 2), <del> (3: deletions and
        // labels), <sub> (4), then hits (words). The composed states are numbered as they are first
        // reached, and the walker breaks ties by that number.
        boolean word = h < hyp.length;
        List<Pending> ins = new ArrayList<>();
        List<Pending> del = new ArrayList<>();
        List<Pending> sub = new ArrayList<>();
        List<Pending> hit = new ArrayList<>();
        for (Half a : xa) {
            switch (a.kind()) {
                case WORD -> {
                    if (fsHyp == 0) {
                        del.add(new Pending(a.label(), EPS, (a.weight() + 0.5f) + 0.5f, a.next(), false, EditOp.DELETION));
                    }
                    if (word) {
                        sub.add(new Pending(a.label(), hyp[h], (a.weight() + 0.75f) + (0.75f + hypWeight[h]), a.next(), true,
                                EditOp.SUBSTITUTION));
                        if (hyp[h] == a.label()) {
                            hit.add(new Pending(a.label(), hyp[h], a.weight() + hypWeight[h], a.next(), true, EditOp.HIT));
                        }
                    }
                }
                case LABEL -> {
                    if (fsHyp == 0) {
                        del.add(new Pending(a.label(), EPS, (a.weight() - 0.5f) + 0.5f, a.next(), false, null));
                    }
                }
                case INS -> {
                    if (word) {
                        ins.add(new Pending(EPS, hyp[h], 0.5f + (0.5f + hypWeight[h]), a.next(), true, EditOp.INSERTION));
                    }
                }
                default -> { } // REF_EPS: below
            }
        }
        List<CArc> out = new ArrayList<>();
        boolean closing = hypEpsilonEnd && h == hyp.length && !allEps;
        boolean referenceSideFirst = referenceArcs(xa) <= hypothesisArcs(h);
        if (closing && referenceSideFirst) {
            out.add(new CArc(EPS, EPS, 0f, state(x, h + 1, 1, eps == 0 ? 0 : 1), null));
        }
        if (fs == 0) {
            for (Half a : xa) {
                if (a.kind() == REF_EPS) {
                    out.add(new CArc(EPS, EPS, a.weight(), state(a.next(), h, fsHyp, fs), null));
                }
            }
        }
        if (closing && !referenceSideFirst) {
            out.add(new CArc(EPS, EPS, 0f, state(x, h + 1, 1, eps == 0 ? 0 : 1), null));
        }
        for (List<Pending> group : List.of(ins, del, sub, hit)) {
            for (Pending p : group) {
                out.add(new CArc(p.in(), p.out(), p.cost(), state(p.halfNext(), p.advance() ? h + 1 : h, 0, 0), p.op()));
            }
        }
        return out;
    }

    /** Arcs of ref ∘ edits at a state as OpenFst stores them: a word three (hit, substitution, deletion), a label two. */
    private static int referenceArcs(List<Half> xa) {
        int n = 0;
        for (Half a : xa) {
            n += a.kind() == WORD ? 3 : a.kind() == LABEL ? 2 : 1;
        }
        return n;
    }

    /** Arcs of edits ∘ hypothesis before hypothesis word {@code h}: a word four (hit, substitution, insertion, deletion), then the closing epsilon and the deletion, then the deletion. */
    private int hypothesisArcs(int h) {
        if (h < hyp.length) {
            return 4;
        }
        return hypEpsilonEnd && h == hyp.length ? 2 : 1;
    }

    @Override
    public boolean isFinal(int s) {
        int[] t = tuples.get(s);
        return halfFinal.get(t[0]) && t[1] == hypFinalPosition();
    }
}
