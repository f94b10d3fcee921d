package dev.werk.core.experiment;

import dev.werk.core.CorpusScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.align.EditOp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A system's confusion pairs over an experiment, as sclite's {@code dtl} report lists them: how
 * often each reference word was replaced by each hypothesis word, and how often each word was
 * inserted or deleted, counted over the alignment steps of every item.
 *
 * @param system        the system
 * @param substitutions reference → hypothesis pairs, most frequent first
 * @param insertions    inserted hypothesis words, most frequent first
 * @param deletions     deleted reference words, most frequent first
 */
public record Confusions(String system, List<Pair> substitutions, List<Word> insertions, List<Word> deletions) {
    /** How many pairs and words a list keeps by default. */
    public static final int DEFAULT_TOP = 20;

    /** A substitution of {@code reference} by {@code hypothesis}, {@code count} times. */
    public record Pair(String reference, String hypothesis, long count) {
    }

    /** A word inserted or deleted {@code count} times. */
    public record Word(String word, long count) {
    }

    public Confusions {
        substitutions = List.copyOf(substitutions);
        insertions = List.copyOf(insertions);
        deletions = List.copyOf(deletions);
    }

    /**
     * The {@code top} most frequent substitutions, insertions and deletions of system {@code system}
     * (index in {@link Comparison#systems()}) over every item; ties by word, in code-point order.
     */
    public static Confusions of(Comparison c, int system, int top) {
        Map<Pair, long[]> subs = new HashMap<>();
        Map<String, long[]> ins = new HashMap<>();
        Map<String, long[]> del = new HashMap<>();
        for (List<CorpusScore> row : c.scores()) {
            for (UtteranceScore u : row.get(system).utterances()) {
                List<String> ref = u.referenceTokens();
                List<String> hyp = u.hypothesisTokens();
                u.alignment().forEach((op, r, h) -> {
                    if (op == EditOp.SUBSTITUTION) {
                        subs.computeIfAbsent(new Pair(ref.get(r), hyp.get(h), 0), k -> new long[1])[0]++;
                    } else if (op == EditOp.INSERTION) {
                        ins.computeIfAbsent(hyp.get(h), k -> new long[1])[0]++;
                    } else if (op == EditOp.DELETION) {
                        del.computeIfAbsent(ref.get(r), k -> new long[1])[0]++;
                    }
                });
            }
        }
        Comparator<Map.Entry<Pair, long[]>> order = Comparator.<Map.Entry<Pair, long[]>>comparingLong(e -> -e.getValue()[0])
                .thenComparing(e -> e.getKey().reference()).thenComparing(e -> e.getKey().hypothesis());
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<Pair, long[]> e : top(subs, top, order)) {
            pairs.add(new Pair(e.getKey().reference(), e.getKey().hypothesis(), e.getValue()[0]));
        }
        return new Confusions(c.systems().get(system), pairs, words(ins, top), words(del, top));
    }

    private static List<Word> words(Map<String, long[]> counts, int top) {
        List<Word> out = new ArrayList<>();
        Comparator<Map.Entry<String, long[]>> order = Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey);
        for (Map.Entry<String, long[]> e : top(counts, top, order)) {
            out.add(new Word(e.getKey(), e.getValue()[0]));
        }
        return out;
    }

    /** The first {@code top} entries in {@code order}, found with a bounded heap rather than a sort of them all. */
    private static <K> List<Map.Entry<K, long[]>> top(Map<K, long[]> counts, int top, Comparator<Map.Entry<K, long[]>> order) {
        if (top >= counts.size()) {
            List<Map.Entry<K, long[]>> all = new ArrayList<>(counts.entrySet());
            all.sort(order);
            return all;
        }
        java.util.PriorityQueue<Map.Entry<K, long[]>> heap = new java.util.PriorityQueue<>(top + 1, order.reversed());
        for (Map.Entry<K, long[]> e : counts.entrySet()) {
            heap.add(e);
            if (heap.size() > top) {
                heap.poll();
            }
        }
        List<Map.Entry<K, long[]>> out = new ArrayList<>(heap);
        out.sort(order);
        return out;
    }
}
