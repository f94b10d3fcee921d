package dev.werk.core.io;

import java.util.List;

/**
 * One utterance as read from a file, before normalisation.
 *
 * @param id    the utterance id; for plain text the 1-based line number
 * @param line  the 1-based line of the file it came from (0 for formats without lines, such as JSON)
 * @param text  the words as written, separated by spaces (trn markup is kept: the Scorer reads it)
 * @param words per-word times, confidences and speakers when the format has them (CTM, NLP,
 *              Transcribe JSON), in the order of {@code text}'s words; empty otherwise
 */
public record Utterance(String id, int line, String text, List<TimedWord> words) {

    public Utterance {
        words = List.copyOf(words);
    }

    /** An utterance from a format without per-word information. */
    public Utterance(String id, int line, String text) {
        this(id, line, text, List.of());
    }
}
