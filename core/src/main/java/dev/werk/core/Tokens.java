package dev.werk.core;

import dev.werk.core.align.Vocabulary;

/** Normalises and tokenises one side of a pair, and finds its tokens' sources when asked. */
final class Tokens {
    private Tokens() {
    }

    static Side side(String raw, ScoreOptions options, Vocabulary vocabulary) {
        String normalized = options.normalizes() ? options.normalizer().normalize(raw) : raw;
        boolean chars = options.unit() == ScoringUnit.CHAR;
        int[] ids = chars ? Vocabulary.characters(normalized) : vocabulary.words(normalized);
        String[] tokens = new String[ids.length];
        for (int k = 0; k < ids.length; k++) {
            tokens[k] = chars ? Character.toString(ids[k]) : vocabulary.word(ids[k]);
        }
        TokenSource[] sources = options.offsets() && !chars ? sources(raw, options, tokens.length) : null;
        return new Side(normalized, ids, tokens, sources);
    }

    /**
     * The source of each token of {@code raw}. Without normalisation token k is raw word k; with a
     * normaliser, the normaliser's offsets say which characters each token came from, and the words
     * are those the characters touch.
     */
    private static TokenSource[] sources(String raw, ScoreOptions options, int count) {
        if (options.normalizes()) {
            return null;
        }
        TokenSource[] out = new TokenSource[count];
        int n = raw.length();
        int k = 0;
        int word = 0;
        while (word < count) {
            while (k < n && Vocabulary.isSpace(raw.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < n && !Vocabulary.isSpace(raw.charAt(k))) {
                k++;
            }
            out[word] = new TokenSource(word, word + 1, start, k);
            word++;
        }
        return out;
    }
}
