package dev.werk.core.fstalign;

import dev.werk.core.align.EditOp;
import dev.werk.core.fstalign.Walker.CArc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * fstalign's "adapted" composition ({@code --composition-approach adapted}, its default since May 2021):
 * {@code AdaptedComposition.cpp} expands reference × hypothesis states lazily under greedy rules,
 * and {@code Walker.cpp} searches that graph layer by layer. Not a shortest path: the answer can cost
 * more than the cheapest one. The rules, as fstalign's source writes them:
 * <ul>
 *   <li>at a state (r, h), the reference arcs are taken in fstalign's order (symbol ids descending); for
 *       a word arc and each hypothesis arc: a hit when the words are equal, an insertion (cost 1) and a
 *       substitution (cost 1.5, also between equal words) always;</li>
 *   <li>a deletion (cost 1) only if no arc taken so far at this state matched a hypothesis word or
 *       was an entity label (the count runs over all arcs of the state, not per arc);</li>
 *   <li>entity labels are free; a synonym alternative is entered only when its words are matched
 *       exactly by the hypothesis from here ({@code IsEntityReacheable});</li>
 *   <li>at the reference's end, the remaining hypothesis words are insertions.</li>
 * </ul>
 * The search is fstalign's walker ({@link Walker}), as for its standard composition
 * ({@link StandardComposition}). Tokens fixed as matched by
 * fstalign's Levenshtein first pass ({@link FirstPass}: more than 10 tokens on both sides) can be
 * neither inserted nor substituted.
 */
final class AdaptedComposition implements Walker.Graph {
    private static final int EPS = Walker.EPS;

    /** A reference arc; labels are word ids (≥ 0), {@link #EPS}, or label ids {@code -2 - k}. */
    private record Arc(int label, int next, boolean fixed) {
        Arc(int label, int next) {
            this(label, next, false);
        }
    }

    private final List<List<Arc>> refArcs = new ArrayList<>();
    private final Set<Integer> refFinal = new HashSet<>();
    private final List<Boolean> labelIsSynonym = new ArrayList<>();
    private final int[] hyp;
    private final boolean hypEpsilonEnd;
    private final Map<Long, Integer> composed = new HashMap<>();
    private final List<long[]> pairs = new ArrayList<>();
    private final Set<Long> exitStates = new HashSet<>();
    /** Each word's and label's place in fstalign's symbol table (arcs are ordered by it). */
    private final Map<Integer, Integer> wordRank = new HashMap<>();
    private final List<Integer> labelRank = new ArrayList<>();
    private int nextRank;

    /** Words fstalign's Levenshtein first pass fixed as matched (weight 1): no insertion or substitution. */
    private final boolean[] fixedHyp;
    private final boolean[] fixedRef;
    private int writtenToken;

    private AdaptedComposition(int[] hyp, boolean hypEpsilonEnd, boolean[] fixedRef, boolean[] fixedHyp) {
        this.hyp = hyp;
        this.fixedRef = fixedRef;
        this.fixedHyp = fixedHyp;
        this.hypEpsilonEnd = hypEpsilonEnd;
    }

    /**
     * The path fstalign's adapted search answers for {@code groups} against {@code hyp}.
     *
     * @param hypEpsilonEnd the hypothesis ends with an epsilon arc (fstalign's text and NLP loaders; not CTM)
     */
    static ChunkedAlignment.Path align(List<Group> groups, int[] hyp, boolean hypEpsilonEnd, int[] firstPassHyp) {
        FirstPass fp = FirstPass.of(tokens(groups), firstPassHyp);
        AdaptedComposition c = new AdaptedComposition(hyp, hypEpsilonEnd, fp.reference(), fp.hypothesis());
        int start = c.build(groups);
        c.order();
        return Walker.path(Walker.walk(c, c.state(start, 0)), groups);
    }

