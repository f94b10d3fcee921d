package dev.werk.core.text;

import java.util.regex.Pattern;

/**
 * {@code whisper-fillers}: deletes the hesitations {@code hmm mm mhm mmm uh um} wherever they stand
 * between word boundaries, as EnglishTextNormalizer ({@code re.sub(r"\b(hmm|mm|mhm|mmm|uh|um)\b",
 * "", s)}); a boundary is Python's, so {@code uh-huh} leaves {@code -huh} and {@code um's} leaves
 * {@code 's}.
 */
final class WhisperFillers implements Step {
    static final String NAME = "whisper-fillers";
    private static final Pattern FILLERS = PyRegex.compile("\\b(hmm|mm|mhm|mmm|uh|um)\\b");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        if (text.indexOf('m') < 0 && !text.contains("uh")) {
            return text;
        }
        return PyRegex.sub(FILLERS, "", text);
    }
}
