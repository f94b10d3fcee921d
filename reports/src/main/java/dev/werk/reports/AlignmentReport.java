package dev.werk.reports;

import dev.werk.core.CorpusScore;
import dev.werk.core.Provenance;
import dev.werk.core.UtteranceScore;
import dev.werk.core.align.EditOp;
import java.io.IOException;
import java.util.Locale;

/**
 * Per-utterance alignments: the id, the counts, then REF/HYP lines with asterisks for gaps and a
 * line with S, D, I under each error. Two looks ({@link Style}): words as written with the
 * operation on its own unlabelled line, as jiwer's {@code visualize_alignment} shows them, or
 * sclite's {@code pra} look with errors upper-cased and the line labelled {@code Eval:}.
 */
public final class AlignmentReport {
    /** How the words and the operation line look. */
    public enum Style {
        /** Words as written; the operation letters on their own line under the words (jiwer's display). */
        WORDS,
        /** sclite's pra: errors upper-cased, the operation line labelled {@code Eval:}. */
        PRA
    }

    private AlignmentReport() {
    }

    /** A header naming the inputs, cost model, normaliser and unit, then a blank line (sclite's pra files open with one too). */
    public static void writeHeader(CorpusScore score, Appendable out) throws IOException {
        Provenance p = score.provenance();
        out.append("werk align: ").append(input(p.inputs().get(0))).append(" against ").append(input(p.inputs().get(1))).append('\n');
        ProvenanceText.pipeline(p, "", out);
        out.append("\n\n");
    }

    private static String input(Provenance.Input in) {
        return (in.path() == null ? "<in memory>" : in.path()) + " (" + in.format() + ")";
    }

    /** Writes every utterance in sclite's pra look, or with {@code errorsOnly} those with at least one error. */
    public static void write(CorpusScore score, boolean errorsOnly, Appendable out) throws IOException {
        write(score, errorsOnly, Style.PRA, out);
    }

    /** Writes every utterance in the given look, or with {@code errorsOnly} those with at least one error. */
    public static void write(CorpusScore score, boolean errorsOnly, Style style, Appendable out) throws IOException {
        for (UtteranceScore u : score.utterances()) {
            if (errorsOnly && !u.hasError()) {
                continue;
            }
            writeOne(score, u, style, out);
        }
    }

    static void writeOne(CorpusScore score, UtteranceScore u, Style style, Appendable out) throws IOException {
        StringBuilder ref = new StringBuilder("REF: ");
        StringBuilder hyp = new StringBuilder("HYP: ");
        StringBuilder eval = new StringBuilder(style == Style.PRA ? "Eval:" : "     ");
        boolean upper = style == Style.PRA;
        boolean chars = score.options().unit() == dev.werk.core.ScoringUnit.CHAR;
        u.alignment().forEach((op, r, h) -> {
            String rw = r >= 0 ? u.referenceTokens().get(r) : "";
            String hw = h >= 0 ? u.hypothesisTokens().get(h) : "";
            if (chars) {
                rw = rw.equals(" ") ? "_" : rw;
                hw = hw.equals(" ") ? "_" : hw;
            }
            if (upper && op != EditOp.HIT) {
                rw = rw.toUpperCase(Locale.ROOT);
                hw = hw.toUpperCase(Locale.ROOT);
            }
            int w = Math.max(Math.max(rw.codePointCount(0, rw.length()), hw.codePointCount(0, hw.length())), 1);
            if (op == EditOp.INSERTION) {
                rw = "*".repeat(w);
            }
            if (op == EditOp.DELETION) {
                hw = "*".repeat(w);
            }
            ref.append(' ').append(pad(rw, w));
            hyp.append(' ').append(pad(hw, w));
            eval.append(' ').append(pad(op == EditOp.HIT ? "" : String.valueOf(op.letter()), w));
        });
        out.append("id: (").append(u.id()).append(")\n");
        // not String.format: its first use costs a fresh JVM ~20 ms (see Numbers)
        out.append("Scores: (#C #S #D #I) " + u.alignment().hits() + " " + u.alignment().substitutions() + " "
                + u.alignment().deletions() + " " + u.alignment().insertions()
                + (u.hypothesisMissing() ? "   (no hypothesis: all deletions)" : "") + "\n");
        out.append(strip(ref)).append('\n');
        out.append(strip(hyp)).append('\n');
        out.append(strip(eval)).append("\n\n");
    }

    private static String pad(String s, int width) {
        int len = s.codePointCount(0, s.length());
        return len >= width ? s : s + " ".repeat(width - len);
    }

    private static String strip(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
