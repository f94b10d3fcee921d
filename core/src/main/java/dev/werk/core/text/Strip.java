package dev.werk.core.text;

/**
 * {@code strip}: removes leading and trailing whitespace, as Python's {@code str.strip()} and
 * jiwer's {@code Strip} (whitespace as {@link Chars#isSpace}, which differs from
 * {@link String#strip()} for U+00A0 and U+001C..U+001F).
 */
final class Strip implements Step {
    static final String NAME = "strip";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        int start = 0;
        int end = text.length();
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == 0 && end == text.length()) {
            return in;
        }
        return new MappedText.Builder(in).copy(start, end).build();
    }
}
