package dev.werk.core;

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
 */
public record FstalignScore(FileSetScore files, ClassScores classes, ClassScores labelClasses,
                            Map<String, ClassScores> fileClasses, String preset) {
    public FstalignScore {
        fileClasses = Map.copyOf(fileClasses);
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
