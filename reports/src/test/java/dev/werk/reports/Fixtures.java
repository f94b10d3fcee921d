package dev.werk.reports;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import java.nio.file.Path;

/**
 * Small corpora whose counts are worked out by hand in the comments, shared by the renderer tests.
 */
final class Fixtures {
    private Fixtures() {
    }

    static final String REF_TRN = "the cat sat on the mat (utt1)\n"
            + "hello world (utt2)\n"
            + "(utt3)\n"
            + "good morning everyone (utt4)\n";

    /** In another order than the reference, to check that reports keep the reference order. */
    static final String HYP_TRN = "good morning (utt4)\n"
            + "the cat sit on mat (utt1)\n"
            + "hello world (utt2)\n"
            + "uh (utt3)\n";

    /**
     * The four-utterance corpus, by hand (Levenshtein and sclite agree here):
     * <pre>
     * utt1  the cat SAT on THE mat / the cat SIT on *** mat   H4 S1 D1 I0  (6 ref, 5 hyp)
     * utt2  hello world / hello world                          H2           (2 ref, 2 hyp)
     * utt3  (empty) / uh                                       I1           (0 ref, 1 hyp)
     * utt4  good morning EVERYONE / good morning               H2 D1        (3 ref, 2 hyp)
     * total H8 S1 D2 I1; 11 reference words, 10 hypothesis words, 4 errors
     * WER 4/11, MER 4/12, WIP (8/11)(8/10) = 64/110, WIL 46/110, SER 3/4, 1 empty reference
     * </pre>
     */
    static CorpusScore corpus(ScoreOptions options) {
        return score(REF_TRN, HYP_TRN, options);
    }

    static CorpusScore corpus() {
        return corpus(ScoreOptions.defaults());
    }

    static CorpusScore score(String refTrn, String hypTrn, ScoreOptions options) {
        return Scorer.score(Pairing.pair(
                TranscriptReader.parse(refTrn, Path.of("ref.trn"), TranscriptFormat.TRN),
                TranscriptReader.parse(hypTrn, Path.of("hyp.trn"), TranscriptFormat.TRN)), options);
    }
}
