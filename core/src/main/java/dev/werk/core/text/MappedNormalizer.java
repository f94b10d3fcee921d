package dev.werk.core.text;

import java.text.Normalizer;

/**
 * {@link Normalizer#normalize} with offsets. The text is cut before every code point that nothing
 * before it can compose or reorder with (not a mark, not a Hangul jamo that may join a syllable), and
 * each piece is normalised alone: its output comes from the piece's characters. The pieces' outputs
 * are checked to add up to the whole text's, else the map falls back to {@link Coarse}.
 */
final class MappedNormalizer {
    private MappedNormalizer() {
    }

    static MappedText normalize(MappedText in, Normalizer.Form form) {
        String s = in.text;
        if (Normalizer.isNormalized(s, form)) {
            return in;
        }
        String whole = Normalizer.normalize(s, form);
        MappedText.Builder b = new MappedText.Builder(in);
        int at = 0;
        int from = 0;
        int n = s.length();
        while (from < n) {
            int to = from + Character.charCount(s.codePointAt(from));
            while (to < n && !startsPiece(s.codePointAt(to))) {
                to += Character.charCount(s.codePointAt(to));
            }
            String piece = Normalizer.normalize(s.substring(from, to), form);
            if (!whole.startsWith(piece, at)) {
                return Coarse.map(in, whole);
            }
            b.emit(piece, from, to);
            at += piece.length();
            from = to;
        }
        return at == whole.length() ? b.build() : Coarse.map(in, whole);
    }

    private static boolean startsPiece(int cp) {
        if (cp < 0x300) {
            return true;
        }
        if ((cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF) || (cp >= 0x3130 && cp <= 0x318F)
                || (cp >= 0xFFA0 && cp <= 0xFFDC)) {
            return false;
        }
        return !Chars.isMark(cp);
    }
}