    /**
     * The reference as fstalign's loader lists its tokens for the first pass: plain and written words
     * (ids), an entity as its label (a negative id of its own, matching nothing).
     */
    static int[] tokens(List<Group> groups) {
        List<Integer> out = new ArrayList<>();
        int entity = 0;
        for (Group g : groups) {
            if (g.kind() == Group.Kind.ENTITY) {
                out.add(-2 - entity++);
            } else {
                g.node().written(out);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- the reference network, as fstalign's loaders and synonym engine build it, epsilons removed

    private int newState() {
        refArcs.add(new ArrayList<>());
        return refArcs.size() - 1;
    }

    /** A new label; an entity's gets its symbol at once, a synonym's when the synonym engine adds it (later). */
    private int newLabel(boolean synonym) {
        labelIsSynonym.add(synonym);
        labelRank.add(synonym ? -1 : nextRank++);
        return -2 - (labelIsSynonym.size() - 1);
    }

    private void rank(int word) {
        if (!wordRank.containsKey(word)) {
            wordRank.put(word, nextRank++);
        }
    }

    /** Ranks the written words of {@code n} (a synonym's alternatives come later). */
    private void rankWritten(Node n) {
        if (n instanceof Node.Leaf l) {
            rank(l.word());
        } else if (n instanceof Node.Seq q) {
            q.items().forEach(this::rankWritten);
        } else {
            rankWritten(((Node.Alt) n).options().get(0));
        }
    }

    /**
     * The reference network of {@code groups}, with fstalign's symbol order: the reference's tokens
     * in order (an entity as its label, then every word of its candidates), then the hypothesis's
     * words, then synonym labels and their alternatives' new words as the synonym engine adds them.
     */
    private int build(List<Group> groups) {
        int start = newState();
        int s = start;
        List<int[]> pieces = new ArrayList<>();
        for (Group g : groups) {
            if (g.kind() == Group.Kind.ENTITY) {
                int label = newLabel(false);
                for (Node.Seq o : ((Node.Alt) g.node()).options()) {
                    rankWritten(o);
                }
                int in = newState();
                refArcs.get(s).add(new Arc(label, in));
                int exit = newState();
                pieces.add(new int[] {label, in, exit});
                s = newState();
                refArcs.get(exit).add(new Arc(label, s));
            } else {
                rankWritten(g.node());
                int next = newState();
                pieces.add(new int[] {0, s, next});
                s = next;
            }
        }
        for (int w : hyp) {
            rank(w);
        }
        // now the arcs inside each group, synonym labels ranked as they are made
        int k = 0;
        for (Group g : groups) {
            int[] e = pieces.get(k++);
            if (g.kind() == Group.Kind.ENTITY) {
                writtenToken++;
                for (Node.Seq o : ((Node.Alt) g.node()).options()) {
                    int end = seq(o, e[1], false);
                    refArcs.get(end).add(new Arc(EPS, e[2]));
                }
            } else {
                int end = node(g.node(), e[1], true);
                refArcs.get(end).add(new Arc(EPS, e[2]));
            }
        }
        refFinal.add(s);
        removeEpsilons();
        return start;
    }

    /** Adds {@code n} from state {@code s}; returns its end state. */
    private int node(Node n, int s, boolean written) {
        if (n instanceof Node.Leaf l) {
            int t = newState();
            boolean fixed = written && writtenToken < fixedRef.length && fixedRef[writtenToken];
            writtenToken += written ? 1 : 0;
            refArcs.get(s).add(new Arc(l.word(), t, fixed));
            return t;
        }
        if (n instanceof Node.Seq q) {
            return seq(q, s, written);
        }
        // the written words stay the main path; each other alternative leaves it with its own label and
        // rejoins it, as SynonymEngine::ApplyToFst adds them, at the state after the written words
        Node.Alt a = (Node.Alt) n;
        int end = seq(a.options().get(0), s, written);
        for (int k = 1; k < a.options().size(); k++) {
            int label = newLabel(true);
            labelRank.set(-2 - label, nextRank++);
            int in = newState();
            refArcs.get(s).add(new Arc(label, in));
            rankWritten(a.options().get(k));
            int e = seq(a.options().get(k), in, false);
            refArcs.get(e).add(new Arc(label, end));
        }
        return end;
    }

    private int seq(Node.Seq q, int s, boolean written) {
        for (Node n : q.items()) {
            s = node(n, s, written);
        }
        return s;
    }

    /** OpenFst's RmEpsilon: every state gets the non-epsilon arcs of its epsilon closure; finality too. */
    private void removeEpsilons() {
        int n = refArcs.size();
        List<List<Arc>> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            List<Arc> arcs = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            List<Integer> stack = new ArrayList<>(List.of(s));
            boolean fin = false;
            while (!stack.isEmpty()) {
                int t = stack.remove(stack.size() - 1);
                if (!seen.add(t)) {
                    continue;
                }
                fin |= refFinal.contains(t);
                for (Arc a : refArcs.get(t)) {
                    if (a.label() == EPS) {
                        stack.add(a.next());
                    } else if (!arcs.contains(a)) {
                        arcs.add(a);
                    }
                }
            }
            if (fin) {
                refFinal.add(s);
            }
            out.add(arcs);
        }
        refArcs.clear();
        refArcs.addAll(out);
    }

    /** fstalign sorts the reference arcs by symbol id, descending ({@code ReverseOLabelCompare}). */
    private void order() {
        for (List<Arc> arcs : refArcs) {
            arcs.sort(Comparator.comparingInt((Arc a) -> symbol(a.label())).reversed());
        }
    }

    private int symbol(int label) {
        return label >= 0 ? wordRank.get(label) : labelRank.get(-2 - label);
    }

    // ---- the composed graph (AdaptedCompositionFst::TryGetArcsAtState)

    private int state(int r, int h) {
        long key = ((long) r << 32) | h;
        Integer id = composed.get(key);
        if (id == null) {
            id = pairs.size();
            composed.put(key, id);
            pairs.add(new long[] {r, h});
        }
        return id;
    }

    private int hypArcs(int h) {
        return h < hyp.length ? 1 : (hypEpsilonEnd && h == hyp.length ? 1 : 0);
    }

    /** The hypothesis arc's label at {@code h}: a word, or {@link #EPS} for the closing epsilon. */
    private int hypLabel(int h) {
        return h < hyp.length ? hyp[h] : EPS;
    }

    private boolean hypFixed(int h) {
        return h < fixedHyp.length && fixedHyp[h];
    }

    private boolean hypFinal(int h) {
        return h == hyp.length + (hypEpsilonEnd ? 1 : 0);
    }

    private boolean reachable(int label, int r, int h) {
        for (Arc a : refArcs.get(r)) {
            if (a.label() == label) {
                exitStates.add(((long) r << 32) | (label & 0xffffffffL));
                return true;
            }
            if (a.label() == EPS) {
                if (reachable(label, a.next(), h)) {
                    return true;
                }
                continue;
            }
            if (hypArcs(h) > 0 && a.label() == hypLabel(h) && reachable(label, a.next(), h + 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<CArc> arcs(int from) {
        int r = (int) pairs.get(from)[0];
        int h = (int) pairs.get(from)[1];
        List<CArc> out = new ArrayList<>();
        int numMatch = 0;
        for (Arc a : refArcs.get(r)) {
            if (a.next() == r) {
                continue;
            }
            if (a.label() < EPS) {
                boolean synonym = labelIsSynonym.get(-2 - a.label());
                boolean exit = exitStates.contains(((long) r << 32) | (a.label() & 0xffffffffL));
                if (exit || !synonym || reachable(a.label(), a.next(), h)) {
                    numMatch++;
                    out.add(new CArc(a.label(), -1, 0f, state(a.next(), h), null));
                }
                continue;
            }
            if (hypArcs(h) > 0) {
                int b = hypLabel(h);
                if (a.label() == b) {
                    numMatch++;
                    out.add(new CArc(a.label(), b, 0f, state(a.next(), h + 1), EditOp.HIT));
                }
                if (!hypFixed(h)) {
                    out.add(new CArc(EPS, b, 1f, state(r, h + 1), EditOp.INSERTION));
                    if (!a.fixed()) {
                        out.add(new CArc(a.label(), b, 1.5f, state(a.next(), h + 1), EditOp.SUBSTITUTION));
                    }
                }
            }
            if (numMatch == 0) {
                out.add(new CArc(a.label(), -1, 1f, state(a.next(), h), EditOp.DELETION));
            }
        }
        if (refArcs.get(r).isEmpty() && hypArcs(h) > 0 && !hypFixed(h)) {
            out.add(new CArc(EPS, hypLabel(h), 1f, state(r, h + 1), EditOp.INSERTION));
        }
        return out;
    }

    @Override
    public boolean isFinal(int s) {
        return refFinal.contains((int) pairs.get(s)[0]) && hypFinal((int) pairs.get(s)[1]);
    }
}
