package dev.werk.core.io;

/**
 * A reference utterance and the hypothesis scored against it.
 *
 * @param id         the utterance id (the reference's)
 * @param reference  the reference utterance
 * @param hypothesis the hypothesis utterance, or null when the hypothesis file lacks it (scored as all deletions)
 */
public record UtterancePair(String id, Utterance reference, Utterance hypothesis) {

    /** The hypothesis text, or "" when it is missing. */
    public String hypothesisText() {
        return hypothesis == null ? "" : hypothesis.text();
    }
}
