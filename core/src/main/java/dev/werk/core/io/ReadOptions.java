package dev.werk.core.io;

/**
 * How strictly the readers check what they read. The default refuses everything that cannot be
 * right; each relaxation is named after the peer file it lets through.
 *
 * @param negativeDurations accept CTM words with a negative duration, as sclite does (its own
 *                          test13 data {@code tima_hyp.ctm} has two); refused by default
 */
public record ReadOptions(boolean negativeDurations) {
    /** Every check on. */
    public static final ReadOptions STRICT = new ReadOptions(false);

    /** These options with negative CTM durations accepted or not. */
    public ReadOptions withNegativeDurations(boolean accept) {
        return new ReadOptions(accept);
    }
}
