package dev.werk.core.io;

import dev.werk.core.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks decoded text line by line, with 1-based line numbers. Only LF ends a line (a CR before it
 * is dropped), as Python's {@code open(f, newline="\n")} iterates a file: U+2028, U+2029, U+0085,
 * VT, FF, the separators U+001C–U+001E and a lone CR stay inside the line, where they are
 * whitespace ({@link Whitespace}) like any other and separate words and fields.
 */
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

    /** The whitespace-separated fields of a line, as Python's {@code line.split()} ({@link Whitespace}). */
    static String[] fields(String line) {
        int n = line.length();
        int start = 0;
        while (start < n && Whitespace.isSpace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < n && !Whitespace.isSpace(line.charAt(end))) {
            end++;
        }
        int rest = end;
        while (rest < n && Whitespace.isSpace(line.charAt(rest))) {
            rest++;
        }
        if (rest == n) {
            // Most fields (an NLP token, a CTM word) hold no separator: no list for them.
            return start == end ? new String[0] : new String[] {start == 0 && end == n ? line : line.substring(start, end)};
        }
        List<String> fields = Whitespace.split(line.substring(start));
        return fields.toArray(new String[0]);
    }
}
