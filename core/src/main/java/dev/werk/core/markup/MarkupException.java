package dev.werk.core.markup;

import dev.werk.core.io.WerkDataException;

/**
 * A transcript whose sclite trn markup cannot be read: an unbalanced brace, an empty alternation
 * or alternative, a brace inside a word. It is a {@link WerkDataException} without a location
 * (the markup parser sees only the text); the {@link dev.werk.core.Scorer} rethrows it as one
 * naming the file, the line and the utterance.
 */
public final class MarkupException extends WerkDataException {
    private static final long serialVersionUID = 1L;

    /** A problem described in one line, e.g. {@code unbalanced '{' at character 7}. */
    public MarkupException(String problem) {
        super(problem, 0, problem);
    }
}
