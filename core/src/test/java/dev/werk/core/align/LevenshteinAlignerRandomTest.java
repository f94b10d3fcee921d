package dev.werk.core.align;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Differential test against {@link DpOracle#levenshtein}: 100,000 seeded random pairs of 0–300
 * words, including the block-boundary lengths, small vocabularies (many ties), hypotheses derived
 * from the reference by edits at varied error rates and fully independent ones.
 */
class LevenshteinAlignerRandomTest {
    private static final int PAIRS = 100_000;
    private static final int MAX_LENGTH = 300;
    private static final int[] BOUNDARY_LENGTHS = {0, 1, 63, 64, 65, 127, 128, 129, 192, 300};

    /** Every pair also goes through one of these, which force the banded, checkpointed path. */
    private static final LevenshteinAligner[] FORCED_BANDED = {
        new LevenshteinAligner(1, 0, false, false),
        new LevenshteinAligner(5, 1, false, false),
        new LevenshteinAligner(64, 8, false, false),
        new LevenshteinAligner(BandedAligner.AUTO_INTERVAL, BandedAligner.DEFAULT_INITIAL_BAND, false, false),
        new LevenshteinAligner(1, 0, false, true),
        new LevenshteinAligner(7, 1, false, true),
    };

    @Test
    void matchesTheOracleStepForStep() {
        SplittableRandom random = new SplittableRandom(20_240_917L);
        LevenshteinAligner aligner = new LevenshteinAligner();
        for (int k = 0; k < PAIRS; k++) {
            int vocabulary = 2 + random.nextInt(49);
            int[] ref = randomWords(random, length(random), vocabulary);
            int[] hyp = random.nextInt(3) == 0
                    ? randomWords(random, length(random), vocabulary)
                    : edit(random, ref, vocabulary, random.nextDouble() * random.nextDouble());
            String expected = DpOracle.levenshtein(ref, hyp);
            int distance = DpOracle.levenshteinDistance(ref, hyp);
            String context = "pair " + k;
            AlignmentChecks.assertMatches(expected, distance, ref, hyp, aligner.align(ref, hyp), context);
            AlignmentChecks.assertMatches(expected, distance, ref, hyp, FORCED_BANDED[k % FORCED_BANDED.length].align(ref, hyp),
                    context + " (banded " + k % FORCED_BANDED.length + ")");
        }
    }

    /** Mostly utterance-sized lengths, often exactly a block boundary, sometimes anything up to 300. */
    private static int length(SplittableRandom random) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return random.nextInt(41);
        }
        if (kind < 7) {
            return BOUNDARY_LENGTHS[random.nextInt(BOUNDARY_LENGTHS.length)];
        }
        if (kind < 9) {
            return random.nextInt(131);
        }
        return random.nextInt(MAX_LENGTH + 1);
    }

    private static int[] randomWords(SplittableRandom random, int length, int vocabulary) {
        int[] words = new int[length];
        for (int i = 0; i < length; i++) {
            words[i] = random.nextInt(vocabulary);
        }
        return words;
    }

    /** The reference with each word substituted, deleted or followed by insertions with probability {@code rate}. */
    private static int[] edit(SplittableRandom random, int[] ref, int vocabulary, double rate) {
        int[] out = new int[2 * ref.length + 8];
        int size = 0;
        for (int i = 0; i <= ref.length; i++) {
            while (random.nextDouble() < rate / 3 && size < out.length - ref.length + i - 1) {
                out[size++] = random.nextInt(vocabulary);
            }
            if (i == ref.length) {
                break;
            }
            double r = random.nextDouble();
            if (r < rate / 3) {
                continue;
            }
            out[size++] = r < 2 * rate / 3 ? random.nextInt(vocabulary) : ref[i];
        }
        return java.util.Arrays.copyOf(out, size);
    }
}
