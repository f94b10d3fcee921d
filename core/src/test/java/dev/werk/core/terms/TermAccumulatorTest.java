package dev.werk.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pooling: the same report however the utterances are split and merged, and rule 4's counts and rates. */
class TermAccumulatorTest {
    record Corpus(TermSet set, List<List<List<String>>> terms, List<TermScorerRandomTest.Case> cases,
                  List<UtteranceTerms> scored) {
    }

    static Corpus corpus(Random rnd, int utterances) {
        TermScorerRandomTest.Case first = TermScorerRandomTest.randomCase(rnd);
        TermSet set = first.termSet();
        TermScorer scorer = new TermScorer(set);
        List<TermScorerRandomTest.Case> cases = new ArrayList<>();
        List<UtteranceTerms> scored = new ArrayList<>();
        for (int k = 0; k < utterances; k++) {
            TermScorerRandomTest.Case c = TermScorerRandomTest.randomCase(rnd);
            cases.add(c);
            scored.add(scorer.score("u" + k, c.ref(), c.hyp(), c.alignment()));
        }
        return new Corpus(set, first.terms(), cases, scored);
    }

    static void assertSameReport(TermReport want, TermReport got, boolean details, String where) {
        assertEquals(want.terms(), got.terms(), where);
        assertEquals(want.pooled(), got.pooled(), where);
        assertEquals(want.confusions(), got.confusions(), where);
        assertEquals(want.biased(), got.biased(), where);
        assertEquals(want.unbiased(), got.unbiased(), where);
        if (details) {
            assertEquals(want.details(), got.details(), where);
            assertEquals(want.falseAlarmDetails(), got.falseAlarmDetails(), where);
        }
    }

