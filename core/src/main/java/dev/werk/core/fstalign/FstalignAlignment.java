package dev.werk.core.fstalign;

import dev.werk.core.align.Alignment;
import dev.werk.core.metrics.Counts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reference aligned with one hypothesis as fstalign aligns them.
 *
 * @param reference    the reference words of the chosen path (the candidates taken), lower-cased
 * @param hypothesis   the hypothesis words, lower-cased
 * @param alignment    the steps; its counts are fstalign's {@code WER: INS DEL SUB}
 * @param perTag       counts per {@code wer_tags} id (fstalign's {@code Wer Entity ID x WER})
 * @param classes      counts per entity class of the {@code wer_tags} ids (see {@link Fstalign})
 * @param labelClasses counts per class of the {@code tags} labels (fstalign's {@code class X WER})
 * @param speakerSwitch counts of the reference words near speaker changes (fstalign's
 *                     {@code Speaker switch WER}); null when the context is 0
 * @param perSpeaker   counts per speaker (fstalign's {@code speaker X WER}; its reference-word count
 *                     is the steps with a speaker, as fstalign counts it), in the order the speakers
 *                     first appear on the path
 * @param caseStats    fstalign's case statistics ({@code --record-case-stats}); null when the
 *                     reference is not an NLP file (fstalign computes them only for one)
 * @param sideBySide   the rows of fstalign's side-by-side file, one per step
 *                     ({@link FstalignSettings#sideBySide()}); empty unless asked for
 * @param warnings     what was unusual but not wrong (ids without a class)
 */
public record FstalignAlignment(List<String> reference, List<String> hypothesis, Alignment alignment,
                                Map<String, Counts> perTag, ClassScores classes, ClassScores labelClasses,
                                Counts speakerSwitch, Map<String, Counts> perSpeaker, CaseStats caseStats,
                                List<SideBySideRow> sideBySide, List<String> warnings) {
    public FstalignAlignment {
        sideBySide = List.copyOf(sideBySide);
        reference = List.copyOf(reference);
        hypothesis = List.copyOf(hypothesis);
        perTag = Map.copyOf(perTag);
        // kept in order (fstalign's unordered_map has none; first appearance reads best)
        perSpeaker = Collections.unmodifiableMap(new LinkedHashMap<>(perSpeaker));
        warnings = List.copyOf(warnings);
    }
}
