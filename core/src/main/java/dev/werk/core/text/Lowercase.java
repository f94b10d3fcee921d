package dev.werk.core.text;

import java.text.BreakIterator;
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

    /**
     * Code point by code point ({@code İ} becomes two chars from one). Only the final sigma looks
     * at its neighbours, within its word, so that word is glued whole.
     */
    @Override
    public MappedText apply(MappedText in) {
        String s = in.text;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals(s)) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int sigma = s.indexOf('\u03a3');
        if (sigma >= 0) {
            // Java decides a final sigma within the word (UAX #29) around it: glue that word.
            BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
            words.setText(s);
            while (sigma >= 0) {
                int from = words.isBoundary(sigma) ? sigma : words.preceding(sigma);
                int to = words.following(sigma);
                b.glue(Math.max(from, 0), to == BreakIterator.DONE ? s.length() : to);
                sigma = s.indexOf('\u03a3', sigma + 1);
            }
        }
        int at = 0;
        int k = 0;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            int next = k + Character.charCount(cp);
            int width = cp < 128 ? 1 : s.substring(k, next).toLowerCase(Locale.ROOT).length();
            if (at + width > lower.length()) {
                return Coarse.map(in, lower);
            }
            b.emit(lower.subSequence(at, at + width), k, next);
            at += width;
            k = next;
        }
        return at == lower.length() ? b.build() : Coarse.map(in, lower);
    }
}
