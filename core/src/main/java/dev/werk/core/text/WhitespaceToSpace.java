package dev.werk.core.text;

/**
 * {@code whitespace-to-space}: replaces each character of Python's {@code string.whitespace}
 * (tab, line feed, vertical tab, form feed, carriage return) by a space, one for one, as jiwer's
 * {@code RemoveWhiteSpace(replace_by_space=True)}. Other Unicode spaces are left alone.
 */
final class WhitespaceToSpace implements Step {
    static final String NAME = "whitespace-to-space";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !isAsciiControlSpace(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int k = first; k < n; k++) {
            if (isAsciiControlSpace(chars[k])) {
                chars[k] = ' ';
            }
        }
        return new String(chars);
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        MappedText.Builder b = new MappedText.Builder(in);
        for (int k = 0; k < text.length(); k++) {
            if (isAsciiControlSpace(text.charAt(k))) {
                b.emit(' ', k, k + 1);
            } else {
                b.copy(k, k + 1);
            }
        }
        return b.build();
    }

    private static boolean isAsciiControlSpace(char c) {
        return c >= '\t' && c <= '\r';
    }
}
