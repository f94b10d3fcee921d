package dev.werk.core.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Transcribe Phrase read as the words it stands for: the hyphens join words and an acronym's
 * letters each carry a period, so {@code E.C.-Two} is "e c two", {@code boto-three} "boto three"
 * and {@code opt-M.L.} "opt m l". Lower-cased, as the examples read them.
 */
final class PhraseWords {
    private PhraseWords() {
    }

    static String read(String phrase) {
        List<String> words = new ArrayList<>();
        for (String part : phrase.split("-")) {
            if (part.indexOf('.') >= 0) {
                for (String letter : part.split("\\.")) {
                    if (!letter.isEmpty()) {
                        words.add(letter);
                    }
                }
            } else if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
