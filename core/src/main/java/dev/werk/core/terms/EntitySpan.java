package dev.werk.core.terms;

import java.util.List;

/**
 * One tagged entity of a reference utterance, given by position (an NLP reference's entity span;
 * see {@link SystemTerms#scoreEntities}): scored as one reference occurrence of a term whose forms
 * are its own normalised reference tokens and its alternatives.
 *
 * @param id           the entity's id (the {@code wer_tags} or {@code tags} id), for details
 * @param entityClass  its class (never null): the rows of the report
 * @param wordFrom     its first word, an index into the whitespace-separated words of the
 *                     reference utterance as read ({@code Utterance.text()})
 * @param wordTo       one past its last word
 * @param alternatives other accepted written forms, before normalisation (words joined by spaces)
 */
public record EntitySpan(String id, String entityClass, int wordFrom, int wordTo, List<String> alternatives) {
    public EntitySpan {
        alternatives = List.copyOf(alternatives);
        if (entityClass == null || wordFrom < 0 || wordTo <= wordFrom) {
            throw new IllegalArgumentException("entity '" + id + "': class " + entityClass + ", words [" + wordFrom + ", "
                    + wordTo + ")");
        }
    }
}
