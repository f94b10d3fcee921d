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
}
