package dev.werk.core.align;

/** One step of an alignment. The codes are sclite's letters. */
public enum EditOp {
    /** Reference word equals hypothesis word. */
    HIT('C'),
    /** Reference word replaced by a different hypothesis word. */
    SUBSTITUTION('S'),
    /** Reference word with no hypothesis word. */
    DELETION('D'),
    /** Hypothesis word with no reference word. */
    INSERTION('I');

    private static final EditOp[] BY_CODE = values();
    private final char letter;

    EditOp(char letter) {
        this.letter = letter;
    }

    /** sclite's letter for this step: C, S, D or I. */
    public char letter() {
        return letter;
    }

    /** True for the steps that consume a reference word (hit, substitution, deletion). */
    public boolean consumesReference() {
        return this != INSERTION;
    }

    /** True for the steps that consume a hypothesis word (hit, substitution, insertion). */
    public boolean consumesHypothesis() {
        return this != DELETION;
    }

    static EditOp ofCode(int code) {
        return BY_CODE[code];
    }
}
