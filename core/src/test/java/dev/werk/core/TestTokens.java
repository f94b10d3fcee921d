package dev.werk.core;

/**
 * Test access to werk's internal interner, for the tests of other packages (aligners, readers,
 * normalisers) that feed aligners ids or compare a whitespace definition with the interner's.
 */
public final class TestTokens {
    private final Vocabulary vocabulary = new Vocabulary();

    /** The ids of {@code line}'s whitespace-separated words, in one interner shared by this instance's calls. */
    public int[] words(CharSequence line) {
        return vocabulary.words(line);
    }

    /** The id of {@code word}, adding it if new. */
    public int intern(String word) {
        return vocabulary.intern(word);
    }

    /** The word of {@code id}. */
    public String word(int id) {
        return vocabulary.word(id);
    }

    /** The interner's whitespace test. */
    public static boolean isSpace(char c) {
        return Vocabulary.isSpace(c);
    }
}
