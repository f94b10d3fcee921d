package dev.werk.core.fstalign;

import java.util.ArrayList;
import java.util.List;

/**
 * fstalign's aligned NLP output ({@code --output-nlp}): its stitching of the alignment to the
 * reference's NLP rows ({@code align_stitches_to_nlp}) and the rows it writes
 * ({@code write_stitches_to_nlp}, insertions left out), followed step for step.
 *
 * <p>The steps are the side-by-side rows ({@link SideBySideRow}: tokens and labels). A step outside
 * every label takes the next NLP row. A labelled run (an entity, or a synonym alternative: its
 * label gives its rows, {@code ___k_SYN_m-n___}) takes the next rows of the same label: one each when
 * the numbers agree ({@code ,direct}); one row for several steps gives the first step its case and
 * the last its punctuation, the steps between neither ({@code ,push_last}); otherwise the first
 * step takes the first row, the last the last row, and the steps between a blank row with the first
 * row's labels ({@code ,split_worst}).
 */
final class AlignedNlp {
    private AlignedNlp() {
    }

    /** One step on its way to a row: tokens, label, fstalign's comment and the row it is given (null: none). */
    static final class Stitch {
        final SideBySideRow step;
        String comment;
        RefRow row;
        float start;
        float end;

        Stitch(SideBySideRow step) {
            this.step = step;
            if (step.reference().equals(SideBySideRow.INSERTION)) {
                comment = "ins";
            } else if (step.hypothesis().equals(SideBySideRow.DELETION)) {
                comment = "del";
            } else if (!step.hypothesis().equals(step.reference())) {
                comment = "sub(" + step.hypothesis() + ")";
            } else {
                comment = "";
            }
        }

        String label() {
            return step.classLabel();
        }
    }

    /**
     * The rows fstalign writes for these steps against the reference's NLP {@code rows}; the
     * hypothesis words' times {@code starts}/{@code ends} (one per word, in order; null: a text
     * hypothesis, whose times fstalign leaves at 0).
     */
    static List<AlignedNlpRow> of(List<SideBySideRow> steps, List<RefRow> rows, float[] starts, float[] ends) {
        List<Stitch> st = stitches(steps, rows);
        int h = 0;
        for (Stitch x : st) {
            if (takesHypothesisWord(x.step)) {
                if (starts != null && h < starts.length) {
                    x.start = starts[h];
                    x.end = ends[h];
                }
                h++;
            }
        }
        List<AlignedNlpRow> out = new ArrayList<>(st.size());
        for (Stitch x : st) {
            if (x.comment.startsWith("ins") || x.step.noOp()) {
                continue;
            }
            RefRow r = x.row;
            String original = r == null ? "" : r.token();
            String token = x.step.reference();
            if (token.equalsIgnoreCase(original) || noiseCode(original)) {
                token = original;
            }
            boolean deleted = x.step.hypothesis().equals(SideBySideRow.DELETION);
            RefRow.Written w = r == null ? RefRow.Written.NONE : r.written();
            out.add(new AlignedNlpRow(token, r == null ? "" : r.speaker(), deleted ? null : x.start, deleted ? null : x.end,
                    r == null ? "" : r.punctuation(), w.prepunctuation(), r == null ? "" : r.casing(), w.tags(),
                    r == null ? List.of() : r.werTags(), w.ts(), w.endTs(), x.comment, w.confidence()));
        }
        return out;
    }

    /** Each step with the NLP row fstalign's {@code align_stitches_to_nlp} gives it ({@code rows}: as {@link #rows} lists them). */
    static List<Stitch> stitches(List<SideBySideRow> steps, List<RefRow> rows) {
        List<Stitch> st = new ArrayList<>(steps.size());
        for (SideBySideRow s : steps) {
            st.add(new Stitch(s));
        }
        stitch(st, rows);
        return st;
    }

    /** Whether the step holds a hypothesis word (not a deletion, not a no-op step). */
    static boolean takesHypothesisWord(SideBySideRow step) {
        return !step.hypothesis().equals(SideBySideRow.DELETION) && !step.noOp();
    }

    /**
     * The reference's rows as fstalign's NLP loader lists them ({@code mNlpRows}, {@code Nlp.cpp}):
     * with {@code --use-punctuation}, each row with punctuation is followed by a row of its own for
     * it, which fstalign leaves empty but for the speaker (it copies the punctuation into the token
     * after clearing it).
     */
    static List<RefRow> rows(List<RefRow> original, boolean punctuation) {
        if (!punctuation) {
            return original;
        }
        List<RefRow> out = new ArrayList<>(original.size() + original.size() / 8);
        for (RefRow r : original) {
            out.add(r);
            if (!r.punctuation().isEmpty()) {
                out.add(new RefRow("", r.line(), "", List.of(), r.speaker(), "", ""));
            }
        }
        return out;
    }

