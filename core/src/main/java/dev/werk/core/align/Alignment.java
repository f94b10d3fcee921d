package dev.werk.core.align;

import dev.werk.core.metrics.Counts;
import java.util.Arrays;

/**
 * The immutable result of aligning one reference with one hypothesis: the edit operations in
 * order from the first word to the last, and their counts. Positions are implicit: replaying the
 * operations from (0, 0) advances the reference index on hits, substitutions and deletions and the
 * hypothesis index on hits, substitutions and insertions; {@link #forEach} does that for you.
 */
public final class Alignment {

    /** Visits each step with its positions; a gap is reported as -1. */
    @FunctionalInterface
    public interface StepVisitor {
        void step(EditOp op, int refIndex, int hypIndex);
    }

    private final byte[] ops;
    private final int hits;
    private final int substitutions;
    private final int deletions;
    private final int insertions;

    /** Takes ownership of {@code ops} (codes = {@link EditOp#ordinal()}, first step first). */
    Alignment(byte[] ops) {
        this.ops = ops;
        int[] c = new int[4];
        for (byte op : ops) {
            c[op]++;
        }
        this.hits = c[0];
        this.substitutions = c[1];
        this.deletions = c[2];
        this.insertions = c[3];
    }

    /** Builds an alignment from explicit steps, first step first (for tests and readers of saved alignments). */
    public static Alignment of(EditOp... steps) {
        byte[] b = new byte[steps.length];
        for (int i = 0; i < steps.length; i++) {
            b[i] = (byte) steps[i].ordinal();
        }
        return new Alignment(b);
    }

    /** Number of steps (H + S + D + I). */
    public int size() {
        return ops.length;
    }

    /** The k-th step, 0-based from the start of the utterance. */
    public EditOp op(int k) {
        return EditOp.ofCode(ops[k]);
    }

    /** Calls {@code visitor} for every step in order with its reference and hypothesis positions. */
    public void forEach(StepVisitor visitor) {
        int r = 0;
        int h = 0;
        for (byte code : ops) {
            EditOp op = EditOp.ofCode(code);
            visitor.step(op, op.consumesReference() ? r : -1, op.consumesHypothesis() ? h : -1);
            if (op.consumesReference()) {
                r++;
            }
            if (op.consumesHypothesis()) {
                h++;
            }
        }
    }

    public int hits() {
        return hits;
    }

    public int substitutions() {
        return substitutions;
    }

    public int deletions() {
        return deletions;
    }

    public int insertions() {
        return insertions;
    }

    /** H + S + D. */
    public int referenceLength() {
        return hits + substitutions + deletions;
    }

    /** H + S + I. */
    public int hypothesisLength() {
        return hits + substitutions + insertions;
    }

    /** S + D + I. */
    public int errors() {
        return substitutions + deletions + insertions;
    }

    /** The four counts as a value for pooling. */
    public Counts counts() {
        return new Counts(hits, substitutions, deletions, insertions);
    }

    /** The steps as sclite letters, e.g. {@code "CCSDI"}. */
    public String letters() {
        StringBuilder sb = new StringBuilder(ops.length);
        for (byte code : ops) {
            sb.append(EditOp.ofCode(code).letter());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alignment a && Arrays.equals(ops, a.ops);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ops);
    }

    @Override
    public String toString() {
        return "Alignment[H=" + hits + " S=" + substitutions + " D=" + deletions + " I=" + insertions + " " + letters() + "]";
    }
}
