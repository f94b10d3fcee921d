package dev.werk.core.text;

import java.util.regex.Pattern;

/**
 * {@code whisper-join-apostrophes}: removes whitespace before an apostrophe ({@code he 's} →
 * {@code he's}), as EnglishTextNormalizer does before expanding contractions.
 */
final class WhisperJoinApostrophes implements Step {
    static final String NAME = "whisper-join-apostrophes";
    private static final Pattern SPACE_APOSTROPHE = PyRegex.compile("\\s+'");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        if (text.indexOf('\'') < 0) {
            return text;
        }
        return PyRegex.sub(SPACE_APOSTROPHE, "'", text);
    }
}
