package dev.werk.core.stats;

/**
 * McNemar's test on utterance errors as sc_stats runs it (sentmcn.c): a 2×2 table of utterances
 * right (no error) or wrong for each system; only the discordant cells matter:
 * p = 2 · P(X ≤ min(b, c)) for X ~ Binomial(b + c, 1/2) (the exact conditional McNemar test),
 * 1 when b = c. The binomial is exact here (sc_stats switches to a normal approximation above 20).
 */
public final class McNemarTest {
    /**
     * @param bothCorrect     utterances both got right
     * @param onlyBaselineWrong utterances only the baseline got wrong (b)
     * @param onlyCandidateWrong utterances only the candidate got wrong (c)
     * @param bothWrong       utterances both got wrong
     * @param p               two-sided p-value
     */
    public record Result(int bothCorrect, int onlyBaselineWrong, int onlyCandidateWrong, int bothWrong, double p) {
    }

    private McNemarTest() {
    }

    /** The test from each utterance's error flag, utterance for utterance. */
    public static Result test(boolean[] baselineWrong, boolean[] candidateWrong) {
        if (baselineWrong.length != candidateWrong.length) {
            throw new IllegalArgumentException(baselineWrong.length + " baseline utterances but " + candidateWrong.length);
        }
        int[][] t = new int[2][2];
        for (int i = 0; i < baselineWrong.length; i++) {
            t[baselineWrong[i] ? 1 : 0][candidateWrong[i] ? 1 : 0]++;
        }
        return of(t[0][0], t[1][0], t[0][1], t[1][1]);
    }

    /** The test from the table's four cells. */
    public static Result of(int bothCorrect, int onlyBaselineWrong, int onlyCandidateWrong, int bothWrong) {
        return new Result(bothCorrect, onlyBaselineWrong, onlyCandidateWrong, bothWrong,
                SignTest.twoSided(onlyBaselineWrong, onlyCandidateWrong));
    }
}
