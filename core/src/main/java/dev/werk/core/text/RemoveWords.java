package dev.werk.core.text;

import java.util.List;
import java.util.Set;

/**
 * {@code remove-words(w1,w2,...)}: drops every word (whitespace-separated token) equal to one of
 * the listed words; case-sensitive, so put it after {@code lowercase} to drop {@code Uh} too. Parts
 * of words are never touched: removing {@code um} keeps {@code umbrella} and {@code um-hm}.
 *
 * <p>Unlike jiwer's {@code RemoveSpecificWords}, which matches at regex word boundaries, a word
 * here is what werk aligns: a run of non-space characters. Output words are single-spaced.
 */
final class RemoveWords implements Step {
    static final String NAME = "remove-words";
    private final List<String> listed;
    private final Set<String> words;

    RemoveWords(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException(NAME + " needs at least one word");
        }
        for (String w : words) {
            if (w.isEmpty() || !Chars.words(w).equals(List.of(w))) {
                throw new IllegalArgumentException(
                        NAME + ": '" + w + "' is not a single word (empty, or contains whitespace)");
            }
        }
        this.listed = List.copyOf(words);
        this.words = Set.copyOf(words);
    }

    @Override
    public boolean readsWords() {
        return true;
    }

    @Override
    public String name() {
        return NAME + "(" + String.join(",", listed) + ")";
    }

    @Override
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String w : Chars.words(text)) {
            if (!words.contains(w)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
        }
        return out.toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        WordSpans spans = WordSpans.of(in.text);
        MappedText.Builder b = new MappedText.Builder(in);
        int gap = 0;
        for (int w = 0; w < spans.size(); w++) {
            Span span = spans.word(w);
            if (!words.contains(in.text.substring(span.start(), span.end()))) {
                b.separator(gap, span.start()).copy(span.start(), span.end());
                gap = span.end();
            }
        }
        return b.build();
    }
}
