package dev.werk.core;

import dev.werk.core.text.NormalizedText;
import dev.werk.core.text.Span;
import dev.werk.core.text.WordSpans;

/** Normalises and tokenises one side of a pair, and finds its tokens' sources when asked. */
final class Tokens {
    private Tokens() {
    }

    /** One side of a pair; {@code normalizes} is {@code options.normalizes()}, worked out once by the caller. */
    static Side side(String raw, ScoreOptions options, boolean normalizes, Vocabulary vocabulary) {
        boolean chars = options.unit() == ScoringUnit.CHAR;
        boolean sources = options.offsets() && !chars;
        NormalizedText offsets = sources && normalizes ? options.normalizer().normalizeWithOffsets(raw) : null;
        String normalized = offsets != null ? offsets.text() : normalizes ? options.normalizer().normalize(raw) : raw;
        if (chars) {
            int[] ids = Vocabulary.characters(normalized);
            String[] tokens = new String[ids.length];
            for (int k = 0; k < ids.length; k++) {
                tokens[k] = Character.toString(ids[k]);
            }
            return new Side(normalized, ids, TokenList.of(tokens), null);
        }
        int[] ids = vocabulary.words(normalized);
        return new Side(normalized, ids, TokenList.of(vocabulary.table(), ids), sources ? sources(raw, offsets, ids.length) : null);
    }

    /**
     * The source of each token of {@code raw}: without normalisation token k is raw word k; with a
     * normaliser, its offsets say which characters each token came from, and the words are those
     * the characters touch.
     */
    private static TokenSource[] sources(String raw, NormalizedText offsets, int count) {
        TokenSource[] out = new TokenSource[count];
        if (offsets == null) {
            WordSpans words = WordSpans.of(raw);
            for (int k = 0; k < count; k++) {
                Span w = words.word(k);
                out[k] = new TokenSource(k, k + 1, w.start(), w.end());
            }
            return out;
        }
        if (offsets.size() != count) {
            throw new IllegalStateException("the normaliser's offsets list " + offsets.size() + " tokens, its text " + count);
        }
        WordSpans words = offsets.rawWords();
        for (int k = 0; k < count; k++) {
            Span chars = offsets.source(k);
            Span touched = words.wordsTouching(chars);
            out[k] = new TokenSource(touched.start(), touched.end(), chars.start(), chars.end());
        }
        return out;
    }
}
