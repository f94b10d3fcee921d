package dev.werk.core.text;

import java.util.regex.Matcher;
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
    private static final MappedRegex.Template SIGN_DIGIT = MappedRegex.Template.parse("$1$2", SIGN_SPACE_DIGIT);
    private static final MappedRegex.Template DIGIT_PERCENT = MappedRegex.Template.parse("$1%", DIGIT_SPACE_PERCENT);

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

    /**
     * As {@link #apply(String)}; a stray sign's fate depends on the character after it, which the
     * match consumes, so that character takes the sign's range too.
     */
    @Override
    public MappedText apply(MappedText in) {
        boolean currency = hasCurrencySign(in.text);
        boolean percent = in.text.indexOf('%') >= 0;
        MappedText m = in;
        if (currency) {
            m = MappedRegex.replaceAll(SIGN_SPACE_DIGIT, SIGN_DIGIT, m, true);
        }
        if (percent) {
            m = MappedRegex.replaceAll(DIGIT_SPACE_PERCENT, DIGIT_PERCENT, m, true);
        }
        if (currency || m.text.indexOf('.') >= 0) {
            m = strayPrefix(m);
        }
        return percent ? strayPercent(m) : m;
    }

    /**
     * {@link #STRAY_PREFIX} with offsets. A sign is deleted because a character follows it; one at
     * the end of the text is kept. The words before this step were joined by single spaces, so a
     * sign ending a word is deleted only because another word follows: the word it ends takes the
     * next word's first character into its range (the two tokens cannot then be told apart), and
     * where no word follows, the whitespace after the sign.
     */
    private static MappedText strayPrefix(MappedText in) {
        Matcher m = STRAY_PREFIX.matcher(in.text);
        if (!m.find()) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        do {
            int sign = m.start();
            b.copy(copied, sign);
            if (Chars.isSpace(in.text.charAt(m.start(1)))) {
                b.widenLast(sign, reach(in.text, m.end()));
            }
            b.emit(' ', sign, m.end()).emit(in.text.subSequence(m.start(1), m.end(1)), sign, m.end());
            copied = m.end();
        } while (m.find());
        return b.copy(copied, in.length()).build();
    }

    /**
     * Where the text after a sign deleted for the whitespace before {@code from} first survives:
     * after the next character that is neither whitespace nor a sign deleted in turn (the end of
     * the text if none).
     */
    private static int reach(String s, int from) {
        int q = from;
        while (true) {
            while (q < s.length() && Chars.isSpace(s.charAt(q))) {
                q++;
            }
            if (q + 1 >= s.length() || !isSign(s.charAt(q)) || isDigit(s.charAt(q + 1))) {
                return Math.min(q + 1, s.length());
            }
            if (!Chars.isSpace(s.charAt(q + 1))) {
                return q + 2; // the character after a deleted sign stays
            }
            q++;
        }
    }

    private static boolean isSign(char c) {
        return c == '.' || c == '$' || c == '¢' || c == '€' || c == '£';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@link #STRAY_PERCENT} with offsets: the character before a deleted {@code %} takes its range.
     * A {@code %} after whitespace is deleted only because something comes before it (one starting
     * the text is kept), so what follows it takes the last character before it into its range.
     */
    private static MappedText strayPercent(MappedText in) {
        String s = in.text;
        Matcher m = STRAY_PERCENT.matcher(s);
        if (!m.find()) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        do {
            int before = m.start();
            b.copy(copied, before);
            if (Chars.isSpace(s.charAt(before))) {
                int previous = before;
                while (previous > 0 && Chars.isSpace(s.charAt(previous - 1))) {
                    previous--;
                }
                int next = m.end();
                while (next < s.length() && Chars.isSpace(s.charAt(next))) {
                    next++;
                }
                b.glue(previous > 0 ? previous - 1 : before, Math.min(next + 1, s.length()));
            }
            b.emit(s.subSequence(before, before + 1), before, m.end()).emit(' ', before, m.end());
            copied = m.end();
        } while (m.find());
        return b.copy(copied, s.length()).build();
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
