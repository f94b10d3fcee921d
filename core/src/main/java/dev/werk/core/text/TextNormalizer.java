package dev.werk.core.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, named, ordered text normalisation pipeline: the steps run in order over a line of
 * text, then the result is cut into words at whitespace (as Python's {@code str.split()}) and
 * the words are joined by single spaces. Every number werk reports should name the pipeline that
 * produced it: {@link #name()} is stable across runs and machines.
 *
 * <p>Presets reproduce the reference tools:
 *
 * <table>
 *   <caption>Presets and their steps</caption>
 *   <tr><th>name</th><th>reproduces</th><th>steps</th></tr>
 *   <tr><td>{@value #NONE}</td><td>jiwer 4's default WER transform (split on whitespace)</td>
 *       <td>(none)</td></tr>
 *   <tr><td>{@value #JIWER}</td><td>jiwer 4 {@code wer_standardize}</td>
 *       <td>lowercase, expand-contractions, remove-kaldi-nonwords, whitespace-to-space,
 *       collapse-whitespace, strip</td></tr>
 *   <tr><td>{@value #JIWER2}</td><td>jiwer 2.1.0 as in the AWS custom-vocabulary notebook</td>
 *       <td>lowercase, collapse-whitespace, strip, remove-punctuation-ascii</td></tr>
 *   <tr><td>{@value #SCLITE}</td><td>sclite's default case-insensitive matching</td>
 *       <td>lowercase</td></tr>
 *   <tr><td>{@value #WHISPER_BASIC}</td><td>Whisper's BasicTextNormalizer</td>
 *       <td>lowercase, remove-kaldi-nonwords, remove-parenthesized, whisper-remove-symbols,
 *       lowercase</td></tr>
 *   <tr><td>{@value #WHISPER_ENGLISH}</td><td>Whisper's EnglishTextNormalizer</td>
 *       <td>lowercase, remove-kaldi-nonwords, remove-parenthesized, whisper-fillers,
 *       whisper-join-apostrophes, whisper-replacers, whisper-symbols, whisper-numbers,
 *       whisper-spellings, whisper-currency</td></tr>
 * </table>
 *
 * <p>Where the reference tool splits only at the space character (jiwer), werk also splits at the
 * other whitespace characters Python's {@code str.split()} knows (a lone tab or no-break space
 * inside a word), as its aligner does ({@link Whitespace}).
 *
 * <p>{@link #normalizeWithOffsets(String)} gives the same tokens with the character range of the
 * raw text each came from ({@link NormalizedText}).
 *
 * <p>Custom pipelines come from {@link #builder()}, with steps named as in {@link
 * Builder#add(String)}. Instances are immutable and thread-safe.
 */
public final class TextNormalizer {
    /** No steps: the text is only split into words at whitespace. */
    public static final String NONE = Presets.NONE;
    /**
     * jiwer 4's {@code wer_standardize}: lower-case, expand common English contractions
     * (jiwer's eleven rules), delete {@code [..]} and {@code <..>} spans, whitespace to spaces.
     * Punctuation is kept.
     */
    public static final String JIWER = Presets.JIWER;
    /**
     * jiwer 2.1.0 as the AWS custom-vocabulary notebook uses it: lower-case, then delete every
     * ASCII punctuation character in place ({@code /opt/ml} → {@code optml}).
     */
    public static final String JIWER2 = Presets.JIWER2;
    /** sclite's default, case-insensitive comparison: lower-case only. */
    public static final String SCLITE = Presets.SCLITE;
    /**
     * Whisper's BasicTextNormalizer: lower-case, drop {@code [..] <..> (..)} spans, NFKC, every
     * mark, symbol and punctuation character to a space.
     */
    public static final String WHISPER_BASIC = Presets.WHISPER_BASIC;
    /**
     * Whisper's EnglishTextNormalizer: Whisper-basic's clean-up plus fillers removed, contractions
     * and titles spelled out, numbers to digits, British to American spellings. Parts can be
     * switched off: see {@link #whisperEnglish(Set)}.
     */
    public static final String WHISPER_ENGLISH = Presets.WHISPER_ENGLISH;

    private final String name;
    private final List<Step> steps;
    private final List<String> stepNames;

    private TextNormalizer(String name, List<Step> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
        List<String> names = new ArrayList<>();
        for (Step step : this.steps) {
            names.add(step.name());
        }
        this.stepNames = List.copyOf(names);
    }

    /**
     * The preset called {@code name}: one of {@link #presetNames()}, or {@code whisper-english}
     * followed by {@code -no-<part>} for parts to switch off (see {@link WhisperPart#token()}).
     *
     * @throws IllegalArgumentException for any other name; the message lists the valid ones
     */
    public static TextNormalizer preset(String name) {
        Objects.requireNonNull(name, "name");
        return new TextNormalizer(Presets.canonicalName(name), Presets.steps(name));
    }

    /** The names of the presets, in the order they are documented. */
    public static List<String> presetNames() {
        return Presets.NAMES;
    }

    /** Every single step name {@link Builder#add(String)} accepts, sorted ({@code remove-words} takes its words as arguments). */
    public static List<String> stepNames() {
        return StepFactory.names();
    }

    /**
     * Whisper's EnglishTextNormalizer with the parts in {@code off} switched off, named {@code
     * whisper-english} followed by {@code -no-<part>} for each part off, in {@link WhisperPart}
     * order (e.g. {@code whisper-english-no-contractions-no-numbers}).
     */
    public static TextNormalizer whisperEnglish(Set<WhisperPart> off) {
        Set<WhisperPart> copy = off.isEmpty() ? EnumSet.noneOf(WhisperPart.class) : EnumSet.copyOf(off);
        return new TextNormalizer(Presets.whisperEnglishName(copy), Presets.whisperEnglish(copy));
    }

    /** A builder for a custom pipeline. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The preset's name, or for a built pipeline its parts joined by {@code +}, e.g. {@code
     * lowercase+remove-words(uh,um)+rules(terms.txt@1a2b3c4d)}. An empty pipeline is {@code none}.
     */
    public String name() {
        return name;
    }

    /** The names of the steps in the order they run; empty for {@code none}. */
    public List<String> steps() {
        return stepNames;
    }

    /**
     * Normalises one line (or any text): runs the steps, then returns the words separated by
     * single spaces, with no space at either end (empty if no words are left).
     */
    public String normalize(String text) {
        Objects.requireNonNull(text, "text");
        String s = text;
        for (Step step : steps) {
            s = step.apply(s);
        }
        return Chars.joinWords(s);
    }

    /**
     * Normalises as {@link #normalize(String)} and keeps, for every token, the character range of
     * {@code raw} it came from (see {@link NormalizedText} for what the ranges promise). Each step
     * carries an offset map, composed over the pipeline as Lucene's char filters do; this costs
     * time and memory that {@link #normalize(String)} does not pay.
     */
    public NormalizedText normalizeWithOffsets(String raw) {
        Objects.requireNonNull(raw, "raw");
        MappedText m = MappedText.of(raw);
        NormalizedText.Words read = new NormalizedText.Words();
        for (Step step : steps) {
            m = step.apply(m, read);
        }
        return NormalizedText.of(raw, m, read);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Assembles a pipeline from step names, presets and rules files, in call order. Step names:
     *
     * <ul>
     *   <li>{@code lowercase}: full Unicode lower-casing (Locale.ROOT);
     *   <li>{@code remove-punctuation-ascii}: delete Python's {@code string.punctuation} in place
     *       (jiwer 2); {@code remove-punctuation-unicode}: delete Unicode P* in place (jiwer 4),
     *       apostrophes inside words included;
     *   <li>{@code whitespace-to-space}, {@code collapse-whitespace}, {@code strip}: jiwer's
     *       RemoveWhiteSpace(replace_by_space=True), RemoveMultipleSpaces, Strip;
     *   <li>{@code expand-contractions}: jiwer's ExpandCommonEnglishContractions;
     *   <li>{@code remove-kaldi-nonwords}: delete {@code [..]} and {@code <..>} spans;
     *       {@code remove-parenthesized}: delete {@code (..)} spans;
     *   <li>{@code remove-words} with a list of words: drop those whole words (e.g. fillers);
     *   <li>{@code split-hyphens}: {@code state-of-the-art} → {@code state of the art};
     *   <li>{@code whisper-remove-symbols}, {@code whisper-fillers}, {@code
     *       whisper-join-apostrophes}, {@code whisper-replacers} (or only {@code
     *       whisper-contractions} / {@code whisper-titles}), {@code whisper-symbols} (or {@code
     *       whisper-symbols-keep-apostrophes}), {@code whisper-numbers}, {@code
     *       whisper-spellings}, {@code whisper-currency}: the parts of Whisper's normalisers.
     * </ul>
     *
     * Unknown names and unexpected arguments throw {@link IllegalArgumentException} at once.
     */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private final List<String> parts = new ArrayList<>();

        private Builder() {
        }

        /** Appends the step called {@code step}, which takes no arguments. */
        public Builder add(String step) {
            return add(step, List.of());
        }

        /** Appends the step called {@code step} with arguments (only {@code remove-words} takes any). */
        public Builder add(String step, List<String> args) {
            Objects.requireNonNull(step, "step");
            Step made = StepFactory.create(step, List.copyOf(args));
            steps.add(made);
            parts.add(made.name());
            return this;
        }

        /** Appends every step of a preset (see {@link TextNormalizer#preset(String)}). */
        public Builder preset(String name) {
            TextNormalizer preset = TextNormalizer.preset(name);
            steps.addAll(preset.steps);
            parts.add(preset.name);
            return this;
        }

        /** Appends a step applying the rules of {@code rules}, in file order. */
        public Builder rules(RulesFile rules) {
            Objects.requireNonNull(rules, "rules");
            Substitute step = new Substitute(rules);
            steps.add(step);
            parts.add(step.name());
            return this;
        }

        /** The pipeline, named by its parts joined with {@code +} ({@code none} if empty). */
        public TextNormalizer build() {
            String name = parts.isEmpty() ? NONE : String.join("+", parts);
            return new TextNormalizer(name, steps);
        }
    }
}
