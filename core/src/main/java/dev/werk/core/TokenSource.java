package dev.werk.core;

/**
 * Where one normalised token came from in its utterance as read.
 *
 * @param wordFrom  the first source word, an index into the whitespace-separated words of
 *                  {@link dev.werk.core.io.Utterance#text()} (and so into {@code Utterance.words()}
 *                  when the format has per-word data)
 * @param wordTo    one past the last source word
 * @param charFrom  the first source character, an index into {@code Utterance.text()}
 * @param charTo    one past the last source character
 */
public record TokenSource(int wordFrom, int wordTo, int charFrom, int charTo) {
    public TokenSource {
        if (wordFrom < 0 || wordTo < wordFrom || charFrom < 0 || charTo < charFrom) {
            throw new IllegalArgumentException("bad token source " + wordFrom + ".." + wordTo + " / " + charFrom + ".." + charTo);
        }
    }
}
