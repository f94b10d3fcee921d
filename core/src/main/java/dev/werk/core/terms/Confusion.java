package dev.werk.core.terms;

/**
 * What the misses of a term were heard as: the hypothesis tokens of the cores, joined by single
 * spaces (empty for a deletion), and how often.
 *
 * @param term  the term as written in the list
 * @param heard the core's hypothesis tokens joined by single spaces; empty for a deletion
 * @param count how many misses of the term were heard so
 */
public record Confusion(String term, String heard, long count) {
}
