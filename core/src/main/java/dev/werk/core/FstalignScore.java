package dev.werk.core;

import dev.werk.core.fstalign.AlignedNlpRow;
import dev.werk.core.fstalign.CaseStats;
import dev.werk.core.fstalign.ClassScores;
import dev.werk.core.fstalign.SideBySideRow;
import dev.werk.core.metrics.Counts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring as fstalign scores (see {@link FstalignScoring}): each file pair, the
 * pooled corpus, and the entity classes.
 *
 * @param files        each file pair and the pooled total (one utterance per file)
 * @param classes      pooled entity-class counts from the {@code wer_tags} ids (Earnings-21's "Entity" table)
 * @param labelClasses pooled counts per class of the {@code tags} labels (fstalign's {@code class X WER})
 * @param fileClasses  per file name, its entity classes
 * @param preset       the preset's name as outputs show it, e.g. {@code fstalign}
 * @param caseStats    fstalign's case statistics ({@code --record-case-stats}) pooled over the files
 *                     with an NLP reference; null when none has one
 * @param fileCaseStats per file name with an NLP reference, its case statistics
 * @param speakerSwitchContext the speaker-switch context the files were scored with (fstalign's
 *                     {@code --speaker-switch-context}; 0 or less: none)
 * @param speakerSwitch fstalign's speaker-switch WER counts ({@code Speaker switch WER}) summed over
 *                     the files with an NLP reference; null when none has one or the context is 0
 * @param fileSpeakerSwitch per file name with an NLP reference, its speaker-switch counts (context above 0)
 * @param fileSpeakers per file name with an NLP reference, its counts per speaker (fstalign's
 *                     {@code speaker X WER}), speakers in the order they first appear; never pooled
 *                     across files, where the same speaker id need not be the same person
 * @param fileSideBySide per file name, the rows of fstalign's side-by-side file, when asked for
 *                     ({@link dev.werk.core.fstalign.FstalignSettings#sideBySide()}); else empty
 * @param fileAlignedNlp per file name with an NLP reference and a hypothesis, the rows of fstalign's
 *                     aligned NLP file, when the side-by-side rows were asked for; else empty
 */
public record FstalignScore(FileSetScore files, ClassScores classes, ClassScores labelClasses,
                            Map<String, ClassScores> fileClasses, String preset, CaseStats caseStats,
                            Map<String, CaseStats> fileCaseStats, int speakerSwitchContext, Counts speakerSwitch,
                            Map<String, Counts> fileSpeakerSwitch, Map<String, Map<String, Counts>> fileSpeakers,
                            Map<String, List<SideBySideRow>> fileSideBySide, Map<String, List<AlignedNlpRow>> fileAlignedNlp) {
    public FstalignScore {
        Map<String, List<AlignedNlpRow>> nlp = new LinkedHashMap<>();
        fileAlignedNlp.forEach((file, r) -> nlp.put(file, List.copyOf(r)));
        fileAlignedNlp = Collections.unmodifiableMap(nlp);
        Map<String, List<SideBySideRow>> rows = new LinkedHashMap<>();
        fileSideBySide.forEach((file, r) -> rows.put(file, List.copyOf(r)));
        fileSideBySide = Collections.unmodifiableMap(rows);
        fileClasses = Map.copyOf(fileClasses);
        fileCaseStats = Map.copyOf(fileCaseStats);
        fileSpeakerSwitch = Map.copyOf(fileSpeakerSwitch);
        Map<String, Map<String, Counts>> speakers = new LinkedHashMap<>();
        fileSpeakers.forEach((file, m) -> speakers.put(file, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        fileSpeakers = Map.copyOf(speakers);
    }

    /** Without speaker results (as before {@code --speaker-wer}). */
    public FstalignScore(FileSetScore files, ClassScores classes, ClassScores labelClasses,
                         Map<String, ClassScores> fileClasses, String preset, CaseStats caseStats,
                         Map<String, CaseStats> fileCaseStats) {
        this(files, classes, labelClasses, fileClasses, preset, caseStats, fileCaseStats, 0, null, Map.of(), Map.of(), Map.of(),
                Map.of());
    }

    /** All files pooled. */
    public CorpusScore pooled() {
        return files.pooled();
    }

    /** Every warning, in order. */
    public List<String> warnings() {
        return files.pooled().warnings();
    }
}
