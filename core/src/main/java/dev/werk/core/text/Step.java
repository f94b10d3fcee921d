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
}
