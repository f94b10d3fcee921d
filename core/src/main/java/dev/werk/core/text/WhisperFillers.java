package dev.werk.core.text;

import java.util.Set;

/**
 * {@code whisper-fillers}: deletes the hesitations {@code hmm mm mhm mmm uh um} wherever they stand
 * between word boundaries, as EnglishTextNormalizer ({@code re.sub(r"\b(hmm|mm|mhm|mmm|uh|um)\b",
 * "", s)}); a boundary is Python's, so {@code uh-huh} leaves {@code -huh} and {@code um's} leaves
 * {@code 's}.
 *
 * <p>The alternatives are all word characters, so a match is exactly a maximal run of word
 * characters equal to one of them; the step scans those runs instead of running the regex.
 */
final class WhisperFillers implements Step {
    static final String NAME = "whisper-fillers";
    private static final Set<String> FILLERS = Set.of("hmm", "mm", "mhm", "mmm", "uh", "um");
    private static final int LONGEST = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int k = 0;
        while (k < n) {
            int cp = text.codePointAt(k);
            if (!Chars.isWordChar(cp)) {
                k += Character.charCount(cp);
                continue;
            }
            int start = k;
            while (k < n && Chars.isWordChar(text.codePointAt(k))) {
                k += Character.charCount(text.codePointAt(k));
            }
            if (k - start <= LONGEST && FILLERS.contains(text.substring(start, k))) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, start);
                copied = k;
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /**
     * Fillers are deleted. A longer run of word characters holding one ({@code um5}, {@code x_um})
     * is glued: a later step may cut it ({@code um 5}), and its parts alone would read differently.
     */
    @Override
    public MappedText apply(MappedText in) {
        String text = in.text;
        int n = text.length();
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        int k = 0;
        while (k < n) {
            int cp = text.codePointAt(k);
            if (!Chars.isWordChar(cp)) {
                k += Character.charCount(cp);
                continue;
            }
            int start = k;
            while (k < n && Chars.isWordChar(text.codePointAt(k))) {
                k += Character.charCount(text.codePointAt(k));
            }
            String run = text.substring(start, k);
            if (k - start <= LONGEST && FILLERS.contains(run)) {
                b.copy(copied, start);
                copied = k;
            } else if (holdsFiller(run)) {
                b.glue(start, k);
            }
        }
        return b.copy(copied, n).build();
    }

    private static boolean holdsFiller(String run) {
        return run.contains("uh") || run.contains("um") || run.contains("mm") || run.contains("mhm");
    }
}
