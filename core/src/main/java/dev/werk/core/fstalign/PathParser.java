package dev.werk.core.fstalign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds which group each reference word of a chosen path came from: the path's words are a
 * concatenation of one alternative of each group, so a left-to-right pass over the groups keeps
 * the positions each could end at, and a backward pass picks one split (the first found, when
 * equal words could be split in more than one way).
 */
final class PathParser {
    private PathParser() {
    }

    /** For every word of {@code words}, the index of its group among {@code groups[g0..g1)}. */
    static int[] owners(List<Group> groups, int g0, int g1, int[] words) {
        int n = g1 - g0;
        List<Map<Integer, Integer>> startOf = new ArrayList<>(n);
        TreeSet<Integer> reach = new TreeSet<>();
        reach.add(0);
        for (int g = g0; g < g1; g++) {
            Map<Integer, Integer> starts = new HashMap<>();
            TreeSet<Integer> next = new TreeSet<>();
            Node node = groups.get(g).node();
            if (node instanceof Node.Leaf leaf && reach.size() == 1) {
                int p = reach.first();
                if (p < words.length && words[p] == leaf.word()) {
                    starts.put(p + 1, p);
                    next.add(p + 1);
                }
                startOf.add(starts);
                reach = next;
                if (reach.isEmpty()) {
                    throw new IllegalStateException("the aligned path does not follow the reference network at group " + g);
                }
                continue;
            }
            for (int p : reach) {
                for (int e : ends(node, p, words)) {
                    starts.putIfAbsent(e, p);
                    next.add(e);
                }
            }
            startOf.add(starts);
            reach = next;
            if (reach.isEmpty()) {
                throw new IllegalStateException("the aligned path does not follow the reference network at group " + g);
            }
        }
        if (!reach.contains(words.length)) {
            throw new IllegalStateException("the aligned path does not end where the reference network does");
        }
        int[] owner = new int[words.length];
        int e = words.length;
        for (int i = n - 1; i >= 0; i--) {
            int s = startOf.get(i).get(e);
            for (int k = s; k < e; k++) {
                owner[k] = g0 + i;
            }
            e = s;
        }
        return owner;
    }

    /** Every position where {@code node} can end when it starts at {@code p}. */
    static TreeSet<Integer> ends(Node node, int p, int[] words) {
        TreeSet<Integer> out = new TreeSet<>();
        if (node instanceof Node.Leaf l) {
            if (p < words.length && words[p] == l.word()) {
                out.add(p + 1);
            }
        } else if (node instanceof Node.Seq s) {
            TreeSet<Integer> cur = new TreeSet<>();
            cur.add(p);
            for (Node item : s.items()) {
                TreeSet<Integer> next = new TreeSet<>();
                for (int q : cur) {
                    next.addAll(ends(item, q, words));
                }
                cur = next;
                if (cur.isEmpty()) {
                    break;
                }
            }
            out.addAll(cur);
        } else {
            for (Node.Seq o : ((Node.Alt) node).options()) {
                out.addAll(ends(o, p, words));
            }
        }
        return out;
    }
}
