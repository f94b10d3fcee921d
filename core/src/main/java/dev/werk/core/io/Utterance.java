package dev.werk.core.io;

import java.util.List;

/**
 * One utterance as read from a file, before normalisation.
 *
 * @param id      the utterance id; for plain text the 1-based line number
 * @param line    the 1-based line of the file it came from (0 for formats without lines, such as JSON)
 * @param text    the words separated by spaces, as written: sclite markup of STM and trn files
 *                ({@code { a / b / @ }} alternations, {@code (word)}, {@code word;tag}) is kept as
 *                it is, and a CTM {@code <ALT_BEGIN>…<ALT>…<ALT_END>} block is written in that same
 *                {@code { … / … }} form
 * @param words   per-word times, confidences and speakers when the format has them (CTM, NLP,
 *                Transcribe JSON): one entry per whitespace-separated token of {@code text}, in
 *                order (markup tokens {@code { / } @} have unknown times); empty otherwise
 * @param segment where the utterance sits in the recording (STM, CTM), or null
 */
public record Utterance(String id, int line, String text, List<TimedWord> words, Segment segment) {

    public Utterance {
        words = List.copyOf(words);
    }

    /** An utterance from a format without per-word information. */
    public Utterance(String id, int line, String text) {
        this(id, line, text, List.of(), null);
    }

    /** An utterance with per-word information but no place in a recording. */
    public Utterance(String id, int line, String text, List<TimedWord> words) {
        this(id, line, text, words, null);
    }

    /** True for an STM segment excluded from scoring ({@code IGNORE_TIME_SEGMENT_IN_SCORING}). */
    public boolean excluded() {
        return segment != null && segment.excluded();
    }
}
