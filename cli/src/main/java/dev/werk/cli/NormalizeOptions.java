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
import picocli.CommandLine.Option;

/**
 * The normaliser: a preset, then single steps in the order listed in {@code --help}, then any
 * {@code --step}, then the rules file. Shared by score, align and normalize.
 */
final class NormalizeOptions {
    @Option(names = "--normalize", paramLabel = "PRESET", defaultValue = "none",
            description = "none (split on whitespace; default), jiwer (jiwer 4 wer_standardize), jiwer2 (jiwer 2.1.0 as "
                    + "in the AWS custom-vocabulary notebook), sclite (case-insensitive), whisper-basic, whisper-english.")
    String preset;

    @Option(names = "--whisper-off", paramLabel = "PART", split = ",",
            description = "With --normalize whisper-english: switch parts off: brackets, fillers, contractions, titles, numbers, spellings.")
    List<String> whisperOff = new ArrayList<>();

    @Option(names = "--lowercase", description = "Step: lowercase (full Unicode).")
    boolean lowercase;

    @Option(names = "--remove-punctuation", paramLabel = "KIND",
            description = "Step: delete punctuation in place: ascii (Python string.punctuation, as jiwer 2) or unicode (category P*, as jiwer 4).")
    String removePunctuation;

    @Option(names = "--expand-contractions", description = "Step: expand common English contractions (jiwer's list).")
    boolean expandContractions;

    @Option(names = "--remove-nonwords", description = "Step: remove Kaldi non-words: [..] and <..> spans.")
    boolean removeNonwords;

    @Option(names = "--remove-words", paramLabel = "WORD", split = ",", description = "Step: remove these whole words (e.g. fillers: uh,um).")
    List<String> removeWords = new ArrayList<>();

    @Option(names = "--split-hyphens", description = "Step: split hyphenated words (state-of-the-art -> state of the art).")
    boolean splitHyphens;

    @Option(names = "--step", paramLabel = "NAME", completionCandidates = StepNames.class,
            description = "Append a named step, repeatable; one of: ${COMPLETION-CANDIDATES} (remove-words needs --remove-words).")
    List<String> steps = new ArrayList<>();

    /** The step names for --step's help, from the library itself. */
    static final class StepNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return TextNormalizer.stepNames().iterator();
        }
    }

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Substitution rules applied last, in order: lines 'from => to' (whole words) or 'regex:PATTERN => REPLACEMENT'.")
    Path rules;

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
