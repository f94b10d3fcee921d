package dev.werk.core.experiment;

import dev.werk.core.CorpusScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.metrics.Counts;
import dev.werk.core.stats.BootstrapResult;
import dev.werk.core.stats.Changes;
import dev.werk.core.stats.Interval;
import dev.werk.core.stats.PairedBootstrap;
import dev.werk.core.stats.PairedCounts;
import dev.werk.core.terms.TermAccumulator;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermScorer;
import dev.werk.core.terms.TermSet;
import dev.werk.core.terms.UtteranceTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Term accuracy over an experiment ({@code werk compare --terms}): the term rules of {@code werk
 * terms} applied to every item's alignments, pooled per set and over {@code all} for each system,
 * with each candidate's change of B-WER against the baseline and its paired bootstrap interval
 * (same units, seed and replicates as the WER intervals of the comparison).
 *
 * @param terms      the compiled term list
 * @param sets       each set of the comparison, in its order ({@code all} last)
 * @param utterances per item, system and utterance (the comparison's orders), the term results
 */
public record ExperimentTerms(TermSet terms, List<SetTerms> sets, List<List<List<UtteranceTerms>>> utterances) {

    /**
     * One set's term results.
     *
     * @param name        the set ({@code all} included)
     * @param systems     one report per system, in the comparison's order
     * @param comparisons one per candidate against the baseline
     */
    public record SetTerms(String name, List<TermReport> systems, List<BiasedChange> comparisons) {
        public SetTerms {
            systems = List.copyOf(systems);
            comparisons = List.copyOf(comparisons);
        }
    }

    /**
     * A candidate's change of B-WER and U-WER against the baseline over a set.
     *
     * @param system       the candidate
     * @param bWerChange   B-WER(candidate) − B-WER(baseline) from exact counts; null without term words
     * @param bWerChangeCi its bootstrap interval
     * @param uWerChange   U-WER(candidate) − U-WER(baseline) from exact counts
     */
    public record BiasedChange(String system, Double bWerChange, Interval bWerChangeCi, Double uWerChange) {
    }

    public ExperimentTerms {
        sets = List.copyOf(sets);
        utterances = List.copyOf(utterances);
    }

    /** Scores {@code terms} (compiled with the comparison's normaliser) over every item and system of {@code c}. */
    public static ExperimentTerms score(Comparison c, TermSet terms) {
        TermScorer scorer = new TermScorer(terms);
        int nItems = c.items().size();
        int nSys = c.systems().size();
        List<List<List<UtteranceTerms>>> per = new ArrayList<>(nItems);
        for (int i = 0; i < nItems; i++) {
            per.add(null);
        }
        IntStream.range(0, nItems).parallel().forEach(i -> {
            List<List<UtteranceTerms>> row = new ArrayList<>(nSys);
            for (int s = 0; s < nSys; s++) {
                CorpusScore cs = c.scores().get(i).get(s);
                List<UtteranceTerms> us = new ArrayList<>(cs.utterances().size());
                for (UtteranceScore u : cs.utterances()) {
                    us.add(scorer.score(u.id(), u.referenceTokens(), u.hypothesisTokens(), u.alignment()));
                }
                row.add(us);
            }
            per.set(i, row);
        });

        List<String> setNames = c.manifest().sets();
        List<String> groups = setNames.isEmpty() ? List.of(Comparison.ALL) : setNames;
        PairedCounts.Builder units = PairedCounts.builder(c.systems(), groups);
        for (int i = 0; i < nItems; i++) {
            Item it = c.items().get(i).item();
            String group = it.set() == null ? Comparison.ALL : it.set();
            if (c.resampleBy() == CompareOptions.ResampleBy.UTTERANCE) {
                int n = per.get(i).get(0).size();
                for (int u = 0; u < n; u++) {
                    long[] e = new long[nSys];
                    for (int s = 0; s < nSys; s++) {
                        e[s] = per.get(i).get(s).get(u).biased().errors();
                    }
                    UtteranceScore first = c.scores().get(i).get(0).utterances().get(u);
                    units.add(it.name() + "/" + first.id(), group, per.get(i).get(0).get(u).biased().referenceWords(), e);
                }
            } else {
                long[] e = new long[nSys];
                long words = 0;
                for (int s = 0; s < nSys; s++) {
                    Counts b = biased(per.get(i).get(s));
                    e[s] = b.errors();
                    if (s == 0) {
                        words = b.referenceWords();
                    }
                }
                units.add(c.resampleBy() == CompareOptions.ResampleBy.BLOCK ? it.block() : it.name(), group, words, e);
            }
        }
        int baseline = c.systems().indexOf(c.baseline());
        CompareOptions o = c.options();
        BootstrapResult boot = PairedBootstrap.run(units.build(),
                new PairedBootstrap.Options(o.ci(), o.seed(), o.resamples(), o.alpha(), baseline));

        List<SetTerms> sets = new ArrayList<>();
        for (Results.SetScore set : c.sets()) {
            boolean all = set.name().equals(Comparison.ALL);
            int g = all ? boot.all() : groups.indexOf(set.name());
            List<TermReport> reports = new ArrayList<>(nSys);
            for (int s = 0; s < nSys; s++) {
                TermAccumulator acc = new TermAccumulator(terms);
                for (int i = 0; i < nItems; i++) {
                    if (all || set.name().equals(c.items().get(i).item().set())) {
                        for (UtteranceTerms u : per.get(i).get(s)) {
                            acc.add(u);
                        }
                    }
                }
                reports.add(acc.finish());
            }
            List<BiasedChange> changes = new ArrayList<>();
            Counts bb = reports.get(baseline).biased();
            Counts ub = reports.get(baseline).unbiased();
            for (int s = 0; s < nSys; s++) {
                if (s == baseline) {
                    continue;
                }
                Counts bc = reports.get(s).biased();
                Counts uc = reports.get(s).unbiased();
                changes.add(new BiasedChange(c.systems().get(s), Changes.absolute(bb.errors(), bc.errors(), bb.referenceWords()),
                        boot.absoluteChange(g, s), Changes.absolute(ub.errors(), uc.errors(), ub.referenceWords())));
            }
            sets.add(new SetTerms(set.name(), reports, changes));
        }
        List<List<List<UtteranceTerms>>> frozen = new ArrayList<>(nItems);
        for (List<List<UtteranceTerms>> row : per) {
            List<List<UtteranceTerms>> r = new ArrayList<>(row.size());
            for (List<UtteranceTerms> us : row) {
                r.add(List.copyOf(us));
            }
            frozen.add(List.copyOf(r));
        }
        return new ExperimentTerms(terms, sets, frozen);
    }

    private static Counts biased(List<UtteranceTerms> utterances) {
        Counts sum = Counts.ZERO;
        for (UtteranceTerms u : utterances) {
            sum = sum.plus(u.biased());
        }
        return sum;
    }
}
