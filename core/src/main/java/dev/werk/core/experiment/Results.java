package dev.werk.core.experiment;

import dev.werk.core.metrics.Counts;
import dev.werk.core.stats.Interval;
import dev.werk.core.stats.KaldiBootstrap;
import dev.werk.core.stats.Mapsswe;
import dev.werk.core.stats.McNemarTest;
import dev.werk.core.stats.SignTest;
import dev.werk.core.stats.WilcoxonTest;
import java.util.List;

/** The value types of a {@link Comparison}. Rates are fractions; undefined values are null. */
public final class Results {
    private Results() {
    }

    /**
     * One item: per system its pooled counts (system order) and its number of utterances.
     *
     * @param item       the manifest row
     * @param counts     counts per system
     * @param wer        WER per system (null entries when the item has no reference word)
     * @param utterances utterances scored in the item
     */
    public record ItemScore(Item item, List<Counts> counts, List<Double> wer, int utterances) {
        public ItemScore {
            counts = List.copyOf(counts);
            wer = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(wer));
        }
    }

    /**
     * A system's pooled result over a set.
     *
     * @param name   the system
     * @param counts pooled counts
     * @param wer    pooled WER (errors / reference words)
     * @param werCi  its bootstrap interval
     * @param kaldi  Kaldi's mean and half-width under {@code --ci kaldi}, else null
     */
    public record SystemScore(String name, Counts counts, Double wer, Interval werCi, KaldiBootstrap.KaldiInterval kaldi) {
    }

    /** Which way a test points. */
    public enum Direction { BETTER, WORSE, SAME, UNDEFINED }

    /**
     * A test's outcome in words.
     *
     * @param test        mapsswe, sign, wilcoxon or mcnemar
     * @param p           its p-value (null when undefined)
     * @param direction   whether the candidate has fewer (BETTER) or more errors than the baseline
     * @param significant p &lt; alpha
     * @param text        one plain sentence
     */
    public record Verdict(String test, Double p, Direction direction, boolean significant, String text) {
    }

    /**
     * The four tests of a candidate against the baseline.
     *
     * @param mapsswe  over the set's utterances (sc_stats' matched pairs)
     * @param sign     over blocks
     * @param wilcoxon over blocks
     * @param mcnemar  over utterance errors
     * @param blocks   blocks with reference words that the block tests used
     * @param verdicts one per test, in the order above
     */
    public record Tests(Mapsswe.Result mapsswe, SignTest.Result sign, WilcoxonTest.Result wilcoxon, McNemarTest.Result mcnemar,
                        int blocks, List<Verdict> verdicts) {
        public Tests {
            verdicts = List.copyOf(verdicts);
        }
    }

    /**
     * A candidate against the baseline over a set.
     *
     * @param system                   the candidate
     * @param absoluteChange           WER(candidate) − WER(baseline), from exact counts
     * @param absoluteChangeCi         its interval
     * @param relativeChange           (WER(candidate) − WER(baseline)) / WER(baseline), from exact counts
     * @param relativeChangeCi         its interval
     * @param probabilityOfImprovement share of replicates where the candidate has fewer errors
     * @param tests                    the significance tests
     */
    public record CandidateComparison(String system, Double absoluteChange, Interval absoluteChangeCi, Double relativeChange,
                                      Interval relativeChangeCi, Double probabilityOfImprovement, Tests tests) {
    }

    /**
     * One set (or {@code all}).
     *
     * @param name        the set's name
     * @param itemNames   its items, in manifest order
     * @param utterances  utterances in it
     * @param units       bootstrap units in it
     * @param systems     every system, baseline included
     * @param comparisons every candidate against the baseline
     */
    public record SetScore(String name, List<String> itemNames, int utterances, int units, List<SystemScore> systems,
                           List<CandidateComparison> comparisons) {
        public SetScore {
            itemNames = List.copyOf(itemNames);
            systems = List.copyOf(systems);
            comparisons = List.copyOf(comparisons);
        }

        /** Number of items in the set. */
        public int items() {
            return itemNames.size();
        }
    }

    /**
     * The generalisation gap of a candidate: relative improvement in-sample minus out-of-sample.
     *
     * @param system                  the candidate
     * @param inSample                the in-sample set
     * @param outOfSample             the out-of-sample set
     * @param inSampleImprovement     −relative change in-sample
     * @param outOfSampleImprovement  −relative change out-of-sample
     * @param gap                     their difference
     * @param gapCi                   its bootstrap interval
     */
    public record Gap(String system, String inSample, String outOfSample, Double inSampleImprovement,
                      Double outOfSampleImprovement, Double gap, Interval gapCi) {
    }
}
