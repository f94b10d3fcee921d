package dev.werk.core.fstalign;

import java.util.List;

/**
 * One row of fstalign's aligned NLP file ({@code --output-nlp}, {@code write_stitches_to_nlp} in
 * {@code fstalign.cpp}): a reference row with the times of the hypothesis word aligned to it.
 *
 * @param token          the reference token (the NLP row's own spelling when it equals the aligned
 *                       token but for case, or when it is a noise code such as {@code <inaudible>})
 * @param speaker        the row's speaker
 * @param start          the hypothesis word's start, as fstalign's {@code float}; null for a deletion
 * @param end            its end (a CTM's start + duration, in {@code float} arithmetic); null for a deletion
 * @param punctuation    the row's punctuation (moved as fstalign moves it when one row has several tokens)
 * @param prepunctuation the row's prepunctuation
 * @param casing         the row's case column
 * @param tags           the row's {@code tags} column as written
 * @param werTags        the row's {@code wer_tags} ids
 * @param oldTs          the row's own {@code ts}, as written
 * @param oldEndTs       the row's own {@code endTs}, as written
 * @param comment        fstalign's {@code ali_comment}: {@code del}, {@code sub(word)}, and
 *                       {@code ,direct}, {@code ,push_last} or {@code ,split_worst} for entities and
 *                       synonym regions
 * @param confidence     the row's {@code confidence} column, as written
 */
public record AlignedNlpRow(String token, String speaker, Float start, Float end, String punctuation, String prepunctuation,
                            String casing, String tags, List<String> werTags, String oldTs, String oldEndTs, String comment,
                            String confidence) {
    public AlignedNlpRow {
        werTags = List.copyOf(werTags);
    }
}
