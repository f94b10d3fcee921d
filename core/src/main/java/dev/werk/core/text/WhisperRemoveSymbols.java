package dev.werk.core.text;

import java.text.Normalizer;

/**
 * {@code whisper-remove-symbols}: Whisper's {@code remove_symbols} as BasicTextNormalizer uses it:
 * NFKC, then every mark, symbol or punctuation character (Unicode categories M*, S*, P*) becomes a
 * space; diacritics are kept.
 */
final class WhisperRemoveSymbols implements Step {
    static final String NAME = "whisper-remove-symbols";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        int k = 0;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            if (Chars.isMark(cp) || Chars.isSymbol(cp) || Chars.isPunctuation(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
            k += Character.charCount(cp);
        }
        return out.toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        MappedText m = MappedNormalizer.normalize(in, Normalizer.Form.NFKC);
        String s = m.text;
        MappedText.Builder b = new MappedText.Builder(m);
        int k = 0;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            int next = k + Character.charCount(cp);
            if (Chars.isMark(cp) || Chars.isSymbol(cp) || Chars.isPunctuation(cp)) {
                b.emit(' ', k, next);
            } else {
                b.copy(k, next);
            }
            k = next;
        }
        return b.build();
    }
}
