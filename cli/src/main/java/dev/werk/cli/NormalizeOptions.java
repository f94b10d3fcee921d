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

    /** Adds these options, bound to this object, to {@code spec} (see {@link CodedOptions}). */
    void addTo(CommandSpec spec) {
        spec.addOption(CodedOptions.option(String.class, () -> preset, v -> preset = v, "--normalize").paramLabel("PRESET")
                .defaultValue("none")
                .description("none (split on whitespace; default), jiwer (jiwer 4 wer_standardize), jiwer2 (jiwer 2.1.0 as "
                        + "in the AWS custom-vocabulary notebook), sclite (case-insensitive), whisper-basic, whisper-english.")
                .build());
        spec.addOption(CodedOptions.strings(() -> whisperOff, v -> whisperOff = v, true, "--whisper-off").paramLabel("PART")
                .description("With --normalize whisper-english: switch parts off: brackets, fillers, contractions, titles, numbers, spellings.")
                .build());
        spec.addOption(CodedOptions.flag(() -> lowercase, v -> lowercase = v, "--lowercase")
                .description("Step: lowercase (full Unicode).").build());
        spec.addOption(CodedOptions.option(String.class, () -> removePunctuation, v -> removePunctuation = v, "--remove-punctuation")
                .paramLabel("KIND")
                .description("Step: delete punctuation in place: ascii (Python string.punctuation, as jiwer 2) or unicode (category P*, as jiwer 4).")
                .build());
        spec.addOption(CodedOptions.flag(() -> expandContractions, v -> expandContractions = v, "--expand-contractions")
                .description("Step: expand common English contractions (jiwer's list).").build());
        spec.addOption(CodedOptions.flag(() -> removeNonwords, v -> removeNonwords = v, "--remove-nonwords")
                .description("Step: remove Kaldi non-words: [..] and <..> spans.").build());
        spec.addOption(CodedOptions.strings(() -> removeWords, v -> removeWords = v, true, "--remove-words").paramLabel("WORD")
                .description("Step: remove these whole words (e.g. fillers: uh,um).").build());
        spec.addOption(CodedOptions.flag(() -> splitHyphens, v -> splitHyphens = v, "--split-hyphens")
                .description("Step: split hyphenated words (state-of-the-art -> state of the art).").build());
        spec.addOption(CodedOptions.strings(() -> steps, v -> steps = v, false, "--step").paramLabel("NAME")
                .completionCandidates(new StepNames())
                .description("Append a named step, repeatable; one of: ${COMPLETION-CANDIDATES} (remove-words needs --remove-words).")
                .build());
        spec.addOption(CodedOptions.option(Path.class, () -> rules, v -> rules = v, "--rules").paramLabel("FILE")
                .description("Substitution rules applied last, in order: lines 'from => to' (whole words) or 'regex:PATTERN => REPLACEMENT'.")
                .build());
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
