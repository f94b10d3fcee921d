package dev.werk.core.text;

/**
 * {@code re.sub} of a literal pattern with an optional Python {@code \b} at either end, done with
 * {@link String#indexOf} instead of a regex: the same matches (leftmost, non-overlapping, each
 * start tried in turn), at a fraction of the cost of the lookarounds a Java regex needs.
 */
final class LiteralRule {
    private final String literal;
    private final String replacement;
    private final boolean boundaryBefore;
    private final boolean boundaryAfter;

    /** From a pattern such as {@code \bwon't\b} or {@code 's been\b}: a literal between optional \b. */
    LiteralRule(String pattern, String replacement) {
        this.boundaryBefore = pattern.startsWith("\\b");
        this.boundaryAfter = pattern.endsWith("\\b");
        this.literal = pattern.substring(boundaryBefore ? 2 : 0, pattern.length() - (boundaryAfter ? 2 : 0));
        this.replacement = replacement;
        if (literal.isEmpty() || literal.contains("\\")
                || (boundaryBefore && !Chars.isWordAt(literal, 0))
                || (boundaryAfter && !Chars.isWordBefore(literal, literal.length()))) {
            // \b next to a non-word character would mean "preceded by a word character": not supported
            throw new IllegalArgumentException("not a literal between word boundaries: " + pattern);
        }
    }

    String literal() {
        return literal;
    }

    /**
     * As {@link #apply(String)}. An occurrence refused for a word character beside it is glued to
     * the run of word characters around it: a later step may cut that run, and the part alone would
     * then match.
     */
    MappedText apply(MappedText in) {
        String s = in.text;
        int at = s.indexOf(literal);
        if (at < 0) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        while (at >= 0) {
            int end = at + literal.length();
            boolean ok = (!boundaryBefore || !Chars.isWordBefore(s, at)) && (!boundaryAfter || !Chars.isWordAt(s, end));
            if (ok) {
                b.copy(copied, at).emit(replacement, at, end);
                copied = end;
                at = s.indexOf(literal, end);
            } else {
                int from = at;
                while (from > copied && Chars.isWordBefore(s, from)) {
                    from -= Character.charCount(s.codePointBefore(from));
                }
                int to = end;
                while (Chars.isWordAt(s, to)) {
                    to += Character.charCount(s.codePointAt(to));
                }
                b.glue(Math.max(from, copied), to);
                at = s.indexOf(literal, at + 1);
            }
        }
        return b.copy(copied, s.length()).build();
    }

    String apply(String s) {
        int at = s.indexOf(literal);
        if (at < 0) {
            return s;
        }
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            int end = at + literal.length();
            boolean ok = (!boundaryBefore || !Chars.isWordBefore(s, at)) && (!boundaryAfter || !Chars.isWordAt(s, end));
            if (ok) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16);
                }
                out.append(s, copied, at).append(replacement);
                copied = end;
                at = s.indexOf(literal, end);
            } else {
                at = s.indexOf(literal, at + 1);
            }
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }
}
