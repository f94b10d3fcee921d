package dev.werk.core.text;

/**
 * {@code remove-punctuation-unicode}: deletes, in place, every character of Unicode general
 * category P* (Pc, Pd, Ps, Pe, Pi, Pf, Po), as jiwer 4's {@code RemovePunctuation}. Apostrophes
 * inside words go too ({@code don't} becomes {@code dont}), and so do hyphens and slashes; symbols
 * (category S*, e.g. {@code $ + < = > ^ ` | ~}) stay.
 *
 * <p>Categories come from the JDK's Unicode tables, which may be a version behind Python's for
 * recently added characters.
 */
final class RemoveUnicodePunctuation implements Step {
    static final String NAME = "remove-punctuation-unicode";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !Chars.isPunctuation(text.codePointAt(first))) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, first);
        int k = first;
        while (k < n) {
            int cp = text.codePointAt(k);
            if (!Chars.isPunctuation(cp)) {
                out.appendCodePoint(cp);
            }
            k += Character.charCount(cp);
        }
        return out.toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        MappedText.Builder b = new MappedText.Builder(in);
        int k = 0;
        while (k < text.length()) {
            int cp = text.codePointAt(k);
            int next = k + Character.charCount(cp);
            if (!Chars.isPunctuation(cp)) {
                b.copy(k, next);
            }
            k = next;
        }
        return b.build();
    }
}
