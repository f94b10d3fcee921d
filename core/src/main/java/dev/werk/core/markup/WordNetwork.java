package dev.werk.core.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The word network of one transcript, frozen for alignment: its arcs in sclite's traversal order,
 * each arc's predecessors in sclite's in-arc order, and the arcs that end the network. Arc 0 is a
 * word-less head arc that precedes every first word, as sclite adds before aligning; a transcript
 * without words is that arc alone. Made by {@link MarkupAligner#read} or {@link MarkupAligner#literal}.
 */
public final class WordNetwork {
    /** The word of each arc; {@code words[0]} is null (the head arc). */
    final Word[] words;
    /** The predecessors of each arc (arcs ending where it starts), in in-arc order; empty for arc 0. */
    final int[][] predecessors;
    /** The arcs ending at the stop node, in in-arc order. */
    final int[] finals;

    private WordNetwork(Word[] words, int[][] predecessors, int[] finals) {
        this.words = words;
        this.predecessors = predecessors;
        this.finals = finals;
    }

    /**
     * Freezes {@code graph}: adds the head arc, then lists the arcs node by node in sclite's
     * in-order traversal (a node is visited, in first-in-first-out order, once all its in-arcs have
     * been seen; its out-arcs are listed in their order).
     */
    static WordNetwork of(ArcGraph graph) {
        graph.insertAfter(graph.start, null);
        List<ArcGraph.Arc> order = new ArrayList<>();
        ArrayDeque<ArcGraph.Node> queue = new ArrayDeque<>();
        pendingCounts(graph.start);
        queue.add(graph.start);
        while (!queue.isEmpty()) {
            ArcGraph.Node node = queue.poll();
            for (ArcGraph.Arc a : node.out) {
                if (--a.to.pending == 0) {
                    queue.add(a.to);
                }
            }
            for (ArcGraph.Arc a : node.out) {
                a.index = order.size();
                order.add(a);
            }
        }
        int n = order.size();
        Word[] words = new Word[n];
        int[][] predecessors = new int[n][];
        for (int i = 0; i < n; i++) {
            ArcGraph.Arc a = order.get(i);
            words[i] = a.word;
            predecessors[i] = indexes(a.from.in);
        }
        return new WordNetwork(words, predecessors, indexes(graph.stop.in));
    }

    /** Sets every reachable node's pending count to its number of in-arcs. */
    private static void pendingCounts(ArcGraph.Node start) {
        ArrayDeque<ArcGraph.Node> stack = new ArrayDeque<>();
        Set<ArcGraph.Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        stack.push(start);
        seen.add(start);
        while (!stack.isEmpty()) {
            ArcGraph.Node node = stack.pop();
            node.pending = node.in.size();
            for (ArcGraph.Arc a : node.out) {
                if (seen.add(a.to)) {
                    stack.push(a.to);
                }
            }
        }
    }

    private static int[] indexes(List<ArcGraph.Arc> arcs) {
        int[] ids = new int[arcs.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = arcs.get(k).index;
        }
        return ids;
    }

    /** A network of plain words in a row (no markup), as {@link MarkupAligner#literal} makes it. */
    static WordNetwork chain(List<Word> row) {
        // what of() builds for a row of arcs, without the graph: the start arc, then arc i after arc i-1
        int n = row.size() + 1;
        Word[] words = new Word[n];
        int[][] predecessors = new int[n][];
        predecessors[0] = new int[0];
        for (int i = 1; i < n; i++) {
            words[i] = row.get(i - 1);
            predecessors[i] = new int[] {i - 1};
        }
        return new WordNetwork(words, predecessors, new int[] {n - 1});
    }

    /**
     * The network of a word lattice: states {@code 0..states-1}, arcs between them, a start state
     * and final states. It must be trimmed (every arc on some path from {@code start} to a final
     * state) and acyclic, as {@code dev.werk.core.fstalign.Lattice} makes it. An arc's word is
     * {@code text} as shown, compared by {@code key}; a null key is an epsilon arc (free, like {@code @}).
     * Arcs keep the order given at each state.
     *
     * @throws IllegalArgumentException when an arc lies on no such path or the lattice has a cycle
     */
    public static WordNetwork lattice(int states, int start, int[] from, int[] to, String[] text, String[] key,
                                      int[] finals) {
        ArcGraph graph = new ArcGraph();
        ArcGraph.Node[] nodes = new ArcGraph.Node[states];
        for (int s = 0; s < states; s++) {
            nodes[s] = s == start ? graph.start : new ArcGraph.Node();
        }
        for (int k = 0; k < from.length; k++) {
            Word w = key[k] == null ? new Word(text[k], "@", true, false, false) : new Word(text[k], key[k], false, false, false);
            link(nodes[from[k]], nodes[to[k]], w);
        }
        graph.stop = new ArcGraph.Node();
        for (int f : finals) {
            link(nodes[f], graph.stop, new Word("@", "@", true, false, false));
        }
        WordNetwork net = of(graph);
        // of() lists an arc once every arc into its start has been listed: arcs off a path or on a cycle never are
        if (net.size() != from.length + finals.length + 1) {
            throw new IllegalArgumentException("the lattice is not trimmed or has a cycle");
        }
        return net;
    }

    private static void link(ArcGraph.Node a, ArcGraph.Node b, Word w) {
        ArcGraph.Arc arc = new ArcGraph.Arc(w);
        arc.from = a;
        arc.to = b;
        a.out.add(arc);
        b.in.add(arc);
    }

    /** Number of arcs, the head arc included. */
    int size() {
        return words.length;
    }

    /**
     * True when the network is one row of words with nothing for markup to decide: no alternation,
     * no {@code @}, no optionally deletable word, no fragment. Such a transcript aligns exactly like
     * its {@link #words()} under the plain aligners.
     */
    public boolean isPlain() {
        if (finals.length != 1 || finals[0] != words.length - 1) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            Word w = words[i];
            if (predecessors[i].length != 1 || predecessors[i][0] != i - 1 || w.isNull() || w.optional() || w.fragment()) {
                return false;
            }
        }
        return true;
    }

    /** The words of a {@linkplain #isPlain() plain} network, in order, as they are shown and compared. */
    public List<String> words() {
        if (!isPlain()) {
            throw new IllegalStateException("the network has markup; it has no single row of words");
        }
        List<String> out = new ArrayList<>(words.length - 1);
        for (int i = 1; i < words.length; i++) {
            out.add(words[i].text());
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("WordNetwork[");
        for (int i = 0; i < words.length; i++) {
            sb.append(i == 0 ? "^" : " " + words[i].text()).append(Arrays.toString(predecessors[i]));
        }
        return sb.append(" -> ").append(Arrays.toString(finals)).append(']').toString();
    }
}
