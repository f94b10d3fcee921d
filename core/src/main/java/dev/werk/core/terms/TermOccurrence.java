package dev.werk.core.terms;

import java.util.List;

/**
 * One reference occurrence of a term in one utterance and what the hypothesis had there.
 *
 * @param term             the term
 * @param referenceFrom    first reference token of the occurrence (0-based)
 * @param referenceTo      one past its last reference token
 * @param match            exact, variant, split-merge, or miss
 * @param hypothesisFrom   for a correct occurrence the claimed run's first hypothesis token; for a
 *                         miss the first hypothesis token of the core (equal to {@code
 *                         hypothesisTo} when the core has none)
 * @param hypothesisTo     one past the run's (or the core's) last hypothesis token
 * @param referenceTokens  the reference tokens of the occurrence
 * @param hypothesisTokens the claimed run, or for a miss the core's hypothesis tokens (what was
 *                         heard instead; empty for a deletion)
 */
public record TermOccurrence(Term term, int referenceFrom, int referenceTo, MatchClass match, int hypothesisFrom,
                             int hypothesisTo, List<String> referenceTokens, List<String> hypothesisTokens) {

    public TermOccurrence {
        referenceTokens = List.copyOf(referenceTokens);
        hypothesisTokens = List.copyOf(hypothesisTokens);
    }
}
