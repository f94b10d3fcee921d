package dev.werk.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a timed utterance ({@link Utterance#words()}) cut into units that are placed as a
 * whole: a single word, or an alternation block {@code { … / … }} (from a CTM
 * {@code <ALT_BEGIN>…<ALT_END>}).
 */
final class TimedUnits {
    /**
     * One word or one alternation block.
     *
     * @param from  index of its first token in the word list
     * @param to    index after its last token
     * @param mid   the time midpoint used to place it: the word's, or for a block the largest
     *              midpoint of its words (sclite's rule, zero when none is timed), computed as
     *              sclite does ({@link Times#scliteMidpoint}); NaN for a word without times
     */
    record Unit(int from, int to, double mid) {
    }

    private TimedUnits() {
    }

    static List<Unit> of(List<TimedWord> words) {
        List<Unit> out = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            if (words.get(k).word().equals("{")) {
                int end = k + 1;
                double mid = 0;
                while (end < words.size() && !words.get(end).word().equals("}")) {
                    TimedWord w = words.get(end);
                    if (isTimed(w)) {
                        mid = Math.max(mid, Times.scliteMidpoint(w.start(), w.end()));
                    }
                    end++;
                }
                int to = Math.min(end + 1, words.size());
                out.add(new Unit(k, to, mid));
                k = to;
            } else {
                TimedWord w = words.get(k);
                out.add(new Unit(k, k + 1, isTimed(w) ? Times.scliteMidpoint(w.start(), w.end()) : Double.NaN));
                k++;
            }
        }
        return out;
    }

    /** True for a word with a begin and end time (markup tokens have none). */
    static boolean isTimed(TimedWord w) {
        return !Double.isNaN(w.start()) && !Double.isNaN(w.end());
    }

    /** The utterance text of {@code words}: their tokens joined by single spaces. */
    static String text(List<TimedWord> words) {
        StringBuilder sb = new StringBuilder();
        for (TimedWord w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.word());
        }
        return sb.toString();
    }
}
