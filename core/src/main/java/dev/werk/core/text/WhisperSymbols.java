package dev.werk.core.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code whisper-symbols}: the symbol clean-up EnglishTextNormalizer does before numbers: commas
 * between digits go ({@code (\d),(\d)} → {@code \1\2}), periods not followed by a digit become
 * spaces, then {@code remove_symbols_and_diacritics(keep=".%$¢€£")}: NFKD, diacritics (category
 * Mn) dropped, {@code œ æ ø ß ð þ đ ł} spelled out in ASCII, every other mark, symbol or
 * punctuation character a space, except the kept {@code . % $ ¢ € £}.
 *
 * <p>{@code whisper-symbols-keep-apostrophes} also keeps an ASCII apostrophe between two letters
 * or digits ({@code don't}); the English preset uses it when contractions are switched off, so
 * they survive instead of becoming {@code don t}. Whisper itself has no such option.
 */
final class WhisperSymbols implements Step {
    static final String NAME = "whisper-symbols";
    static final String NAME_KEEP_APOSTROPHES = "whisper-symbols-keep-apostrophes";
    private static final String KEEP = ".%$¢€£";
    private static final Map<Integer, String> SPELLED_OUT = Map.ofEntries(
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"));
    private static final Pattern DIGIT_COMMA = PyRegex.compile("(\\d),(\\d)");
    private static final Pattern PERIOD = PyRegex.compile("\\.([^0-9]|$)");
    private static final MappedRegex.Template JOIN = MappedRegex.Template.parse("$1$2", DIGIT_COMMA);
    private static final MappedRegex.Template SPACE_THEN = MappedRegex.Template.parse(" $1", PERIOD);

    private final boolean keepApostrophes;

    WhisperSymbols(boolean keepApostrophes) {
        this.keepApostrophes = keepApostrophes;
    }

    @Override
    public String name() {
        return keepApostrophes ? NAME_KEEP_APOSTROPHES : NAME;
    }

    /** For ASCII: the character stays (it is kept, a letter, digit, space or control). */
    private static final boolean[] ASCII_STAYS = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_STAYS[c] = KEEP.indexOf(c) >= 0 || !(Chars.isPunctuation(c) || Chars.isSymbol(c));
        }
    }

    @Override
    public String apply(String text) {
        String s = text.indexOf(',') >= 0 ? PyRegex.sub(DIGIT_COMMA, "$1$2", text) : text;
        s = s.indexOf('.') >= 0 ? PyRegex.sub(PERIOD, " $1", s) : s;
        return removeSymbolsAndDiacritics(Normalizer.normalize(s, Normalizer.Form.NFKD));
    }

    /**
     * A period's fate depends on the character after it, which its match consumes, so that
     * character takes the period's range too ({@code ...5} is not {@code ..5} with one more period).
     */
    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        MappedText m = text.indexOf(',') >= 0 ? MappedRegex.replaceAll(DIGIT_COMMA, JOIN, in, true) : in;
        m = m.text.indexOf('.') >= 0 ? MappedRegex.replaceAll(PERIOD, SPACE_THEN, m, false) : m;
        m = MappedNormalizer.normalize(m, Normalizer.Form.NFKD);
        String s = m.text;
        MappedText.Builder b = new MappedText.Builder(m);
        int k = 0;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            int next = k + Character.charCount(cp);
            String spelled;
            if (cp < 128 && (ASCII_STAYS[cp] || cp != '\'' || !keepApostrophes)) {
                if (ASCII_STAYS[cp]) {
                    b.copy(k, next);
                } else {
                    b.emit(' ', k, next);
                }
            } else if (KEEP.indexOf(cp) >= 0) {
                b.copy(k, next);
            } else if ((spelled = SPELLED_OUT.get(cp)) != null) {
                b.emit(spelled, k, next);
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // dropped
            } else if (cp == '\'' && keepApostrophes && isInsideWord(b.output(), s, next)) {
                // kept for the letters on both sides: it holds them together
                b.emitJoined('\'', k, next + Character.charCount(s.codePointAt(next)));
            } else if (Chars.isMark(cp) || Chars.isSymbol(cp) || Chars.isPunctuation(cp)) {
                b.emit(' ', k, next);
            } else {
                b.copy(k, next);
            }
            k = next;
        }
        return b.build();
    }

    private String removeSymbolsAndDiacritics(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int k = 0;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            int next = k + Character.charCount(cp);
            String spelled;
            if (cp < 128 && (ASCII_STAYS[cp] || cp != '\'' || !keepApostrophes)) {
                out.append(ASCII_STAYS[cp] ? (char) cp : ' ');
            } else if (KEEP.indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else if ((spelled = SPELLED_OUT.get(cp)) != null) {
                out.append(spelled);
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // dropped
            } else if (cp == '\'' && keepApostrophes && isInsideWord(out, s, next)) {
                out.append('\'');
            } else if (Chars.isMark(cp) || Chars.isSymbol(cp) || Chars.isPunctuation(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
            k = next;
        }
        return out.toString();
    }

    private static boolean isInsideWord(CharSequence before, String s, int next) {
        return before.length() > 0 && next < s.length()
                && Character.isLetterOrDigit(Character.codePointBefore(before, before.length()))
                && Character.isLetterOrDigit(s.codePointAt(next));
    }
}
