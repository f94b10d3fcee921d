package dev.werk.core.fstalign;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * fstalign's case statistics ({@link CaseStats}) of an aligned path. fstalign takes the reference
 * token and its {@code case} column from the NLP row it attaches to each aligned pair, so this
 * follows how it attaches them ({@code make_stitches}, {@code align_stitches_to_nlp},
 * {@code RecordCaseWer} in {@code fstalign.cpp} and {@code wer.cpp}):
 * <ol>
 *   <li>The pairs ("stitches") in path order, each with its label: an entity's words, the
 *       insertions inside it (see {@link EntityAccounting#enclosingGroup}) and an insertion just
 *       before its first word (fstalign's walker takes the free opening label first) carry the
 *       entity's label, a synonym alternative's words its synonym label; a {@code FALLBACK} entity
 *       whose empty candidate was taken is one no-op pair, before the insertions that precede the
 *       next word; an entity left out otherwise has no pair at all.</li>
 *   <li>The rows as fstalign lists them: the NLP rows in file order, each followed, with
 *       {@code --use-punctuation}, by a row for its punctuation (whose token and case fstalign leaves
 *       empty).</li>
 *   <li>Rows are attached walking both lists: an insertion is skipped; a pair without a label on a
 *       row without one takes the row; otherwise the run of pairs with this pair's label meets the run
 *       of rows with that row's label (for a synonym, the rule's word counts): equal lengths pair one
 *       to one; one row: every pair takes it, the first with its case, the others as {@code LC}; else
 *       the first pair takes the first row, the last the last row, the others an empty {@code LC}
 *       row. A pair past the last row has none (empty token and case). The two walks can fall out of
 *       step (an entity left out, punctuation inside an entity): fstalign does not resynchronise, and
 *       neither does this.</li>
 * </ol>
 */
final class CaseAccounting {
    private static final String GLOBAL = "";
    /** A label no NLP row has: a synonym alternative (fstalign's {@code ___N_SYN_l-r___}). */
    private static final String SYNONYM = "\u0000syn";

    private enum Kind { HIT, SUB, DEL, INS, NOOP }

    /** One aligned pair and the row fstalign attaches to it. */
    private static final class Stitch {
        final Kind kind;
        final String label;
        final String hyp;
        final int synonymRows;
        final int synonymWords;
        String token = "";
        String casing = "";

        Stitch(Kind kind, String label, String hyp, int synonymRows, int synonymWords) {
            this.kind = kind;
            this.label = label;
            this.hyp = hyp;
            this.synonymRows = synonymRows;
            this.synonymWords = synonymWords;
        }

        boolean synonym() {
            return label.startsWith(SYNONYM);
        }

        void attach(String t, String c) {
            token = t;
            casing = c;
        }
    }

    /** A row as fstalign lists it: token, label and case column. */
    private record Row(String token, String label, String casing) {
    }

    private CaseAccounting() {
    }

    /**
     * @param groups      the reference's groups, over {@code groupRows}
     * @param groupRows   the rows the groups index (with punctuation tokens when {@code punctuation})
     * @param original    the reference's NLP rows as read
     * @param punctuation fstalign's {@code --use-punctuation}
     * @param path        the aligned path
     * @param hypothesis  the hypothesis tokens as read (case kept), in path order
     */
    static CaseStats of(List<Group> groups, List<RefRow> groupRows, List<RefRow> original, boolean punctuation,
                        ChunkedAlignment.Path path, List<String> hypothesis) {
        List<Stitch> stitches = stitches(groups, groupRows, path, hypothesis);
        attach(stitches, rows(original, punctuation));
        return count(stitches);
    }

    private static List<Row> rows(List<RefRow> original, boolean punctuation) {
        List<Row> out = new ArrayList<>(original.size());
        for (RefRow r : original) {
            out.add(new Row(r.token(), r.label(), r.casing()));
            if (punctuation && !r.punctuation().isEmpty()) {
                // fstalign copies the punctuation into the token of its row after clearing it (Nlp.cpp)
                out.add(new Row("", "", ""));
            }
        }
        return out;
    }

    private static List<Stitch> stitches(List<Group> groups, List<RefRow> rows, ChunkedAlignment.Path path,
                                         List<String> hypothesis) {
        Alignment a = path.alignment();
        int[] owner = path.referenceGroup();
        int[] enclosing = EntityAccounting.enclosingGroup(a, owner);
        int n = a.size();
        // each group's reference steps, to tell a synonym alternative from its words as written
        List<List<Integer>> words = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            words.add(new ArrayList<>(2));
        }
        int r = 0;
        for (int k = 0; k < n; k++) {
            if (a.op(k) != EditOp.INSERTION) {
                words.get(owner[r]).add(path.reference()[r]);
                r++;
            }
        }
        String[] label = new String[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            Group gr = groups.get(g);
            label[g] = switch (gr.kind()) {
                case PLAIN -> GLOBAL;
                case ENTITY -> rows.get(gr.firstRow()).label();
                case SYNONYM -> Arrays.equals(words.get(g).stream().mapToInt(Integer::intValue).toArray(), gr.original())
                        ? GLOBAL : SYNONYM + g;
            };
        }
        // per step, the group of its reference word (an insertion: of the next reference step, or none) and
        // whether that step is the group's first
        int[] groupAt = new int[n + 1];
        boolean[] firstOfGroup = new boolean[n + 1];
        groupAt[n] = groups.size();
        r = 0;
        int prevGroup = -1;
        for (int k = 0; k < n; k++) {
            if (a.op(k) != EditOp.INSERTION) {
                groupAt[k] = owner[r++];
                firstOfGroup[k] = groupAt[k] != prevGroup;
                prevGroup = groupAt[k];
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            if (a.op(k) == EditOp.INSERTION) {
                groupAt[k] = groupAt[k + 1];
                firstOfGroup[k] = firstOfGroup[k + 1];
            }
        }
        List<Stitch> out = new ArrayList<>(n + 4);
        int next = 0;
        int h = 0;
        for (int k = 0; k < n; k++) {
            EditOp op = a.op(k);
            int g = groupAt[k];
            if (op == EditOp.INSERTION) {
                int in = enclosing[k];
                if (in < 0) {
                    // labels cost nothing and the walker takes them first: an empty FALLBACK entity's no-op pair
                    // comes before the insertions that precede the next word, and an insertion before an entity's
                    // first word falls after its opening label (see EntityAccounting#enclosingGroup)
                    for (; next < g; next++) {
                        noop(groups, words, label, next, out);
                    }
                    if (g < groups.size() && firstOfGroup[k] && !label[g].equals(GLOBAL)) {
                        in = g;
                    }
                }
                out.add(stitch(Kind.INS, in >= 0 ? label[in] : GLOBAL, hypothesis.get(h++), groups, in, words));
                continue;
            }
            for (; next < g; next++) {
                noop(groups, words, label, next, out);
            }
            next = Math.max(next, g + 1);
            Kind kind = op == EditOp.HIT ? Kind.HIT : op == EditOp.SUBSTITUTION ? Kind.SUB : Kind.DEL;
            out.add(stitch(kind, label[g], kind == Kind.DEL ? "" : hypothesis.get(h++), groups, g, words));
        }
        for (; next < groups.size(); next++) {
            noop(groups, words, label, next, out);
        }
        return out;
    }

    private static Stitch stitch(Kind kind, String label, String hyp, List<Group> groups, int g, List<List<Integer>> words) {
        if (!label.startsWith(SYNONYM)) {
            return new Stitch(kind, label, hyp, 0, 0);
        }
        return new Stitch(kind, label, hyp, groups.get(g).rowCount(), words.get(g).size());
    }

    /** fstalign's no-op pair of a {@code FALLBACK} entity left out ({@code AlignmentTraversor.cpp}). */
    private static void noop(List<Group> groups, List<List<Integer>> words, String[] label, int g, List<Stitch> out) {
        Group gr = groups.get(g);
        if (gr.kind() == Group.Kind.ENTITY && words.get(g).isEmpty() && label[g].contains(ClassScores.FALLBACK)) {
            out.add(new Stitch(Kind.NOOP, label[g], "", 0, 0));
        }
    }

    /** {@code align_stitches_to_nlp}: gives each stitch its row's token and case. */
    private static void attach(List<Stitch> st, List<Row> rows) {
        int i = 0;
        int r = 0;
        int n = st.size();
        int m = rows.size();
        while (i < n) {
            Stitch s = st.get(i);
            if (s.kind == Kind.INS) {
                i++;
                continue;
            }
            if (r >= m) {
                break;
            }
            Row row = rows.get(r);
            boolean synonym = s.synonym();
            boolean inClass = !synonym && (!s.label.equals(GLOBAL) || !row.label().isEmpty());
            if (!inClass && !synonym) {
                s.attach(row.token(), row.casing());
                i++;
                r++;
                continue;
            }
            int inStitches = 1;
            int inRows = 1;
            if (synonym) {
                inRows = s.synonymRows;
                inStitches = s.synonymWords;
            } else {
                while (r + inRows < m && rows.get(r + inRows).label().equals(row.label())) {
                    inRows++;
                }
            }
            while (i + inStitches < n && st.get(i + inStitches).label.equals(s.label)) {
                inStitches++;
            }
            // fstalign indexes past its vectors here only when out of step; stay inside them
            inStitches = Math.max(1, Math.min(inStitches, n - i));
            if (inRows == inStitches) {
                for (int j = 0; j < inRows; j++) {
                    Row x = r + j < m ? rows.get(r + j) : new Row("", "", "");
                    st.get(i + j).attach(x.token(), x.casing());
                }
                i += inRows;
                r += inRows;
            } else if (inRows == 1) {
                s.attach(row.token(), row.casing());
                for (int j = 1; j < inStitches; j++) {
                    st.get(i + j).attach(row.token(), "LC");
                }
                i += inStitches;
                r++;
            } else {
                s.attach(row.token(), row.casing());
                Row last = r + inRows - 1 < m ? rows.get(r + inRows - 1) : new Row("", "", "");
                r += inRows;
                if (inStitches > 1) {
                    for (int j = 1; j < inStitches - 1; j++) {
                        st.get(i + j).attach("", "LC");
                    }
                    st.get(i + inStitches - 1).attach(last.token(), last.casing());
                }
                i += inStitches;
            }
        }
    }

    /** {@code RecordCaseWer}. */
    private static CaseStats count(List<Stitch> stitches) {
        long[] c = new long[6];
        for (Stitch s : stitches) {
            if (s.kind == Kind.DEL || s.kind == Kind.INS) {
                continue;
            }
            int base = s.kind == Kind.SUB ? 3 : 0;
            if (s.casing.equals("LC")) {
                if (capitals(s.hyp) > 0) {
                    c[base + 1]++;
                }
                continue;
            }
            int ref = capitals(s.token);
            int hyp = capitals(s.hyp);
            c[base + (ref == hyp ? 0 : ref > hyp ? 2 : 1)]++;
        }
        return new CaseStats(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /** ASCII capitals: fstalign tests each byte with {@code isupper}, which no UTF-8 byte of a non-ASCII letter passes. */
    static int capitals(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch >= 'A' && ch <= 'Z') {
                n++;
            }
        }
        return n;
    }
}
