package dev.werk.core.text;

import java.util.Locale;

/**
 * {@code lowercase}: full Unicode lower-casing in {@link Locale#ROOT} (special casings such as
 * final sigma included), as Python's {@code str.lower()} and jiwer's {@code ToLowerCase}.
 */
final class Lowercase implements Step {
    static final String NAME = "lowercase";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
