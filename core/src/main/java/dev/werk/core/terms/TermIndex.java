package dev.werk.core.terms;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over the keys of every form of every term, so that rule 1's scan walks each
 * position's characters once instead of trying every term there. A node where a key ends holds
 * the indices (ascending) of the terms with a form of that key. Immutable once built.
 */
final class TermIndex {
    private static final int ROOT = 0;
    private static final int[] NONE = new int[0];

    /** Open-addressing table of edges: key = node << 16 | char, value = child node. */
    private long[] edgeKeys;
    private int[] edgeChildren;
    private int edgeCount;
    private int[][] termsAt = new int[64][];
    private int nodeCount = 1;
    /**
     * Every non-empty prefix of every key and the node it leads to: a token that is none of them
     * starts no occurrence, and one that is skips its character walk (one hash look-up per position).
     */
    private final Map<String, Integer> prefixNodes = new HashMap<>();

    /** A trie over the keys of every form of {@code terms}. */
    TermIndex(List<Term> terms) {
        this();
        for (Term t : terms) {
            for (TermForm f : t.forms()) {
                add(f.key(), t.index());
            }
        }
        seal();
    }

    /** A trie over arbitrary strings: {@code strings[t]} belongs to term {@code t}. */
    TermIndex(String[] strings) {
        this();
        for (int t = 0; t < strings.length; t++) {
            add(strings[t], t);
        }
        seal();
    }

    private TermIndex() {
        edgeKeys = new long[1024];
        Arrays.fill(edgeKeys, -1L);
        edgeChildren = new int[1024];
    }

    private void seal() {
        for (int n = 0; n < nodeCount; n++) {
            if (termsAt[n] == null) {
                termsAt[n] = NONE;
            }
        }
    }

    private void add(String key, int term) {
        int node = ROOT;
        for (int k = 0; k < key.length(); k++) {
            int next = child(node, key.charAt(k));
            if (next < 0) {
                next = newNode();
                putEdge(node, key.charAt(k), next);
            }
            node = next;
            prefixNodes.putIfAbsent(key.substring(0, k + 1), node);
        }
        int[] at = termsAt[node];
        if (at == null) {
            termsAt[node] = new int[] {term};
        } else if (at[at.length - 1] != term) { // terms arrive in list order, so a repeat is the last
            int[] grown = Arrays.copyOf(at, at.length + 1);
            grown[at.length] = term;
            termsAt[node] = grown;
        }
    }

    private int newNode() {
        if (nodeCount == termsAt.length) {
            termsAt = Arrays.copyOf(termsAt, nodeCount * 2);
        }
        return nodeCount++;
    }

    private static long edge(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void putEdge(int node, char c, int childNode) {
        if ((edgeCount + 1) * 2 > edgeKeys.length) {
            rehash();
        }
        long key = edge(node, c);
        int mask = edgeKeys.length - 1;
        int s = slot(key, mask);
        while (edgeKeys[s] != -1L) {
            s = (s + 1) & mask;
        }
        edgeKeys[s] = key;
        edgeChildren[s] = childNode;
        edgeCount++;
    }

    private void rehash() {
        long[] oldKeys = edgeKeys;
        int[] oldChildren = edgeChildren;
        edgeKeys = new long[oldKeys.length * 2];
        Arrays.fill(edgeKeys, -1L);
        edgeChildren = new int[oldKeys.length * 2];
        int mask = edgeKeys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != -1L) {
                int s = slot(oldKeys[k], mask);
                while (edgeKeys[s] != -1L) {
                    s = (s + 1) & mask;
                }
                edgeKeys[s] = oldKeys[k];
                edgeChildren[s] = oldChildren[k];
            }
        }
    }

    /** The child of {@code node} along {@code c}, or -1. */
    int child(int node, char c) {
        long key = edge(node, c);
        int mask = edgeKeys.length - 1;
        int s = slot(key, mask);
        while (true) {
            long k = edgeKeys[s];
            if (k == key) {
                return edgeChildren[s];
            }
            if (k == -1L) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * Rule 1 over {@code tokens}: left to right, at each position the longest span whose joined
     * tokens are a key of a selected term (ties: the term listed first); occurrences do not
     * overlap and the scan resumes after each. Calls {@code out} with (term, from, to).
     *
     * @param selected the terms that apply, or null for all
     */
    void scan(List<String> tokens, BitSet selected, OccurrenceSink out) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Integer start = prefixNodes.get(tokens.get(i));
            if (start == null) {
                i++;
                continue;
            }
            int node = start;
            int bestEnd = -1;
            int bestTerm = -1;
            int t0 = first(termsAt[node], selected);
            if (t0 >= 0) {
                bestEnd = i + 1;
                bestTerm = t0;
            }
            walk:
            for (int j = i + 1; j < n; j++) {
                String tok = tokens.get(j);
                for (int k = 0, len = tok.length(); k < len; k++) {
                    node = child(node, tok.charAt(k));
                    if (node < 0) {
                        break walk;
                    }
                }
                int t = first(termsAt[node], selected);
                if (t >= 0) {
                    bestEnd = j + 1;
                    bestTerm = t;
                }
            }
            if (bestEnd > 0) {
                out.occurrence(bestTerm, i, bestEnd);
                i = bestEnd;
            } else {
                i++;
            }
        }
    }

    /**
     * Every string of the trie that starts at {@code from} in {@code text}, shortest first: calls
     * {@code out} with (term, from, end) for each selected term of each.
     */
    void prefixesAt(String text, int from, BitSet selected, OccurrenceSink out) {
        int node = ROOT;
        for (int k = from, len = text.length(); k < len; k++) {
            node = child(node, text.charAt(k));
            if (node < 0) {
                return;
            }
            for (int t : termsAt[node]) {
                if (selected == null || selected.get(t)) {
                    out.occurrence(t, from, k + 1);
                }
            }
        }
    }

    private static int first(int[] terms, BitSet selected) {
        for (int t : terms) {
            if (selected == null || selected.get(t)) {
                return t;
            }
        }
        return -1;
    }

    /** Receives one occurrence of rule 1's scan. */
    @FunctionalInterface
    interface OccurrenceSink {
        void occurrence(int term, int from, int to);
    }
}
