package dev.werk.core.text;

/**
 * {@code collapse-whitespace}: replaces every run of two or more whitespace characters by one
 * space, as jiwer's {@code RemoveMultipleSpaces} ({@code re.sub(r"\s\s+", " ", s)}). A single
 * whitespace character is kept as it is, so a lone tab stays a tab.
 */
final class CollapseWhitespace implements Step {
    static final String NAME = "collapse-whitespace";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        int first = 1;
        while (first < n && !(Chars.isSpace(text.charAt(first)) && Chars.isSpace(text.charAt(first - 1)))) {
            first++;
        }
        if (first >= n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        int k = first - 1;
        out.append(text, 0, k);
        while (k < n) {
            char c = text.charAt(k);
            if (!Chars.isSpace(c)) {
                out.append(c);
                k++;
                continue;
            }
            int end = k + 1;
            while (end < n && Chars.isSpace(text.charAt(end))) {
                end++;
            }
            out.append(end - k >= 2 ? ' ' : c);
            k = end;
        }
        return out.toString();
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        int n = text.length();
        MappedText.Builder b = new MappedText.Builder(in);
        int k = 0;
        while (k < n) {
            if (!Chars.isSpace(text.charAt(k))) {
                b.copy(k, k + 1);
                k++;
                continue;
            }
            int end = k + 1;
            while (end < n && Chars.isSpace(text.charAt(end))) {
                end++;
            }
            if (end - k >= 2) {
                b.emit(' ', k, end);
            } else {
                b.copy(k, end);
            }
            k = end;
        }
        return b.build();
    }
}
