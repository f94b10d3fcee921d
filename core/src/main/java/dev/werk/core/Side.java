package dev.werk.core;

/**
 * One side of an utterance pair after normalisation: the text as scored, its tokens as ids of one
 * scorer's interner and as text, and where each token came from (null unless offsets were asked
 * for). Nothing mutates the arrays once made, so one reference side serves several hypotheses.
 */
record Side(String normalized, int[] ids, TokenList tokens, TokenSource[] sources) {
}
