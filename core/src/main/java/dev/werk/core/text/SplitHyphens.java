package dev.werk.core.text;

/**
 * {@code split-hyphens}: replaces a run of hyphens between two letters or digits by one space, so
 * {@code state-of-the-art} becomes {@code state of the art} and {@code covid-19} becomes {@code
 * covid 19}. Hyphens are U+002D, U+2010 and U+2011. A hyphen at either end of a word is kept, so
 * sclite fragment marks ({@code wor-}, {@code -ing}) and {@code -5} survive.
 */
final class SplitHyphens implements Step {
    static final String NAME = "split-hyphens";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int k = 1;
        while (k < n - 1) {
            if (!isHyphen(text.charAt(k))) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < n && isHyphen(text.charAt(end))) {
                end++;
            }
            if (end < n && Character.isLetterOrDigit(text.codePointBefore(k))
                    && Character.isLetterOrDigit(text.codePointAt(end))) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, k).append(' ');
                copied = end;
            }
            k = end;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, n);
        return out.toString();
    }

    /** The letters keep their own ranges; the space comes from the hyphens. */
    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        int n = text.length();
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        int k = 1;
        while (k < n - 1) {
            if (!isHyphen(text.charAt(k))) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < n && isHyphen(text.charAt(end))) {
                end++;
            }
            if (end < n && Character.isLetterOrDigit(text.codePointBefore(k))
                    && Character.isLetterOrDigit(text.codePointAt(end))) {
                b.copy(copied, k).emit(' ', k, end);
                copied = end;
            }
            k = end;
        }
        return b.copy(copied, n).build();
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
