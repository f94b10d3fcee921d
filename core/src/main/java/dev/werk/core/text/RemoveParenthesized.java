package dev.werk.core.text;

/**
 * {@code remove-parenthesized}: deletes every {@code (...)} span with at least one character
 * inside, up to the first {@code )}, as Whisper's {@code re.sub(r"\(([^)]+?)\)", "", s)}. Nothing
 * is put in its place; an empty {@code ()} and an unclosed {@code (} are kept.
 */
final class RemoveParenthesized implements Step {
    static final String NAME = "remove-parenthesized";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return text;
        }
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        while (open >= 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            if (close == open + 1) {
                open = text.indexOf('(', open + 1); // "()" does not match; retry from the next '('
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, open);
            copied = close + 1;
            open = text.indexOf('(', copied);
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, n);
        return out.toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        int n = text.length();
        int open = text.indexOf('(');
        if (open < 0) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        while (open >= 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            if (close == open + 1) {
                open = text.indexOf('(', open + 1);
                continue;
            }
            b.copy(copied, open);
            copied = close + 1;
            open = text.indexOf('(', copied);
        }
        return b.copy(copied, n).build();
    }
}
