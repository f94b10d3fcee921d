package dev.werk.core.io;

/**
 * One word with what the recogniser said about it, as CTM, fstalign NLP and Amazon Transcribe
 * files carry it. Unknown values are {@link Double#NaN} (times, confidence) or null (speaker).
 *
 * @param word       the word as written in the file
 * @param start      start time in seconds from the start of the recording
 * @param end        end time in seconds
 * @param confidence the recogniser's confidence in [0, 1]
 * @param speaker    the speaker or channel label
 */
public record TimedWord(String word, double start, double end, double confidence, String speaker) {

    /** A word with no timing, confidence or speaker. */
    public static TimedWord of(String word) {
        return new TimedWord(word, Double.NaN, Double.NaN, Double.NaN, null);
    }

    /**
     * The time midpoint {@code (start + end) / 2}. (Placing CTM words in STM segments uses sclite's
     * own arithmetic, begin + duration / 2, which can differ from this in the last binary digit.)
     */
    public double midpoint() {
        return (start + end) / 2;
    }
}
