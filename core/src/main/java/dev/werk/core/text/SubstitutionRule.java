package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a rules file: a whole-word or a regex substitution. Immutable. */
abstract class SubstitutionRule {
    /** Applies the rule to every non-overlapping match, left to right. */
    abstract String apply(String text);

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

        Regex(Pattern pattern, String replacement) {
            this.pattern = pattern;
            this.replacement = replacement;
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
