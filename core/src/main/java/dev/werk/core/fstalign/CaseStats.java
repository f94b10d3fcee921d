package dev.werk.core.fstalign;

/**
 * fstalign's case statistics ({@code fstalign wer --record-case-stats}, {@code RecordCaseWer} in
 * {@code wer.cpp}): how well the hypothesis's capitals match the reference's, per token, over the
 * aligned pairs that are neither insertions nor deletions. A pair whose words are equal (as aligned:
 * lower-cased unless {@code --use-case}) counts in the first three fields, a substitution in the last
 * three. For a reference row whose {@code case} column is {@code LC}: a hypothesis token with a
 * capital letter is a false positive (otherwise nothing is counted); for any other row: the ASCII
 * capitals of the reference token and of the hypothesis token are counted, equal numbers are a true
 * positive, more in the reference a false negative, more in the hypothesis a false positive.
 *
 * @param truePositives                equal words, capitals agree
 * @param falsePositives               equal words, more capitals in the hypothesis (or any, against {@code LC})
 * @param falseNegatives               equal words, fewer capitals in the hypothesis
 * @param substitutionTruePositives    substituted words, capitals agree
 * @param substitutionFalsePositives   substituted words, more capitals in the hypothesis
 * @param substitutionFalseNegatives   substituted words, fewer capitals in the hypothesis
 */
public record CaseStats(long truePositives, long falsePositives, long falseNegatives, long substitutionTruePositives,
                        long substitutionFalsePositives, long substitutionFalseNegatives) {
    /** Nothing counted. */
    public static final CaseStats ZERO = new CaseStats(0, 0, 0, 0, 0, 0);

    /** Both added (the pooled statistics of several files). */
    public CaseStats plus(CaseStats o) {
        return new CaseStats(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives, substitutionTruePositives + o.substitutionTruePositives,
                substitutionFalsePositives + o.substitutionFalsePositives,
                substitutionFalseNegatives + o.substitutionFalseNegatives);
    }

    /** fstalign's "matching words only" precision: TP / (TP + FP); NaN when both are 0. */
    public double matchingPrecision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** fstalign's "matching words only" recall: TP / (TP + FN); NaN when both are 0. */
    public double matchingRecall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** True positives of all pairs, substitutions included (fstalign's {@code all.true_positive}). */
    public long allTruePositives() {
        return truePositives + substitutionTruePositives;
    }

    /** False positives of all pairs, substitutions included. */
    public long allFalsePositives() {
        return falsePositives + substitutionFalsePositives;
    }

    /** False negatives of all pairs, substitutions included. */
    public long allFalseNegatives() {
        return falseNegatives + substitutionFalseNegatives;
    }

    /** fstalign's "all including substitutions" precision; NaN when undefined. */
    public double allPrecision() {
        return ratio(allTruePositives(), allTruePositives() + allFalsePositives());
    }

    /** fstalign's "all including substitutions" recall; NaN when undefined. */
    public double allRecall() {
        return ratio(allTruePositives(), allTruePositives() + allFalseNegatives());
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
