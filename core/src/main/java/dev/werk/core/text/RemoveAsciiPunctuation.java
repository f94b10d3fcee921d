package dev.werk.core.text;

/**
 * {@code remove-punctuation-ascii}: deletes, in place, every character of Python's {@code
 * string.punctuation} (the 32 ASCII punctuation and symbol characters), as jiwer 2.x's {@code
 * RemovePunctuation}. Nothing is put in their place: {@code /opt/ml} becomes {@code optml} and
 * {@code EC2's} becomes {@code EC2s}.
 */
final class RemoveAsciiPunctuation implements Step {
    static final String NAME = "remove-punctuation-ascii";
    /** Python's {@code string.punctuation}. */
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final boolean[] IS_PUNCTUATION = new boolean[128];

    static {
        for (int k = 0; k < PUNCTUATION.length(); k++) {
            IS_PUNCTUATION[PUNCTUATION.charAt(k)] = true;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !isPunctuation(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, first);
        for (int k = first + 1; k < n; k++) {
            char c = text.charAt(k);
            if (!isPunctuation(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        MappedText.Builder b = new MappedText.Builder(in);
        for (int k = 0; k < text.length(); k++) {
            if (!isPunctuation(text.charAt(k))) {
                b.copy(k, k + 1);
            }
        }
        return b.build();
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && IS_PUNCTUATION[c];
    }
}
