package dev.werk.core.align;

/**
 * Aligns a reference word sequence with a hypothesis word sequence, both given as interned ids
 * (werk interns words into ids while it reads) or as code points for character scoring. The result is exact for the
 * chosen {@link CostModel}, whatever the lengths: long-form pairs use a band and checkpointing so
 * memory stays near-linear.
 *
 * <p>An aligner keeps scratch buffers between calls: use one instance per thread.
 */
public interface Aligner {

    /** Aligns {@code ref} (length n) with {@code hyp} (length m); neither array is modified. */
    Alignment align(int[] ref, int[] hyp);

    /** The cost model this aligner implements. */
    CostModel costModel();

    /** A new aligner for {@code model}; not thread-safe, cheap to create. */
    static Aligner create(CostModel model) {
        return switch (model) {
            case LEVENSHTEIN -> new LevenshteinAligner();
            case SCLITE -> new ScliteAligner();
        };
    }
}
