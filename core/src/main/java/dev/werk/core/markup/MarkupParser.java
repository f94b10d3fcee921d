package dev.werk.core.markup;

import dev.werk.core.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of one trn utterance into an {@link ArcGraph}, as sclite builds its word network:
 * the top-level tokens become a chain of arcs, then each alternation {@code { a / b c / @ }} is
 * replaced by its alternatives side by side (each alternative read the same way, so alternations
 * nest). Whitespace is werk's (see {@link Whitespace#isSpace(char)}).
 *
 * <p>Stricter than sclite where sclite would silently read something else than was written:
 * unbalanced braces, a brace inside a word, an empty alternation and an empty alternative are
 * errors ({@code @} is the way to write an alternative without words).
 */
final class MarkupParser {
    private final WordReader words;

    MarkupParser(WordReader words) {
        this.words = words;
    }

    /** The graph of {@code text}; empty text gives a graph without arcs. */
    ArcGraph parse(String text) {
        return sequence(text, 0, text.length());
    }

    private ArcGraph sequence(String text, int from, int to) {
        ArcGraph graph = new ArcGraph();
        List<ArcGraph.Arc> placeholders = new ArrayList<>();
        List<List<int[]>> alternatives = new ArrayList<>();
        int k = from;
        while (k < to) {
            while (k < to && Whitespace.isSpace(text.charAt(k))) {
                k++;
            }
            if (k == to) {
                break;
            }
            char c = text.charAt(k);
            if (c == '{') {
                int close = matchingBrace(text, k, to);
                placeholders.add(graph.append(null));
                alternatives.add(split(text, k, close));
                k = close + 1;
            } else if (c == '}') {
                throw new MarkupException("unbalanced '}' at character " + (k + 1) + " (no '{' before it)");
            } else {
                int start = k;
                while (k < to && !Whitespace.isSpace(text.charAt(k))) {
                    char w = text.charAt(k);
                    if (w == '{') {
                        throw new MarkupException("'{' inside the word starting at character " + (start + 1)
                                + " (an alternation starts a word: put a space before '{')");
                    }
                    if (w == '}') {
                        throw new MarkupException("unbalanced '}' at character " + (k + 1) + " (no '{' before it)");
                    }
                    k++;
                }
                graph.append(words.read(text.substring(start, k)));
            }
        }
        for (int i = 0; i < placeholders.size(); i++) {
            ArcGraph merged = null;
            for (int[] range : alternatives.get(i)) {
                ArcGraph alternative = sequence(text, range[0], range[1]);
                if (merged == null) {
                    merged = alternative;
                } else {
                    ArcGraph.mergeBetween(merged.start, merged.stop, alternative);
                }
            }
            ArcGraph.replace(placeholders.get(i), merged);
        }
        return graph;
    }

    /** The index of the '}' closing the '{' at {@code open}. */
    private static int matchingBrace(String text, int open, int to) {
        int depth = 0;
        for (int k = open; k < to; k++) {
            char c = text.charAt(k);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        throw new MarkupException("unbalanced '{' at character " + (open + 1) + " (no matching '}')");
    }

    /** The alternatives of the alternation {@code text[open..close]}: ranges split at top-level '/'. */
    private static List<int[]> split(String text, int open, int close) {
        List<int[]> ranges = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int k = open + 1; k <= close; k++) {
            char c = text.charAt(k);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if ((c == '/' && depth == 0) || k == close) {
                ranges.add(new int[] {start, k});
                start = k + 1;
            }
        }
        boolean allEmpty = true;
        boolean anyEmpty = false;
        for (int[] r : ranges) {
            boolean empty = blank(text, r[0], r[1]);
            allEmpty &= empty;
            anyEmpty |= empty;
        }
        String shown = text.substring(open, close + 1);
        if (allEmpty) {
            throw new MarkupException("empty alternation '" + shown + "' at character " + (open + 1));
        }
        if (anyEmpty) {
            throw new MarkupException("empty alternative in '" + shown + "' at character " + (open + 1)
                    + " (write @ for an alternative without words)");
        }
        return ranges;
    }

    private static boolean blank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Whitespace.isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
