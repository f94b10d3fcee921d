package dev.werk.core.fstalign;

import dev.werk.core.align.Alignment;
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
 *   <li>A group's steps are its reference words and the insertions inside it: those whose run of
 *       errors lies between two hits of the group (see {@link #enclosingGroup}).</li>
 *   <li>Steps are matched to the group's NLP rows: one row each when the numbers agree; every step
 *       to the one row of a one-row group; otherwise the first step to the first row, the last to
 *       the last row, and the steps between to the first row's tags. A plain token, or a synonym
 *       region taken as written, is one step per row.</li>
 *   <li>Per {@code wer_tags} id: each step on a row carrying the id counts, insertions as
 *       insertions, other steps as reference tokens (hits, substitutions or deletions).</li>
 *   <li>A {@code FALLBACK} entity whose empty candidate was taken counts as one correct reference
 *       token of its first row's ids, as fstalign's no-op step does.</li>
 *   <li>Per {@code tags} label class (fstalign's {@code class X WER}): every entity counts all its
 *       steps; an entity whose chosen candidate is empty still names its class (0/0).</li>
 * </ul>
 */
final class EntityAccounting {
    private final Map<String, long[]> perTag = new LinkedHashMap<>();
    private final Map<String, long[]> perLabelClass = new LinkedHashMap<>();
    private final boolean insertions;
    /** Every step in order, and the NLP row fstalign attaches to it (null: none, an insertion outside entities). */
    private final EditOp[] ops;
    private final RefRow[] stitchRow;
    /** Per step, the group it belongs to: its reference word's, or for an insertion the one it falls inside (-1: none). */
    private final int[] stepGroup;

    private EntityAccounting(boolean insertions, int steps) {
        this.insertions = insertions;
        this.ops = new EditOp[steps];
        this.stitchRow = new RefRow[steps];
        this.stepGroup = new int[steps];
    }

    /**
     * @param insertions charge the insertions inside an entity to it, as fstalign's per-tag report
     *                   ({@code RecordTagWer}, present since 1.0) does; false: never (their steps
     *                   still take part in matching steps to rows, as in fstalign)
     */
    static EntityAccounting of(List<Group> groups, List<RefRow> rows, ChunkedAlignment.Path path, boolean insertions) {
        var a = path.alignment();
        EntityAccounting acc = new EntityAccounting(insertions, a.size());
        List<List<Integer>> steps = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            steps.add(new ArrayList<>(2));
        }
        int[] owner = path.referenceGroup();
        int[] word = new int[a.size()];
        int[] enclosing = enclosingGroup(a, owner);
        int r = 0;
        for (int k = 0; k < a.size(); k++) {
            EditOp op = a.op(k);
            acc.ops[k] = op;
            word[k] = -1;
            if (op == EditOp.INSERTION) {
                acc.stepGroup[k] = enclosing[k];
                if (enclosing[k] >= 0) {
                    steps.get(enclosing[k]).add(k);
                }
            } else {
                acc.stepGroup[k] = owner[r];
                steps.get(owner[r]).add(k);
                word[k] = path.reference()[r];
                r++;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            acc.charge(groups.get(g), rows, steps.get(g), word);
        }
        return acc;
    }

    /**
     * Per step, for an insertion, the group it falls inside in fstalign's path, or -1. Within a run
     * of errors fstalign's walker may place an insertion anywhere at the same cost; it keeps the
     * path with fewer errors so far at each step, and an entity's label arcs are free steps
     * ({@code Walker.cpp}, {@code PathHeap.h}; {@code StandardComposition.cpp} deletes labels at no
     * cost), so an insertion in a run that reaches an entity's last word moves past its closing
     * label (outside), and one in a run that reaches its first word follows the opening label and
     * the run's other insertions, before its substitutions, and is then the entity's leading step,
     * which {@code align_stitches_to_nlp} skips. An insertion is therefore inside an entity only
     * when its run of errors lies between two hits of that entity.
     */
    private static int[] enclosingGroup(Alignment a, int[] owner) {
        int n = a.size();
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        int[] refAt = new int[n];
        int r = 0;
        for (int k = 0; k < n; k++) {
            refAt[k] = r;
            if (a.op(k) != EditOp.INSERTION) {
                r++;
            }
        }
        int k = 0;
        while (k < n) {
            if (a.op(k) == EditOp.HIT) {
                k++;
                continue;
            }
            int end = k;
            while (end < n && a.op(end) != EditOp.HIT) {
                end++;
            }
            if (k > 0 && end < n) {
                int before = owner[refAt[k - 1]];
                int after = owner[refAt[end]];
                if (before == after) {
                    for (int j = k; j < end; j++) {
                        if (a.op(j) == EditOp.INSERTION) {
                            out[j] = before;
                        }
                    }
                }
            }
            k = end;
        }
        return out;
    }

    private void charge(Group g, List<RefRow> rows, List<Integer> steps, int[] word) {
        if (g.kind() == Group.Kind.ENTITY) {
            long[] c = perLabelClass.computeIfAbsent(rows.get(g.firstRow()).labelClass(), x -> new long[4]);
            for (int k : steps) {
                if (ops[k] != EditOp.INSERTION || insertions) {
                    add(c, ops[k]);
                }
            }
        }
        if (steps.isEmpty() && g.kind() == Group.Kind.ENTITY
                && ClassScores.FALLBACK.equals(rows.get(g.firstRow()).labelClass())) {
            // fstalign's traversal gives a FALLBACK entity left out (an empty candidate) one no-op
            // step (AlignmentTraversor.cpp, NOOP), attached to its first row and counted by
            // RecordTagWer as a correct reference word of that row's wer_tags
            for (String id : rows.get(g.firstRow()).werTags()) {
                add(perTag.computeIfAbsent(id, x -> new long[4]), EditOp.HIT);
            }
            return;
        }
        int k = steps.size();
        int n = g.rowCount();
        boolean asWritten = g.kind() == Group.Kind.PLAIN
                || g.kind() == Group.Kind.SYNONYM && sameWords(steps, word, g.original());
        if (asWritten) {
            int row = g.firstRow();
            for (int step : steps) {
                if (ops[step] != EditOp.INSERTION) {
                    tag(step, rows.get(row++));
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
            tag(steps.get(s), row);
        }
    }

    private static boolean sameWords(List<Integer> steps, int[] word, int[] original) {
        int[] w = steps.stream().mapToInt(k -> word[k]).filter(x -> x >= 0).toArray();
        return Arrays.equals(w, original);
    }

    private void tag(int step, RefRow row) {
        stitchRow[step] = row;
        EditOp op = ops[step];
        if (op == EditOp.INSERTION && !insertions) {
            return;
        }
        for (String id : row.werTags()) {
            add(perTag.computeIfAbsent(id, x -> new long[4]), op);
        }
    }

    /**
     * fstalign's side-by-side rows ({@code WriteSbs}): every step with its tokens, the label of the
     * synonym alternative ({@link SynonymLabels}, per path reference word) or entity it belongs to
     * ({@code GetClassLabel}: {@code ___id_CLASS___}) and the {@code wer_tags} of the row it is
     * attached to. {@code refWords} and {@code hypWords} are the path's tokens.
     */
    List<SideBySideRow> sideBySide(List<Group> groups, List<RefRow> rows, List<String> refWords, List<String> hypWords,
                                   EntityTypes types, String[] synonymLabels) {
        List<SideBySideRow> out = new ArrayList<>(ops.length);
        int[] leading = leadingGroup();
        // the group of the next reference step at or after each step, for the no-op steps
        int[] nextGroup = new int[ops.length];
        int following = groups.size();
        for (int k = ops.length - 1; k >= 0; k--) {
            if (ops[k] != EditOp.INSERTION) {
                following = stepGroup[k];
            }
            nextGroup[k] = following;
        }
        boolean[] hasSteps = new boolean[groups.size()];
        for (int k = 0; k < ops.length; k++) {
            if (stepGroup[k] >= 0) {
                hasSteps[stepGroup[k]] = true;
            }
        }
        int pending = 0;
        int r = 0;
        int h = 0;
        for (int k = 0; k < ops.length; k++) {
            // fstalign's no-op steps of FALLBACK entities left out come first: labels cost its walker nothing
            for (; pending < nextGroup[k]; pending++) {
                noOp(groups, rows, hasSteps, pending, out);
            }
            EditOp op = ops[k];
            String synonym = null;
            if (op != EditOp.INSERTION) {
                synonym = synonymLabels[r];
            } else if (r > 0 && r < synonymLabels.length && synonymLabels[r - 1] != null
                    && synonymLabels[r - 1].equals(synonymLabels[r])) {
                synonym = synonymLabels[r]; // an insertion between two words of one alternative
            }
            String ref = op == EditOp.INSERTION ? SideBySideRow.INSERTION : refWords.get(r++);
            String hyp = op == EditOp.DELETION ? SideBySideRow.DELETION : hypWords.get(h++);
            int g = stepGroup[k] >= 0 ? stepGroup[k] : leading[k];
            String label = "";
            if (synonym != null) {
                label = synonym;
            } else if (g >= 0 && groups.get(g).kind() == Group.Kind.ENTITY) {
                label = "___" + rows.get(groups.get(g).firstRow()).label().replace(':', '_') + "___";
            }
            List<String> tags = new ArrayList<>();
            if (stitchRow[k] != null) {
                for (String id : stitchRow[k].werTags()) {
                    String type = types.file() != null ? types.typeOf(id) : null;
                    tags.add(id + "_" + (type == null ? "" : type));
                }
            }
            out.add(new SideBySideRow(ref, hyp, label, tags));
        }
        for (; pending < groups.size(); pending++) {
            noOp(groups, rows, hasSteps, pending, out);
        }
        return out;
    }

    /** fstalign's no-op step ({@code AlignmentTraversor.cpp}) of group g when it is a FALLBACK entity with no step. */
    private static void noOp(List<Group> groups, List<RefRow> rows, boolean[] hasSteps, int g, List<SideBySideRow> out) {
        Group gr = groups.get(g);
        if (gr.kind() == Group.Kind.ENTITY && !hasSteps[g] && ClassScores.FALLBACK.equals(rows.get(gr.firstRow()).labelClass())) {
            out.add(new SideBySideRow(SideBySideRow.NO_OP, SideBySideRow.NO_OP,
                    "___" + rows.get(gr.firstRow()).label().replace(':', '_') + "___", List.of()));
        }
    }

    /**
     * Per insertion outside every group, the group whose label fstalign's path still gives it, or -1:
     * insertions just before a group's first word (a hit, a substitution or a deletion) follow that
     * group's opening label (see {@link #enclosingGroup}), as its leading steps, which fstalign
     * attach to no NLP row (so they are charged to nothing) but labels in its side-by-side file.
     */
    private int[] leadingGroup() {
        int n = ops.length;
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        int k = n - 1;
        while (k >= 0) {
            if (ops[k] != EditOp.INSERTION && firstStepOf(k)) {
                // the insertions just before this hit, back to the previous non-insertion step
                for (int j = k - 1; j >= 0 && ops[j] == EditOp.INSERTION; j--) {
                    if (stepGroup[j] < 0) {
                        out[j] = stepGroup[k];
                    }
                }
            }
            k--;
        }
        return out;
    }

    /** Whether step k is its group's first reference step. */
    private boolean firstStepOf(int k) {
        int g = stepGroup[k];
        if (g < 0) {
            return false;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (ops[j] != EditOp.INSERTION && stepGroup[j] == g) {
                return false;
            }
            if (ops[j] != EditOp.INSERTION) {
                return true;
            }
        }
        return true;
    }

    private String speaker(int step) {
        return stitchRow[step] == null ? "" : stitchRow[step].speaker();
    }

    /**
     * fstalign's speaker-switch WER ({@code RecordSpeakerSwitchWer}): the steps whose reference
     * position lies within {@code context} words of a change of speaker (before or after it),
     * insertions at a window's very first position excepted.
     */
    Counts speakerSwitch(int context) {
        List<Integer> switches = new ArrayList<>();
        String last = "";
        int position = 0;
        for (int k = 0; k < ops.length; k++) {
            String sp = speaker(k);
            if (!sp.isEmpty() && !sp.equals(last)) {
                if (!last.isEmpty()) {
                    switches.add(position);
                }
                last = sp;
            }
            if (ops[k] != EditOp.INSERTION) {
                position++;
            }
        }
        long[] c = new long[4];
        int row = 0;
        int sw = 0;
        for (int k = 0; k < ops.length && sw < switches.size(); k++) {
            int at = switches.get(sw);
            EditOp op = ops[k];
            if (row >= at - context && row < at + context) {
                if (op != EditOp.INSERTION || row != at - context) {
                    add(c, op);
                }
            }
            if (op != EditOp.INSERTION) {
                row++;
            }
            if (row >= at + context) {
                sw++;
            }
        }
        return counts(c);
    }

    /**
     * fstalign's per-speaker WER ({@code RecordSpeakerWer}): steps go to the speaker of the stretch
     * they fall in (a stretch starts at a step whose row names a new speaker); its reference-word
     * count is the steps whose row has a speaker, insertions inside entities included, as fstalign
     * counts it.
     */
    Map<String, Counts> perSpeaker() {
        Map<String, long[]> m = new LinkedHashMap<>();
        String last = "";
        long[] cur = new long[4];
        for (int k = 0; k < ops.length; k++) {
            String sp = speaker(k);
            if (!sp.isEmpty() && !sp.equals(last)) {
                if (!last.isEmpty()) {
                    merge(m, last, cur);
                    cur = new long[4];
                }
                last = sp;
            }
            switch (ops[k]) {
                case SUBSTITUTION -> cur[1]++;
                case DELETION -> cur[2]++;
                case INSERTION -> cur[3]++;
                default -> { }
            }
            if (!sp.isEmpty()) {
                cur[0]++;
            }
        }
        merge(m, last, cur);
        Map<String, Counts> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, new Counts(Math.max(0, v[0] - v[1] - v[2]), v[1], v[2], v[3])));
        return out;
    }

    private static void merge(Map<String, long[]> m, String key, long[] c) {
        long[] t = m.computeIfAbsent(key, x -> new long[4]);
        for (int i = 0; i < 4; i++) {
            t[i] += c[i];
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
