package dev.werk.core.text;

/**
 * One normalisation step: a pure function from text to text with a stable name.
 *
 * <p>Steps work on the whole string; a step that thinks in words splits on {@link Chars#isSpace}
 * itself. Implementations are immutable and safe to share between threads.
 */
interface Step {
    /** The step's canonical name, as listed by {@link TextNormalizer#steps()}. */
    String name();

    /** Applies the step; never returns null. */
    String apply(String text);

    /**
     * Applies the step keeping offsets: the result's text equals {@link #apply(String)} of {@code
     * in.text}, and each of its characters knows its source range in the raw text (see {@link
     * MappedText}). Only {@link TextNormalizer#normalizeWithOffsets} calls it.
     */
    MappedText apply(MappedText in);

    /**
     * True for a step that decides word by word (a whole whitespace-separated word is what it
     * looks up): a later step that cuts one of its words must not let the parts be told apart.
     */
    default boolean readsWords() {
        return false;
    }

    /** {@link #apply(MappedText)}, recording in {@code read} the words a word-level step read. */
    default MappedText apply(MappedText in, NormalizedText.Words read) {
        MappedText out = apply(in);
        if (readsWords()) {
            read.add(out);
        }
        return out;
    }
}
