package dev.werk.core.text;

/**
 * {@code expand-contractions}: jiwer's {@code ExpandCommonEnglishContractions}, the same eleven
 * literal replacements in the same order, anywhere in the text (no word boundaries, ASCII
 * apostrophe only):
 *
 * <pre>
 * won't → will not    can't → can not    let's → let us
 * n't → " not"   're → " are"   's → " is"   'd → " would"
 * 'll → " will"  't → " not"    've → " have"  'm → " am"
 * </pre>
 *
 * So {@code she'll} becomes {@code she will} and {@code james's} becomes {@code james is}, as in
 * jiwer.
 */
final class ExpandContractions implements Step {
    static final String NAME = "expand-contractions";
    private static final String[][] REPLACEMENTS = {
        {"won't", "will not"},
        {"can't", "can not"},
        {"let's", "let us"},
        {"n't", " not"},
        {"'re", " are"},
        {"'s", " is"},
        {"'d", " would"},
        {"'ll", " will"},
        {"'t", " not"},
        {"'ve", " have"},
        {"'m", " am"},
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        if (text.indexOf('\'') < 0) {
            return text;
        }
        String s = text;
        for (String[] r : REPLACEMENTS) {
            s = s.replace(r[0], r[1]);
        }
        return s;
    }

    /** Each replacement comes from the characters it replaces ({@code 'll} for {@code " will"}). */
    @Override
    public MappedText apply(MappedText in) {
        if (in.text.indexOf('\'') < 0) {
            return in;
        }
        MappedText m = in;
        for (String[] r : REPLACEMENTS) {
            m = replace(m, r[0], r[1]);
        }
        return m;
    }

    /** {@link String#replace(CharSequence, CharSequence)} with offsets. */
    static MappedText replace(MappedText in, String literal, String replacement) {
        String s = in.text;
        int at = s.indexOf(literal);
        if (at < 0) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        while (at >= 0) {
            b.copy(copied, at).emit(replacement, at, at + literal.length());
            copied = at + literal.length();
            at = s.indexOf(literal, copied);
        }
        return b.copy(copied, s.length()).build();
    }
}
