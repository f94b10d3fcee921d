package dev.werk.core.text;

/**
 * {@code remove-kaldi-nonwords}: deletes every span that opens with {@code [} or {@code <} and runs
 * to the first {@code ]} or {@code >}, as jiwer's {@code RemoveKaldiNonWords} and the first
 * bracket rule of Whisper's normalisers ({@code re.sub(r"[<\[][^>\]]*[>\]]", "", s)}). Nothing
 * is put in its place: {@code you <unk> like [laugh]} becomes {@code "you  like "}, and
 * {@code a<b>c} becomes {@code ac}. An opener with no closer after it is kept.
 */
final class RemoveKaldiNonWords implements Step {
    static final String NAME = "remove-kaldi-nonwords";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int open = firstOpener(text, 0);
        if (open < 0) {
            return text;
        }
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        while (open >= 0) {
            int close = open + 1;
            while (close < n && !isCloser(text.charAt(close))) {
                close++;
            }
            if (close == n) {
                break; // no closer after this opener, so none after any later one either
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, open);
            copied = close + 1;
            open = firstOpener(text, copied);
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
        int open = firstOpener(text, 0);
        if (open < 0) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        while (open >= 0) {
            int close = open + 1;
            while (close < n && !isCloser(text.charAt(close))) {
                close++;
            }
            if (close == n) {
                break;
            }
            b.copy(copied, open);
            copied = close + 1;
            open = firstOpener(text, copied);
        }
        return b.copy(copied, n).build();
    }

    private static int firstOpener(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '[' || c == '<') {
                return k;
            }
        }
        return -1;
    }

    private static boolean isCloser(char c) {
        return c == ']' || c == '>';
    }
}
