package dev.werk.core.markup;

/**
 * Turns one whitespace-free token of a trn transcript into a {@link Word}, as sclite reads it:
 * <ul>
 *   <li>{@code word;tag1;tag2}: the text before the first {@code ;} not preceded by a backslash is
 *       the word; the tags are dropped. Backslashes are removed from the word ({@code aa\;a} is
 *       the word {@code aa;a}).</li>
 *   <li>A trailing {@code *} is dropped from words longer than one character.</li>
 *   <li>{@code @} is the null word.</li>
 *   <li>With -D, {@code (word)} is optionally deletable and compares as {@code word}.</li>
 *   <li>With -F, {@code word-}, {@code -word} and {@code (word-)} are fragments.</li>
 * </ul>
 */
final class WordReader {
    private final boolean optionalDeletable;
    private final boolean fragments;

    WordReader(boolean optionalDeletable, boolean fragments) {
        this.optionalDeletable = optionalDeletable;
        this.fragments = fragments;
    }

    Word read(String token) {
        String text = untagged(token);
        if (text.length() > 1 && text.charAt(text.length() - 1) == '*') {
            text = text.substring(0, text.length() - 1);
        }
        int n = text.length();
        boolean optional = optionalDeletable && n >= 2 && text.charAt(0) == '(' && text.charAt(n - 1) == ')';
        String key = optional ? text.substring(1, n - 1) : text;
        boolean fragment = fragments && (text.charAt(n - 1) == '-' || text.charAt(0) == '-'
                || (optional && text.charAt(n - 2) == '-'));
        return new Word(text, key, text.equals("@"), optional, fragment);
    }

    /** The word before its tags, backslashes removed. */
    private static String untagged(String token) {
        int end = token.length();
        for (int k = 0; k < token.length(); k++) {
            if (token.charAt(k) == ';' && (k == 0 || token.charAt(k - 1) != '\\')) {
                end = k;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(end);
        for (int k = 0; k < end; k++) {
            char c = token.charAt(k);
            if (c != '\\') {
                sb.append(c);
            }
        }
        if (sb.length() == 0) {
            throw new MarkupException("'" + token + "' has no word before its tags (a word cannot be empty)");
        }
        return sb.toString();
    }
}
