package dev.werk.core.terms;

import java.util.List;

/**
 * A hypothesis occurrence of a term that overlaps no run claimed by a correct reference
 * occurrence of that term (rule 3).
 *
 * @param term             the term
 * @param hypothesisFrom   its first hypothesis token (0-based)
 * @param hypothesisTo     one past its last
 * @param hypothesisTokens those tokens
 */
public record FalseAlarm(Term term, int hypothesisFrom, int hypothesisTo, List<String> hypothesisTokens) {

    public FalseAlarm {
        hypothesisTokens = List.copyOf(hypothesisTokens);
    }
}
