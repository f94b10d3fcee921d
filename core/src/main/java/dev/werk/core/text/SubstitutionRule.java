package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a rules file: a whole-word or a regex substitution. Immutable. */
abstract class SubstitutionRule {
    /** Applies the rule to every non-overlapping match, left to right. */
    abstract String apply(String text);

    /** {@link #apply(String)} keeping offsets. */
    abstract MappedText apply(MappedText in);

    /** A canonical one-line form, used for the rules' fingerprint. */
    abstract String canonical();

    /** Replaces each occurrence of a sequence of whole words by another (possibly empty) one. */
    static final class Words extends SubstitutionRule {
        private final String[] from;
        private final List<String> to;

        Words(List<String> from, List<String> to) {
            assert !from.isEmpty();
            this.from = from.toArray(new String[0]);
            this.to = List.copyOf(to);
        }

        @Override
        String apply(String text) {
            List<String> words = Chars.words(text);
            int n = words.size();
            int m = from.length;
            List<String> out = null;
            int k = 0;
            while (k < n) {
                if (k + m <= n && matchesAt(words, k)) {
                    if (out == null) {
                        out = new ArrayList<>(words.subList(0, k));
                    }
                    out.addAll(to);
                    k += m;
                } else {
                    if (out != null) {
                        out.add(words.get(k));
                    }
                    k++;
                }
            }
            return out == null ? text : String.join(" ", out);
        }

        /** Replacement words all come from the whole run of words they replace. */
        @Override
        MappedText apply(MappedText in) {
            WordSpans spans = WordSpans.of(in.text);
            int n = spans.size();
            int m = from.length;
            String[] words = new String[n];
            for (int k = 0; k < n; k++) {
                Span s = spans.word(k);
                words[k] = in.text.substring(s.start(), s.end());
            }
            List<String> list = List.of(words);
            boolean matched = false;
            for (int k = 0; k + m <= n && !matched; k++) {
                matched = matchesAt(list, k);
            }
            if (!matched) {
                return in;
            }
            MappedText.Builder b = new MappedText.Builder(in);
            int k = 0;
            while (k < n) {
                if (k + m <= n && matchesAt(list, k)) {
                    int start = spans.word(k).start();
                    int end = spans.word(k + m - 1).end();
                    int gap = k > 0 ? spans.word(k - 1).end() : 0;
                    for (String w : to) {
                        b.separator(gap, start).emit(w, start, end);
                        gap = start;
                    }
                    k += m;
                } else {
                    b.separator(k > 0 ? spans.word(k - 1).end() : 0, spans.word(k).start())
                            .copy(spans.word(k).start(), spans.word(k).end());
                    k++;
                }
            }
            return b.build();
        }

        private boolean matchesAt(List<String> words, int k) {
            for (int j = 0; j < from.length; j++) {
                if (!from[j].equals(words.get(k + j))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        String canonical() {
            return "words\t" + String.join(" ", from) + "\t" + String.join(" ", to);
        }
    }

    /** A java.util.regex substitution; the replacement may refer to groups as {@code $1}. */
    static final class Regex extends SubstitutionRule {
        private final Pattern pattern;
        private final String replacement;

        private final MappedRegex.Template template;

        Regex(Pattern pattern, String replacement) {
            this.pattern = pattern;
            this.replacement = replacement;
            this.template = MappedRegex.Template.parse(replacement, pattern);
        }

        @Override
        MappedText apply(MappedText in) {
            // a user's regex may look at what it consumed: all it writes comes from the whole match
            return MappedRegex.replaceAll(pattern, template, in, false);
        }

        @Override
        String apply(String text) {
            Matcher m = pattern.matcher(text);
            return m.find() ? m.replaceAll(replacement) : text;
        }

        @Override
        String canonical() {
            return "regex\t" + pattern.pattern() + "\t" + replacement;
        }
    }
}