    @Test
    void resultsDoNotDependOnHowUtterancesAreSplit() {
        Random rnd = new Random(7L);
        for (int round = 0; round < 200; round++) {
            Corpus c = corpus(rnd, 1 + rnd.nextInt(60));
            TermAccumulator whole = new TermAccumulator(c.set(), true);
            c.scored().forEach(whole::add);
            TermReport want = whole.finish();

            // Contiguous pieces merged pairwise in a random tree: the details keep their order too.
            List<TermAccumulator> pieces = new ArrayList<>();
            TermAccumulator current = new TermAccumulator(c.set(), true);
            for (UtteranceTerms u : c.scored()) {
                if (rnd.nextInt(4) == 0) {
                    pieces.add(current);
                    current = new TermAccumulator(c.set(), true);
                }
                current.add(u);
            }
            pieces.add(current);
            while (pieces.size() > 1) {
                int k = rnd.nextInt(pieces.size() - 1);
                TermAccumulator merged = pieces.get(k).merge(pieces.get(k + 1));
                pieces.remove(k + 1);
                pieces.set(k, merged);
            }
            assertSameReport(want, pieces.get(0).finish(), true, "round " + round);

            // Shuffled utterances in any number of accumulators merged in any order: the same numbers.
            List<UtteranceTerms> shuffled = new ArrayList<>(c.scored());
            Collections.shuffle(shuffled, rnd);
            int parts = 1 + rnd.nextInt(5);
            List<TermAccumulator> accs = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                accs.add(new TermAccumulator(c.set()));
            }
            for (UtteranceTerms u : shuffled) {
                accs.get(rnd.nextInt(parts)).add(u);
            }
            Collections.shuffle(accs, rnd);
            TermAccumulator all = accs.get(0);
            for (int p = 1; p < parts; p++) {
                all.merge(accs.get(p));
            }
            assertSameReport(want, all.finish(), false, "shuffled round " + round);
        }
    }

    @Test
    void countsAndConfusionsAreTheSumsOfTheRule() {
        Random rnd = new Random(11L);
        for (int round = 0; round < 300; round++) {
            Corpus c = corpus(rnd, 1 + rnd.nextInt(30));
            TermAccumulator acc = new TermAccumulator(c.set());
            c.scored().forEach(acc::add);
            TermReport got = acc.finish();
            int nTerms = c.terms().size();
            long[][] want = new long[nTerms][6];
            List<Map<String, Long>> heard = new ArrayList<>();
            for (int t = 0; t < nTerms; t++) {
                heard.add(new HashMap<>());
            }
            long[] b = new long[4];
            long[] u = new long[4];
            for (TermScorerRandomTest.Case k : c.cases()) {
                BruteForceTerms.Result r = BruteForceTerms.score(c.terms(), k.ref(), k.hyp(), k.alignment());
                for (int i = 0; i < r.occurrences().size(); i++) {
                    int t = r.occurrences().get(i)[0];
                    want[t][0]++;
                    String cls = r.classes().get(i);
                    int col = switch (cls) {
                        case "exact" -> 1;
                        case "variant" -> 2;
                        case "split-merge" -> 3;
                        default -> 4;
                    };
                    want[t][col]++;
                    if (col == 4) {
                        heard.get(t).merge(String.join(" ", r.heard().get(i)), 1L, Long::sum);
                    }
                }
                for (int[] f : r.falseAlarms()) {
                    want[f[0]][5]++;
                }
                for (int j = 0; j < 4; j++) {
                    b[j] += r.biased()[j];
                    u[j] += r.unbiased()[j];
                }
            }
            long[] pooled = new long[6];
            for (int t = 0; t < nTerms; t++) {
                TermStats s = got.terms().get(t);
                long[] w = want[t];
                assertEquals(List.of(w[0], w[1], w[2], w[3], w[4], w[5]),
                        List.of(s.occurrences(), s.exact(), s.variant(), s.splitMerge(), s.misses(), s.falseAlarms()));
                for (int j = 0; j < 6; j++) {
                    pooled[j] += w[j];
                }
                Map<String, Long> gotHeard = new HashMap<>();
                for (Confusion x : s.confusions()) {
                    gotHeard.put(x.heard(), x.count());
                }
                assertEquals(heard.get(t), gotHeard);
                for (int j = 1; j < s.confusions().size(); j++) {
                    assertTrue(s.confusions().get(j - 1).count() >= s.confusions().get(j).count());
                }
                checkRates(s);
            }
            TermStats p = got.pooled();
            assertEquals(List.of(pooled[0], pooled[1], pooled[2], pooled[3], pooled[4], pooled[5]),
                    List.of(p.occurrences(), p.exact(), p.variant(), p.splitMerge(), p.misses(), p.falseAlarms()));
            checkRates(p);
            assertEquals(new Counts(b[0], b[1], b[2], b[3]), got.biased());
            assertEquals(new Counts(u[0], u[1], u[2], u[3]), got.unbiased());
            Counts overall = Counts.ZERO;
            for (TermScorerRandomTest.Case k : c.cases()) {
                overall = overall.plus(k.alignment().counts());
            }
            assertEquals(overall, got.overall());
            assertEquals(overall, got.biased().plus(got.unbiased()));
        }
    }

    /** Rates straight from their definitions. */
    static void checkRates(TermStats s) {
        long correct = s.exact() + s.variant() + s.splitMerge();
        assertEquals(s.occurrences(), correct + s.misses());
        assertEquals(s.occurrences() == 0 ? Double.NaN : (double) correct / s.occurrences(), s.recall());
        assertEquals(correct + s.falseAlarms() == 0 ? Double.NaN : (double) correct / (correct + s.falseAlarms()), s.precision());
        double p = s.precision();
        double r = s.recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            assertTrue(Double.isNaN(s.f1()));
        } else if (p + r == 0) {
            assertEquals(0.0, s.f1());
        } else {
            assertEquals(2 * p * r / (p + r), s.f1(), 1e-12);
        }
    }

    @Test
    void undefinedRates() {
        TermStats none = new TermStats("x", 0, 0, 0, 0, 0, 0, List.of());
        assertTrue(Double.isNaN(none.recall()) && Double.isNaN(none.precision()) && Double.isNaN(none.f1()));
        TermStats missed = new TermStats("x", 2, 0, 0, 0, 2, 0, List.of());
        assertEquals(0.0, missed.recall());
        assertTrue(Double.isNaN(missed.precision()));
        assertTrue(Double.isNaN(missed.f1()), "precision undefined, so F1 is");
        TermStats wrong = new TermStats("x", 2, 0, 0, 0, 2, 1, List.of());
        assertEquals(0.0, wrong.recall());
        assertEquals(0.0, wrong.precision());
        assertEquals(0.0, wrong.f1(), "P = R = 0");
        TermStats onlyFalseAlarms = new TermStats("x", 0, 0, 0, 0, 0, 3, List.of());
        assertTrue(Double.isNaN(onlyFalseAlarms.recall()));
        assertEquals(0.0, onlyFalseAlarms.precision());
        assertTrue(Double.isNaN(onlyFalseAlarms.f1()), "recall undefined, so F1 is");
        TermStats some = new TermStats("x", 4, 1, 1, 1, 1, 2, List.of());
        assertEquals(0.75, some.recall());
        assertEquals(0.6, some.precision());
        assertEquals(2 * 0.75 * 0.6 / 1.35, some.f1(), 1e-12);
    }

    @Test
    void bWerAndUWer() {
        TermSet set = TermScorerTest.terms("SageMaker");
        TermAccumulator acc = new TermAccumulator(set);
        acc.add(TermScorerTest.score(set, "we use sagemaker", "we use sage maker"));
        acc.add(TermScorerTest.score(set, "a b", "a c"));
        TermReport r = acc.finish();
        assertEquals(new Counts(0, 1, 0, 1), r.biased());
        assertEquals(2.0, r.bWer());
        assertEquals(new Counts(3, 1, 0, 0), r.unbiased());
        assertEquals(0.25, r.uWer());
        TermReport empty = new TermAccumulator(set).finish();
        assertTrue(Double.isNaN(empty.bWer()) && Double.isNaN(empty.uWer()));
    }
}
