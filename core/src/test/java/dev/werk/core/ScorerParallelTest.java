package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.WerkDataException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A corpus large enough (over {@link BatchScoring#PARALLEL_MIN_CHARS} characters) to be shared out
 * over an executor must give, utterance by utterance and in order, what one aligner gives alone.
 */
class ScorerParallelTest {

    @ParameterizedTest
    @EnumSource(CostModel.class)
    void parallelAlignmentEqualsOneAlignerInOrder(CostModel cost) {
        Random random = new Random(42);
        StringBuilder ref = new StringBuilder();
        StringBuilder hyp = new StringBuilder();
        int lines = 0;
        while (ref.length() + hyp.length() <= 2 * BatchScoring.PARALLEL_MIN_CHARS) {
            int n = 300 + random.nextInt(2500);
            StringBuilder r = new StringBuilder();
            StringBuilder h = new StringBuilder();
            for (int k = 0; k < n; k++) {
                String w = "w" + random.nextInt(40);
                r.append(w).append(' ');
                double x = random.nextDouble();
                if (x < 0.05) {
                    continue; // deletion
                }
                h.append(x < 0.10 ? "w" + random.nextInt(40) : w).append(' ');
                if (random.nextDouble() < 0.05) {
                    h.append("w").append(random.nextInt(40)).append(' ');
                    }
            }
            ref.append(r).append('\n');
            hyp.append(h).append('\n');
            lines++;
        }
        Pairing.Result paired = Pairing.pair(TranscriptReader.parse(ref.toString(), null, TranscriptFormat.PLAIN),
                TranscriptReader.parse(hyp.toString(), null, TranscriptFormat.PLAIN));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CorpusScore score;
        try {
            score = Scorer.score(paired, ScoreOptions.defaults().withCost(cost), Scorer.Progress.NONE, pool);
        } finally {
            pool.shutdown();
        }
        assertEquals(Scorer.score(paired, ScoreOptions.defaults().withCost(cost)).total(), score.total(), "same totals on one thread");

        assertEquals(lines, score.utterances().size());
        assertTrue(lines >= 2, "the corpus must have several utterances to share out");
        Aligner alone = Aligner.create(cost);
        for (int k = 0; k < lines; k++) {
            UtteranceScore u = score.utterances().get(k);
            assertEquals(Integer.toString(k + 1), u.id(), "results stay in input order");
            Vocabulary v = new Vocabulary();
            assertEquals(alone.align(v.words(String.join(" ", u.referenceTokens())), v.words(String.join(" ", u.hypothesisTokens()))),
                    u.alignment(), "utterance " + (k + 1));
        }
    }

    /**
     * Rows that cannot be scored (malformed trn markup, found while scoring): shared out over
     * three threads, the run throws the error of the earliest such row, as one thread does,
     * wherever the bad rows fall among the tasks' batches (seeded).
     */
    @Test
    void theEarliestFailingRowIsTheOneReportedAsOnOneThread() {
        Random random = new Random(7);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 20; round++) {
                int lines = 3000;
                int firstBad = 1 + random.nextInt(lines - 1);
                int secondBad = firstBad + random.nextInt(lines - firstBad) + 1;
                StringBuilder ref = new StringBuilder();
                StringBuilder hyp = new StringBuilder();
                for (int k = 1; k <= lines; k++) {
                    String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma "
                            + "tau upsilon phi chi psi omega one two three four five six seven eight nine ten eleven twelve";
                    boolean bad = k == firstBad || k == secondBad;
                    ref.append(bad ? "a { b / c " : "").append(words).append(" (u").append(k).append(")\n");
                    hyp.append(words).append(" (u").append(k).append(")\n");
                }
                assertTrue(ref.length() + hyp.length() > BatchScoring.PARALLEL_MIN_CHARS, "large enough to be shared out");
                Pairing.Result paired = Pairing.pair(TranscriptReader.parse(ref.toString(), Path.of("ref.trn"), TranscriptFormat.TRN),
                        TranscriptReader.parse(hyp.toString(), Path.of("hyp.trn"), TranscriptFormat.TRN));
                WerkDataException alone = assertThrows(WerkDataException.class, () -> Scorer.score(paired, ScoreOptions.defaults()));
                WerkDataException shared = assertThrows(WerkDataException.class,
                        () -> Scorer.score(paired, ScoreOptions.defaults(), Scorer.Progress.NONE, pool));
                assertEquals("ref.trn:" + firstBad + ": utterance 'u" + firstBad + "'", alone.getMessage().substring(0,
                        alone.getMessage().indexOf("'", alone.getMessage().indexOf("'") + 1) + 1), "one thread: the first bad row");
                assertEquals(alone.getMessage(), shared.getMessage(), "round " + round + ": bad rows " + firstBad + ", " + secondBad);
            }
        } finally {
            pool.shutdown();
        }
    }
}
