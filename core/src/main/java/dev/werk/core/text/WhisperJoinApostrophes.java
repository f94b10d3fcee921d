package dev.werk.core.text;

/**
 * {@code whisper-join-apostrophes}: removes whitespace before an apostrophe ({@code he 's} →
 * {@code he's}), as EnglishTextNormalizer does before expanding contractions ({@code
 * re.sub(r"\s+'", "'", s)}).
 */
final class WhisperJoinApostrophes implements Step {
    static final String NAME = "whisper-join-apostrophes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int quote = text.indexOf('\'');
        StringBuilder out = null;
        int copied = 0;
        while (quote >= 0) {
            int start = quote;
            while (start > copied && Chars.isSpace(text.charAt(start - 1))) {
                start--;
            }
            if (start < quote) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start);
                copied = quote;
            }
            quote = text.indexOf('\'', quote + 1);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        int quote = text.indexOf('\'');
        if (quote < 0) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        while (quote >= 0) {
            int start = quote;
            while (start > copied && Chars.isSpace(text.charAt(start - 1))) {
                start--;
            }
            if (start < quote) {
                b.copy(copied, start);
                copied = quote;
            }
            quote = text.indexOf('\'', quote + 1);
        }
        return b.copy(copied, text.length()).build();
    }
}
