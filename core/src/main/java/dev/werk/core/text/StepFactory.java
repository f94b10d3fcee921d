package dev.werk.core.text;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Makes steps from their names, as the builder and the presets ask for them. */
final class StepFactory {
    /** Steps that take no arguments. */
    private static final Map<String, Supplier<Step>> PLAIN = new TreeMap<>();
    /** Steps that take a list of words. */
    static final String REMOVE_WORDS = RemoveWords.NAME;

    static {
        PLAIN.put(Lowercase.NAME, Lowercase::new);
        PLAIN.put(RemoveAsciiPunctuation.NAME, RemoveAsciiPunctuation::new);
        PLAIN.put(RemoveUnicodePunctuation.NAME, RemoveUnicodePunctuation::new);
        PLAIN.put(WhitespaceToSpace.NAME, WhitespaceToSpace::new);
        PLAIN.put(CollapseWhitespace.NAME, CollapseWhitespace::new);
        PLAIN.put(Strip.NAME, Strip::new);
        PLAIN.put(ExpandContractions.NAME, ExpandContractions::new);
        PLAIN.put(RemoveKaldiNonWords.NAME, RemoveKaldiNonWords::new);
        PLAIN.put(RemoveParenthesized.NAME, RemoveParenthesized::new);
        PLAIN.put(SplitHyphens.NAME, SplitHyphens::new);
        PLAIN.put(WhisperRemoveSymbols.NAME, WhisperRemoveSymbols::new);
        PLAIN.put(WhisperFillers.NAME, WhisperFillers::new);
        PLAIN.put(WhisperJoinApostrophes.NAME, WhisperJoinApostrophes::new);
        PLAIN.put(WhisperReplacers.NAME, () -> new WhisperReplacers(true, true));
        PLAIN.put(WhisperReplacers.NAME_CONTRACTIONS, () -> new WhisperReplacers(true, false));
        PLAIN.put(WhisperReplacers.NAME_TITLES, () -> new WhisperReplacers(false, true));
        PLAIN.put(WhisperSymbols.NAME, () -> new WhisperSymbols(false));
        PLAIN.put(WhisperSymbols.NAME_KEEP_APOSTROPHES, () -> new WhisperSymbols(true));
        PLAIN.put(WhisperNumbers.NAME, WhisperNumbers::new);
        PLAIN.put(WhisperSpellings.NAME, WhisperSpellings::new);
        PLAIN.put(WhisperCurrency.NAME, WhisperCurrency::new);
    }

    private StepFactory() {
    }

    /** The step called {@code name}; {@code args} must be empty except for remove-words. */
    static Step create(String name, List<String> args) {
        if (REMOVE_WORDS.equals(name)) {
            return new RemoveWords(args);
        }
        Supplier<Step> plain = PLAIN.get(name);
        if (plain == null) {
            throw new IllegalArgumentException("unknown normalisation step '" + name + "'; valid steps: "
                    + String.join(", ", names()));
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("step '" + name + "' takes no arguments, got " + args);
        }
        return plain.get();
    }

    static Step create(String name) {
        return create(name, List.of());
    }

    /** Every step name the builder accepts, sorted. */
    static List<String> names() {
        TreeMap<String, Supplier<Step>> all = new TreeMap<>(PLAIN);
        all.put(REMOVE_WORDS, null);
        return List.copyOf(all.keySet());
    }
}
