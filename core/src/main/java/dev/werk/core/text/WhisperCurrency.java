package dev.werk.core.text;

import java.util.regex.Pattern;

/**
 * {@code whisper-currency}: EnglishTextNormalizer's last clean-up: currency signs and {@code %}
 * are attached to the adjacent number ({@code $ 5} → {@code $5}, {@code 5 %} → {@code 5%}), and
 * any {@code . $ ¢ € £} not followed by a digit, or {@code %} not preceded by one, becomes a space.
 */
final class WhisperCurrency implements Step {
    static final String NAME = "whisper-currency";
    private static final Pattern SIGN_SPACE_DIGIT = PyRegex.compile("([$¢€£])\\s+([0-9])");
    private static final Pattern DIGIT_SPACE_PERCENT = PyRegex.compile("([0-9])\\s+%");
    private static final Pattern STRAY_PREFIX = PyRegex.compile("[.$¢€£]([^0-9])");
    private static final Pattern STRAY_PERCENT = PyRegex.compile("([^0-9])%");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        boolean currency = hasCurrencySign(text);
        boolean percent = text.indexOf('%') >= 0;
        String s = text;
        if (currency) {
            s = PyRegex.sub(SIGN_SPACE_DIGIT, "$1$2", s);
        }
        if (percent) {
            s = PyRegex.sub(DIGIT_SPACE_PERCENT, "$1%", s);
        }
        if (currency || s.indexOf('.') >= 0) {
            s = PyRegex.sub(STRAY_PREFIX, " $1", s);
        }
        return percent ? PyRegex.sub(STRAY_PERCENT, "$1 ", s) : s;
    }

    private static boolean hasCurrencySign(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '$' || c == '¢' || c == '€' || c == '£') {
                return true;
            }
        }
        return false;
    }
}
