package dev.werk.core.io;

/**
 * One utterance as read from a file, before normalisation.
 *
 * @param id   the utterance id; for plain text the 1-based line number
 * @param line the 1-based line of the file it came from
 * @param text the words, as written (markup already removed by the reader)
 */
public record Utterance(String id, int line, String text) {
}
