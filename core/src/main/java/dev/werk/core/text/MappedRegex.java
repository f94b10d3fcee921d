package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Matcher.replaceAll} with offsets, shared by every regex step. What a replacement writes
 * literally comes from the whole match; a group it copies keeps its own characters' ranges
 * ({@link #replaceAll(Pattern, Template, MappedText, boolean) tight}), or, where what the match
 * consumed decides what happens next to it, takes the whole match's range too.
 */
final class MappedRegex {
    private MappedRegex() {
    }

    /** A replacement string in {@link Matcher#appendReplacement} syntax, parsed as Matcher parses it. */
    static final class Template {
        /** Literal text (String), a group number (Integer) or a group name (char[]). */
        private final Object[] parts;

        private Template(List<Object> parts) {
            this.parts = parts.toArray();
        }

        /** Parses {@code replacement} for {@code pattern}: {@code \x} is x, {@code $n} and {@code ${name}} are groups. */
        static Template parse(String replacement, Pattern pattern) {
            int groups = pattern.matcher("").groupCount();
            List<Object> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int k = 0;
            int n = replacement.length();
            while (k < n) {
                char c = replacement.charAt(k);
                if (c == '\\') {
                    if (++k == n) {
                        throw new IllegalArgumentException("character to be escaped is missing");
                    }
                    literal.append(replacement.charAt(k++));
                } else if (c == '$') {
                    if (++k == n) {
                        throw new IllegalArgumentException("Illegal group reference: group index is missing");
                    }
                    Object ref;
                    if (replacement.charAt(k) == '{') {
                        int close = replacement.indexOf('}', k + 1);
                        if (close < 0 || close == k + 1) {
                            throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                        }
                        ref = replacement.substring(k + 1, close).toCharArray();
                        k = close + 1;
                    } else {
                        int num = replacement.charAt(k) - '0';
                        if (num < 0 || num > 9) {
                            throw new IllegalArgumentException("Illegal group reference");
                        }
                        k++;
                        while (k < n) { // Matcher's rule: more digits while they name an existing group
                            int digit = replacement.charAt(k) - '0';
                            if (digit < 0 || digit > 9 || num * 10 + digit > groups) {
                                break;
                            }
                            num = num * 10 + digit;
                            k++;
                        }
                        ref = num;
                    }
                    if (literal.length() > 0) {
                        parts.add(literal.toString());
                        literal.setLength(0);
                    }
                    parts.add(ref);
                } else {
                    literal.append(c);
                    k++;
                }
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
            }
            return new Template(parts);
        }
    }

    /**
     * {@code pattern.matcher(in.text).replaceAll(replacement)}; {@code tightGroups} keeps each
     * copied group's own ranges, otherwise a copied group gets the whole match's range.
     */
    static MappedText replaceAll(Pattern pattern, Template replacement, MappedText in, boolean tightGroups) {
        Matcher m = pattern.matcher(in.text);
        if (!m.find()) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        do {
            b.copy(copied, m.start());
            for (Object part : replacement.parts) {
                if (part instanceof String) {
                    b.emit((String) part, m.start(), m.end());
                    continue;
                }
                int s;
                int e;
                if (part instanceof Integer) {
                    s = m.start((Integer) part);
                    e = m.end((Integer) part);
                } else {
                    String name = new String((char[]) part);
                    s = m.start(name);
                    e = m.end(name);
                }
                if (s < 0) {
                    continue; // a group that did not take part adds nothing, as in Matcher
                }
                if (tightGroups) {
                    b.copy(s, e);
                } else {
                    b.emit(in.text.subSequence(s, e), m.start(), m.end());
                }
            }
            copied = m.end();
        } while (m.find());
        return b.copy(copied, in.length()).build();
    }

    /** {@code re.sub(pattern, function, s)}: the function's result comes from the whole match. */
    static MappedText replaceAll(Pattern pattern, Function<MatchResult, String> function, MappedText in) {
        Matcher m = pattern.matcher(in.text);
        if (!m.find()) {
            return in;
        }
        MappedText.Builder b = new MappedText.Builder(in);
        int copied = 0;
        do {
            b.copy(copied, m.start());
            b.emit(function.apply(m), m.start(), m.end());
            copied = m.end();
        } while (m.find());
        return b.copy(copied, in.length()).build();
    }
}
