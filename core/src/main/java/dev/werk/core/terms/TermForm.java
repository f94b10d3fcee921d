package dev.werk.core.terms;

import java.util.List;

/**
 * One accepted written form of a term after normalisation: its tokens and its <em>key</em>, the
 * tokens joined with no space ("boto 3", "boto3" and "Boto3" share the key {@code boto3} once
 * lower-cased).
 *
 * @param written the form as the list gives it, before normalisation
 * @param tokens  the normalised tokens, never empty, unmodifiable
 * @param key     the tokens joined with no space
 */
public record TermForm(String written, List<String> tokens, String key) {

    public TermForm {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a form has at least one token: '" + written + "'");
        }
        if (!key.equals(String.join("", tokens))) {
            throw new IllegalArgumentException("key '" + key + "' is not the tokens " + tokens + " joined");
        }
    }

    /**
     * The form of {@code written} whose normalised text is {@code normalized} (words separated by
     * single spaces), or null when nothing is left of it.
     */
    static TermForm of(String written, String normalized) {
        if (normalized.isEmpty()) {
            return null;
        }
        List<String> tokens = List.of(normalized.split(" "));
        return new TermForm(written, tokens, String.join("", tokens));
    }
}
