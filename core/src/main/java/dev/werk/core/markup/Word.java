package dev.werk.core.markup;

/**
 * One word of a transcript as sclite scores it.
 *
 * @param text     the word as shown in alignments (tags removed; an optionally deletable word keeps
 *                 its parentheses)
 * @param key      the text compared with other words (an optionally deletable word without its
 *                 parentheses)
 * @param isNull   true for {@code @}, the empty alternative
 * @param optional true for an optionally deletable word {@code (word)} (only with sclite's -D)
 * @param fragment true for a fragment {@code word-} or {@code -word} (only with sclite's -F)
 */
record Word(String text, String key, boolean isNull, boolean optional, boolean fragment) {

    /** A word taken literally: no markup meaning at all. */
    static Word literal(String text) {
        return new Word(text, text, false, false, false);
    }

    /**
     * Whether the two words count as the same word. This is sclite's comparison: when either word
     * is a fragment, a word starting with '-' matches any word ending with the rest, and a word
     * ending with '-' matches any word starting with the rest, the reference word's shape deciding
     * first; otherwise the keys must be equal.
     */
    boolean matches(Word other) {
        String a = key;
        String b = other.key;
        if (fragment || other.fragment) {
            if (a.length() > 1 && a.charAt(0) == '-') {
                return b.endsWith(a.substring(1));
            }
            if (a.length() > 1 && a.charAt(a.length() - 1) == '-') {
                return b.startsWith(a.substring(0, a.length() - 1));
            }
            if (b.length() > 1 && b.charAt(0) == '-') {
                return a.endsWith(b.substring(1));
            }
            if (b.length() > 1 && b.charAt(b.length() - 1) == '-') {
                return a.startsWith(b.substring(0, b.length() - 1));
            }
        }
        return a.equals(b);
    }
}
