package dev.werk.cli;

import dev.werk.core.io.WerkDataException;
import dev.werk.core.text.RulesFile;
import dev.werk.core.text.RulesFormatException;
import dev.werk.core.text.TextNormalizer;
import dev.werk.core.text.WhisperPart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The normaliser: a preset, then single steps in the order listed in {@code --help}, then any
 * {@code --step}, then the rules file. Shared by score, align and normalize.
 */
final class NormalizeOptions {
    String preset;
    List<String> whisperOff = new ArrayList<>();
    boolean lowercase;
    String removePunctuation;
    boolean expandContractions;
    boolean removeNonwords;
    List<String> removeWords = new ArrayList<>();
    boolean splitHyphens;
    List<String> steps = new ArrayList<>();
    Path rules;

    /** The step names for --step's help, from the library itself. */
    static final class StepNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return TextNormalizer.stepNames().iterator();
        }
    }

    /** These options, bound to this object (see {@link CodedOptions}), in {@code --help} order. */
    List<CodedOptions.Opt> options() {
        return List.of(
                CodedOptions.option(String.class, this, "preset", "--normalize").paramLabel("PRESET")
                    .defaultValue("none")
                    .description("none (split on whitespace; default), jiwer (jiwer 4 wer_standardize), jiwer2 (jiwer 2.1.0 as "
                            + "in the AWS custom-vocabulary notebook), sclite (case-insensitive), whisper-basic, whisper-english."),
                CodedOptions.strings(this, "whisperOff", true, "--whisper-off").paramLabel("PART")
                    .description("With --normalize whisper-english: switch parts off: brackets, fillers, contractions, titles, numbers, spellings."),
                CodedOptions.flag(this, "lowercase", "--lowercase")
                    .description("Step: lowercase (full Unicode)."),
                CodedOptions.option(String.class, this, "removePunctuation", "--remove-punctuation")
                    .paramLabel("KIND")
                    .description("Step: delete punctuation in place: ascii (Python string.punctuation, as jiwer 2) or unicode (category P*, as jiwer 4)."),
                CodedOptions.flag(this, "expandContractions", "--expand-contractions")
                    .description("Step: expand common English contractions (jiwer's list)."),
                CodedOptions.flag(this, "removeNonwords", "--remove-nonwords")
                    .description("Step: remove Kaldi non-words: [..] and <..> spans."),
                CodedOptions.strings(this, "removeWords", true, "--remove-words").paramLabel("WORD")
                    .description("Step: remove these whole words (e.g. fillers: uh,um)."),
                CodedOptions.flag(this, "splitHyphens", "--split-hyphens")
                    .description("Step: split hyphenated words (state-of-the-art -> state of the art)."),
                CodedOptions.strings(this, "steps", false, "--step").paramLabel("NAME")
                    .completionCandidates(new StepNames())
                    .description("Append a named step, repeatable; one of: ${COMPLETION-CANDIDATES} (remove-words needs --remove-words)."),
                CodedOptions.option(Path.class, this, "rules", "--rules").paramLabel("FILE")
                    .description("Substitution rules applied last, in order: lines 'from => to' (whole words) or 'regex:PATTERN => REPLACEMENT'."));
    }

    /** Adds these options to {@code spec}. */
    void addTo(CommandSpec spec) {
        CodedOptions.addAll(spec, options());
    }

    /** The pipeline the options describe; usage errors for unknown names, data errors for a bad rules file. */
    TextNormalizer toNormalizer() throws IOException {
        TextNormalizer.Builder b = TextNormalizer.builder();
        try {
            if (!whisperOff.isEmpty()) {
                if (!preset.equals(TextNormalizer.WHISPER_ENGLISH)) {
                    throw new UsageException("--whisper-off needs --normalize whisper-english");
                }
                EnumSet<WhisperPart> off = EnumSet.noneOf(WhisperPart.class);
                for (String part : whisperOff) {
                    off.add(part(part));
                }
                b.preset(TextNormalizer.whisperEnglish(off).name());
            } else if (!preset.equals(TextNormalizer.NONE) || !hasSteps()) {
                b.preset(preset); // "none" only names the pipeline when nothing follows it
            }
            if (lowercase) {
                b.add("lowercase");
            }
            if (removePunctuation != null) {
                String kind = removePunctuation.toLowerCase(Locale.ROOT);
                if (!kind.equals("ascii") && !kind.equals("unicode")) {
                    throw new UsageException("--remove-punctuation takes ascii or unicode, not '" + removePunctuation + "'");
                }
                b.add("remove-punctuation-" + kind);
            }
            if (expandContractions) {
                b.add("expand-contractions");
            }
            if (removeNonwords) {
                b.add("remove-kaldi-nonwords");
            }
            if (!removeWords.isEmpty()) {
                b.add("remove-words", removeWords);
            }
            if (splitHyphens) {
                b.add("split-hyphens");
            }
            for (String s : steps) {
                b.add(s);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (rules != null) {
            if (!Files.isRegularFile(rules)) {
                throw new UsageException("--rules " + rules + ": no such file");
            }
            try {
                b.rules(RulesFile.parse(rules));
            } catch (RulesFormatException e) {
                // the rules file names itself by its file name; the user's path is clearer
                throw new WerkDataException(rules, e.lineNumber(), e.problem());
            }
        }
        return b.build();
    }

    private boolean hasSteps() {
        return lowercase || removePunctuation != null || expandContractions || removeNonwords || !removeWords.isEmpty()
                || splitHyphens || !steps.isEmpty() || rules != null;
    }

    private static WhisperPart part(String token) {
        for (WhisperPart p : WhisperPart.values()) {
            if (p.token().equalsIgnoreCase(token.trim())) {
                return p;
            }
        }
        throw new UsageException("--whisper-off: unknown part '" + token + "' (brackets, fillers, contractions, titles, numbers, spellings)");
    }
}
