package dev.werk.core.fstalign;

import java.util.List;

/**
 * fstalign's case statistics ({@link CaseStats}) of an aligned path ({@code RecordCaseWer} in
 * {@code wer.cpp}). fstalign takes the reference token and its {@code case} column from the NLP row
 * it attaches to each aligned pair, so this takes them from the same stitching as the aligned NLP
 * file ({@link AlignedNlp#stitches}: the side-by-side steps, with their labels, walked against the
 * rows as fstalign lists them, punctuation rows included with {@code --use-punctuation}). A pair
 * past the last row has none (empty token and case). The two walks can fall out of step (an entity
 * left out, punctuation inside an entity): fstalign does not resynchronise, and neither does this.
 * A pair is compared when it is a hit, a substitution or a {@code FALLBACK} entity's no-op step: on
 * an {@code LC} row, a hypothesis word with a capital is a false positive; otherwise the numbers of
 * capitals decide (equal: true positive; more in the reference: false negative; fewer: false positive).
 */
final class CaseAccounting {
    private CaseAccounting() {
    }

    /**
     * @param steps       the side-by-side steps of the path ({@link EntityAccounting#sideBySide})
     * @param original    the reference's NLP rows as read
     * @param punctuation fstalign's {@code --use-punctuation}
     * @param hypothesis  the hypothesis tokens as read (case kept), in path order
     */
    static CaseStats of(List<SideBySideRow> steps, List<RefRow> original, boolean punctuation, List<String> hypothesis) {
        long[] c = new long[6];
        int h = 0;
        for (AlignedNlp.Stitch x : AlignedNlp.stitches(steps, AlignedNlp.rows(original, punctuation))) {
            SideBySideRow s = x.step;
            String hyp = AlignedNlp.takesHypothesisWord(s) ? hypothesis.get(h++) : "";
            if (s.reference().equals(SideBySideRow.INSERTION) || s.hypothesis().equals(SideBySideRow.DELETION)) {
                continue;
            }
            int base = !s.noOp() && !s.hypothesis().equals(s.reference()) ? 3 : 0;
            String casing = x.row == null ? "" : x.row.casing();
            if (casing.equals("LC")) {
                if (capitals(hyp) > 0) {
                    c[base + 1]++;
                }
                continue;
            }
            int ref = capitals(x.row == null ? "" : x.row.token());
            int hc = capitals(hyp);
            c[base + (ref == hc ? 0 : ref > hc ? 2 : 1)]++;
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
