package dev.werk.core.fstalign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels fstalign gives the steps of a synonym alternative it took, {@code ___k_SYN_m-n___}
 * ({@code SynonymEngine::ApplyToFst}): m the rule's words, n the alternative's, and k a running
 * count from 100000 over every (state, rule, alternative) the engine adds, in the order it visits
 * them: the network's states in order (the reference's plain stretches position by position), at
 * each state the rules whose first word labels an arc out of it, sorted by their words (a
 * {@code std::map}), and each rule's alternatives in order; for an entity, first its candidates'
 * first words (one arc each, from the state where they all start), then each candidate's later
 * words, candidate by candidate.
 *
 * <p>Only plain stretches are labelled here: a synonym inside an entity candidate keeps the
 * entity's label. Where the path's words could come from the written words or an alternative,
 * the written words are taken.
 */
final class SynonymLabels {
    static final int FIRST = 100000;

    private SynonymLabels() {
    }

    /**
     * Per path reference position, the synonym label of its step, or null.
     *
     * @param rules      the rules in effect, {@code {lhs, alternative...}} as word ids (one per lhs)
     * @param groups     the reference's groups; {@code candidates} the candidates of each ENTITY group, in order
     * @param pathRef    the path's reference words; {@code pathGroup} the group of each
     */
    static String[] of(List<int[][]> rules, Words words, List<Group> groups, List<List<int[]>> candidates, int[] pathRef,
                       int[] pathGroup) {
        Map<Integer, List<int[][]>> byFirst = new HashMap<>();
        for (int[][] r : rules) {
            byFirst.computeIfAbsent(r[0][0], x -> new ArrayList<>()).add(r);
        }
        Comparator<int[][]> order = (a, b) -> compareWords(a[0], b[0], words);
        byFirst.values().forEach(l -> l.sort(order));

        // the first id of every application in a plain stretch: group -> position -> rule -> id
        Map<Integer, Map<Integer, Map<int[][], Integer>>> base = new HashMap<>();
        int next = FIRST;
        int entity = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group gr = groups.get(g);
            if (gr.kind() == Group.Kind.ENTITY) {
                next = countEntity(candidates.get(entity++), byFirst, next);
                continue;
            }
            int[] w = gr.original();
            for (int p = 0; p < w.length; p++) {
                for (int[][] r : byFirst.getOrDefault(w[p], List.of())) {
                    if (matches(r[0], w, p)) {
                        base.computeIfAbsent(g, x -> new HashMap<>()).computeIfAbsent(p, x -> new HashMap<>()).put(r, next);
                        next += r.length - 1;
                    }
                }
            }
        }

        String[] out = new String[pathRef.length];
        int r = 0;
        while (r < pathRef.length) {
            int g = pathGroup[r];
            int end = r;
            while (end < pathRef.length && pathGroup[end] == g) {
                end++;
            }
            if (groups.get(g).kind() == Group.Kind.SYNONYM && base.containsKey(g)) {
                label(groups.get(g).original(), 0, pathRef, r, end, byFirst, base.get(g), out);
            }
            r = end;
        }
        return out;
    }

    /** Counts an entity's applications (see the class comment); returns the next free id. */
    private static int countEntity(List<int[]> cands, Map<Integer, List<int[][]>> byFirst, int next) {
        for (int[] c : cands) {
            if (c.length == 0) {
                continue;
            }
            // one arc per candidate from the shared start state; a rule matches when any candidate with
            // that first word continues with it
            for (int[][] r : byFirst.getOrDefault(c[0], List.of())) {
                for (int[] other : cands) {
                    if (other.length > 0 && other[0] == c[0] && matches(r[0], other, 0)) {
                        next += r.length - 1;
                        break;
                    }
                }
            }
        }
        for (int[] c : cands) {
            for (int p = 1; p < c.length; p++) {
                for (int[][] r : byFirst.getOrDefault(c[p], List.of())) {
                    if (matches(r[0], c, p)) {
                        next += r.length - 1;
                    }
                }
            }
        }
        return next;
    }

    /**
     * Parses path words {@code path[q, end)} as the written words {@code w[p..)} with rule
     * alternatives in place of matches, written words first, and labels the alternatives' words;
     * returns whether it parsed.
     */
    private static boolean label(int[] w, int p, int[] path, int q, int end, Map<Integer, List<int[][]>> byFirst,
                                 Map<Integer, Map<int[][], Integer>> base, String[] out) {
        if (p == w.length || q == end) {
            return p == w.length && q == end;
        }
        if (path[q] == w[p] && label(w, p + 1, path, q + 1, end, byFirst, base, out)) {
            return true;
        }
        Map<int[][], Integer> at = base.get(p);
        if (at == null) {
            return false;
        }
        for (int[][] r : byFirst.getOrDefault(w[p], List.of())) {
            Integer id = at.get(r);
            if (id == null) {
                continue;
            }
            for (int a = 1; a < r.length; a++) {
                int[] alt = r[a];
                if (q + alt.length > end || !matches(alt, path, q)) {
                    continue;
                }
                if (label(w, p + r[0].length, path, q + alt.length, end, byFirst, base, out)) {
                    String name = "___" + (id + a - 1) + "_SYN_" + r[0].length + "-" + alt.length + "___";
                    for (int k = q; k < q + alt.length; k++) {
                        out[k] = name;
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(int[] seq, int[] w, int from) {
        if (from + seq.length > w.length) {
            return false;
        }
        for (int k = 0; k < seq.length; k++) {
            if (w[from + k] != seq[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code std::vector<std::string>}'s order: word by word, a prefix first. */
    private static int compareWords(int[] a, int[] b, Words words) {
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            int c = words.word(a[k]).compareTo(words.word(b[k]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
