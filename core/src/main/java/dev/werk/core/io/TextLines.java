package dev.werk.core.io;

/** Walks decoded text line by line (LF or CRLF ends), with 1-based line numbers. */
final class TextLines {
    /** Receives each line without its line end. */
    @FunctionalInterface
    interface LineVisitor {
        void line(int number, String content);
    }

    private TextLines() {
    }

    /** Calls {@code visitor} for every line of {@code text}; a final line end adds no empty line. */
    static void forEach(String text, LineVisitor visitor) {
        int n = text.length();
        int pos = 0;
        int line = 0;
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int next = end + 1;
            if (end > pos && text.charAt(end - 1) == '\r') {
                end--;
            }
            line++;
            visitor.line(line, text.substring(pos, end));
            pos = next;
        }
    }

    /** The whitespace-separated fields of a line (spaces and tabs). */
    static String[] fields(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return new String[0];
        }
        // Most fields (an NLP token, a CTM word) hold no separator: skip the regex for them.
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ' ' || c == '\t' || c == 0x0B || c == '\f') {
                return t.split("[ \\t\\x0B\\f]+");
            }
        }
        return new String[] {t};
    }
}
