package dev.werk.core.fstalign;

import dev.werk.core.align.EditOp;
import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charges the steps of an aligned path to entities, as fstalign does after aligning
 * ({@code align_stitches_to_nlp}, {@code RecordTagWer}, {@code RecordWer}):
 * <ul>
 *   <li>A group's steps are its reference words and (when asked) the insertions between its first
 *       and last reference word.</li>
 *   <li>Steps are matched to the group's NLP rows: one row each when the numbers agree; every step
 *       to the one row of a one-row group; otherwise the first step to the first row, the last to
 *       the last row, and the steps between to the first row's tags. A plain token, or a synonym
 *       region taken as written, is one step per row.</li>
 *   <li>Per {@code wer_tags} id: each step on a row carrying the id counts, insertions as
 *       insertions, other steps as reference tokens (hits, substitutions or deletions).</li>
 *   <li>Per {@code tags} label class (fstalign's {@code class X WER}): every entity counts all its
 *       steps; an entity whose chosen candidate is empty still names its class (0/0).</li>
 * </ul>
 */
final class EntityAccounting {
    private final Map<String, long[]> perTag = new LinkedHashMap<>();
    private final Map<String, long[]> perLabelClass = new LinkedHashMap<>();

    private EntityAccounting() {
    }

    /**
     * @param insertions charge the insertions inside an entity to it, as fstalign's per-tag report
     *                   ({@code RecordTagWer}, since 2021) does; false: as the aligned NLP file of
     *                   fstalign 1.0–1.1, which made the Earnings-21 table, omits insertions
     */
    static EntityAccounting of(List<Group> groups, List<RefRow> rows, ChunkedAlignment.Path path, boolean insertions) {
        EntityAccounting acc = new EntityAccounting();
        List<List<EditOp>> steps = new ArrayList<>(groups.size());
        List<List<Integer>> stepWords = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            steps.add(new ArrayList<>(2));
            stepWords.add(new ArrayList<>(2));
        }
        int[] owner = path.referenceGroup();
        int r = 0;
        var a = path.alignment();
        for (int k = 0; k < a.size(); k++) {
            EditOp op = a.op(k);
            if (op == EditOp.INSERTION) {
                if (insertions && r > 0 && r < owner.length && owner[r - 1] == owner[r]) {
                    steps.get(owner[r]).add(op);
                    stepWords.get(owner[r]).add(-1);
                }
            } else {
                steps.get(owner[r]).add(op);
                stepWords.get(owner[r]).add(path.reference()[r]);
                r++;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            acc.charge(groups.get(g), rows, steps.get(g), stepWords.get(g));
        }
        return acc;
    }

    private void charge(Group g, List<RefRow> rows, List<EditOp> steps, List<Integer> words) {
        if (g.kind() == Group.Kind.ENTITY) {
            long[] c = perLabelClass.computeIfAbsent(rows.get(g.firstRow()).labelClass(), x -> new long[4]);
            for (EditOp op : steps) {
                add(c, op);
            }
        }
        int k = steps.size();
        int n = g.rowCount();
        boolean asWritten = g.kind() == Group.Kind.PLAIN
                || g.kind() == Group.Kind.SYNONYM && sameWords(words, g.original());
        if (asWritten) {
            int row = g.firstRow();
            for (int s = 0; s < k; s++) {
                if (steps.get(s) != EditOp.INSERTION) {
                    tag(rows.get(row++), steps.get(s));
                }
            }
            return;
        }
        for (int s = 0; s < k; s++) {
            RefRow row;
            if (n == k) {
                row = rows.get(g.firstRow() + s);
            } else if (n == 1 || s < k - 1 || k == 1) {
                row = rows.get(g.firstRow());
            } else {
                row = rows.get(g.firstRow() + n - 1);
            }
            tag(row, steps.get(s));
        }
    }

    private static boolean sameWords(List<Integer> words, int[] original) {
        int[] w = words.stream().filter(x -> x >= 0).mapToInt(Integer::intValue).toArray();
        return Arrays.equals(w, original);
    }

    private void tag(RefRow row, EditOp op) {
        for (String id : row.werTags()) {
            add(perTag.computeIfAbsent(id, x -> new long[4]), op);
        }
    }

    /** c = {reference tokens, substitutions, deletions, insertions}. */
    private static void add(long[] c, EditOp op) {
        switch (op) {
            case HIT -> c[0]++;
            case SUBSTITUTION -> {
                c[0]++;
                c[1]++;
            }
            case DELETION -> {
                c[0]++;
                c[2]++;
            }
            case INSERTION -> c[3]++;
            default -> throw new IllegalStateException();
        }
    }

    static Counts counts(long[] c) {
        return new Counts(c[0] - c[1] - c[2], c[1], c[2], c[3]);
    }

    /** Counts per {@code wer_tags} id, in order of first step. */
    Map<String, Counts> perTag() {
        Map<String, Counts> out = new LinkedHashMap<>();
        perTag.forEach((k, v) -> out.put(k, counts(v)));
        return out;
    }

    /** Counts per {@code tags} label class. */
    Map<String, Counts> perLabelClass() {
        Map<String, Counts> out = new LinkedHashMap<>();
        perLabelClass.forEach((k, v) -> out.put(k, counts(v)));
        return out;
    }
}
