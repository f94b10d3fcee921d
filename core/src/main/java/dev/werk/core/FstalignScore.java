package dev.werk.core;

import dev.werk.core.fstalign.CaseStats;
import dev.werk.core.fstalign.ClassScores;
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
 */
public record FstalignScore(FileSetScore files, ClassScores classes, ClassScores labelClasses,
                            Map<String, ClassScores> fileClasses, String preset, CaseStats caseStats,
                            Map<String, CaseStats> fileCaseStats) {
    public FstalignScore {
        fileClasses = Map.copyOf(fileClasses);
        fileCaseStats = Map.copyOf(fileCaseStats);
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
