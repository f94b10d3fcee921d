package dev.werk.core.markup;

/**
 * A transcript whose sclite trn markup cannot be read: an unbalanced brace, an empty alternation
 * or alternative, a brace inside a word. The message is one line without the file or line, which
 * the caller adds (the {@link dev.werk.core.Scorer} turns it into a
 * {@link dev.werk.core.io.WerkDataException}).
 */
public final class MarkupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem described in one line, e.g. {@code unbalanced '{' at character 7}. */
    public MarkupException(String problem) {
        super(problem);
    }
}