    /** {@code IsNoisecodeToken}: starts with {@code <} and ends with {@code >}. */
    private static boolean noiseCode(String token) {
        return token.startsWith("<") && token.indexOf('>') == token.length() - 1;
    }

    /** {@code GetClassLabel}: {@code ___id_CLASS___} of a row's first label, empty for none. */
    private static String classLabel(RefRow row) {
        return row.label().isEmpty() ? "" : "___" + row.label().replace(':', '_') + "___";
    }

    /** {@code align_stitches_to_nlp}, as written. */
    private static void stitch(List<Stitch> st, List<RefRow> rows) {
        int i = 0;
        int r = 0;
        int n = st.size();
        while (i < n) {
            Stitch s = st.get(i);
            if (s.comment.startsWith("ins")) {
                i++;
                continue;
            }
            if (r >= rows.size()) {
                break;
            }
            RefRow row = rows.get(r);
            String nlpLabel = classLabel(row);
            boolean synonym = s.label().contains("_SYN_");
            boolean inClass = !synonym && (!s.label().isEmpty() || !nlpLabel.isEmpty());
            if (!inClass && !synonym) {
                s.row = row;
                i++;
                r++;
                continue;
            }
            int inStitches = 1;
            int inNlp = 1;
            if (synonym) {
                // ___k_SYN_m-n___: m rows, n steps (more when insertions carry the label)
                String[] parts = s.label().substring(3, s.label().length() - 3).split("_SYN_")[1].split("-");
                inNlp = Integer.parseInt(parts[0]);
                inStitches = Integer.parseInt(parts[1]);
                while (i + inStitches < n && st.get(i + inStitches).label().equals(s.label())) {
                    inStitches++;
                }
            } else {
                while (i + inStitches < n && st.get(i + inStitches).label().equals(s.label())) {
                    inStitches++;
                }
                while (r + inNlp < rows.size() && classLabel(rows.get(r + inNlp)).equals(nlpLabel)) {
                    inNlp++;
                }
            }
            // fstalign reads past its vectors here only when the walks are out of step; stay inside them
            inStitches = Math.max(1, Math.min(inStitches, n - i));
            if (inNlp == inStitches && inStitches == 1) {
                s.row = row;
                i++;
                r++;
                continue;
            }
            if (inNlp == inStitches) {
                for (int k = 0; k < inNlp; k++) {
                    Stitch t = st.get(i++);
                    t.row = r < rows.size() ? rows.get(r) : null;
                    r++;
                    t.comment += ",direct";
                }
                continue;
            }
            if (inNlp == 1) {
                // fstalign's new record: the row's labels, speaker, token and times, no punctuation, LC
                RefRow middle = new RefRow(row.token(), row.line(), row.label(), row.werTags(), row.speaker(), "", "LC",
                        RefRow.Written.of(row.written().tags(), row.written().ts(), row.written().endTs(), "", ""));
                s.row = new RefRow(row.token(), row.line(), row.label(), row.werTags(), row.speaker(), "", row.casing(),
                        middle.written());
                s.comment += ",push_last";
                i++;
                for (int k = 1; k < inStitches - 1; k++) {
                    Stitch t = st.get(i++);
                    t.row = middle;
                    t.comment += ",push_last";
                }
                Stitch lastStep = st.get(i++);
                lastStep.row = new RefRow(row.token(), row.line(), row.label(), row.werTags(), row.speaker(), row.punctuation(),
                        "LC", row.written());
                lastStep.comment += ",push_last";
                r++;
                continue;
            }
            RefRow lastRow = r + inNlp - 1 < rows.size() ? rows.get(r + inNlp - 1) : null;
            s.row = row;
            s.comment += ",split_worst";
            r += inNlp;
            if (inStitches == 1) {
                s.row = new RefRow(row.token(), row.line(), row.label(), row.werTags(), row.speaker(),
                        lastRow == null ? "" : lastRow.punctuation(), row.casing(), row.written());
                i++;
                continue;
            }
            i++;
            RefRow blank = new RefRow("", row.line(), row.label(), row.werTags(), row.speaker(), "", "LC",
                    RefRow.Written.of(row.written().tags(), "", "", "", ""));
            for (int k = 1; k < inStitches - 1; k++) {
                Stitch t = st.get(i++);
                t.row = blank;
                t.comment += ",split_worst";
            }
            Stitch lastStep = st.get(i++);
            lastStep.row = lastRow;
            lastStep.comment += ",split_worst";
        }
    }
}
