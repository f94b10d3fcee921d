package dev.werk.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test support: what sclite makes of a reference text's markup, for checking the STM/CTM pairing
 * against sclite's published totals. werk's scorer does not resolve sclite markup (yet), so the
 * tests do it here, independently of the code under test:
 *
 * <ul>
 *   <li>a word is the text before its first unescaped {@code ;} (the rest are sclite tags), with
 *       {@code \;} unescaped and one trailing {@code *} dropped, lowercased (sclite folds case
 *       unless {@code -s});</li>
 *   <li>an alternation {@code { a / b c / @ }} is expanded into every choice ({@code @} = no
 *       word); sclite's network alignment picks the choice of least cost, where skipping an
 *       {@code @} costs 0.001, so the tests take the expansion with the least sclite cost and,
 *       among equal costs, the fewest {@code @}.</li>
 * </ul>
 */
final class ScliteMarkup {
    /** One way of reading a text: its words and how many {@code @} it chose. */
    record Expansion(List<String> words, int nulls) {
    }

    private ScliteMarkup() {
    }

    /** sclite's reading of one token (see the class comment). */
    static String word(String token) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c == '\\' && k + 1 < token.length() && token.charAt(k + 1) == ';') {
                sb.append(';');
                k++;
            } else if (c == ';') {
                break;
            } else {
                sb.append(c);
            }
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '*') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a text without markup. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String t : TextLines.fields(text)) {
            out.add(word(t));
        }
        return out;
    }

    /** Every reading of {@code text}, expanding each alternation. */
    static List<Expansion> expand(String text) {
        List<Expansion> out = new ArrayList<>();
        out.add(new Expansion(List.of(), 0));
        String[] tokens = TextLines.fields(text);
        int k = 0;
        while (k < tokens.length) {
            if (!tokens[k].equals("{")) {
                String w = word(tokens[k]);
                out = extend(out, List.of(List.of(w)));
                k++;
                continue;
            }
            List<List<String>> choices = new ArrayList<>();
            List<String> current = new ArrayList<>();
            k++;
            while (!tokens[k].equals("}")) {
                if (tokens[k].equals("/")) {
                    choices.add(current);
                    current = new ArrayList<>();
                } else if (!tokens[k].equals("@")) {
                    current.add(word(tokens[k]));
                } else {
                    current.add("@");
                }
                k++;
            }
            choices.add(current);
            k++;
            out = extend(out, choices);
        }
        return out;
    }

    private static List<Expansion> extend(List<Expansion> prefixes, List<List<String>> choices) {
        List<Expansion> out = new ArrayList<>(prefixes.size() * choices.size());
        for (Expansion p : prefixes) {
            for (List<String> c : choices) {
                List<String> words = new ArrayList<>(p.words());
                int nulls = p.nulls();
                for (String w : c) {
                    if (w.equals("@")) {
                        nulls++;
                    } else {
                        words.add(w);
                    }
                }
                out.add(new Expansion(words, nulls));
            }
        }
        return out;
    }
}
