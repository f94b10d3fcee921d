package dev.werk.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
    record Unit(String name, int group, long words, long[] errors) {
    }

    private static List<Unit> randomUnits(Random rnd, int groups, int systems) {
        List<Unit> units = new ArrayList<>();
        int n = 1 + rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            long words = rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(200);
            long[] e = new long[systems];
            for (int s = 0; s < systems; s++) {
                e[s] = rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(60);
            }
            units.add(new Unit("u" + i + (rnd.nextBoolean() ? "-x" : ""), rnd.nextInt(groups), words, e));
        }
        return units;
    }

    private static PairedCounts build(List<Unit> units, int groups, int systems) {
        List<String> sys = new ArrayList<>();
        for (int s = 0; s < systems; s++) {
            sys.add("s" + s);
        }
        List<String> g = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            g.add("g" + i);
        }
        PairedCounts.Builder b = PairedCounts.builder(sys, g);
        for (Unit u : units) {
            b.add(u.name(), "g" + u.group(), u.words(), u.errors());
        }
        return b.build();
    }

    /** Type-7 quantile, written from its definition. */
    private static double q(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int f = (int) Math.floor(h);
        int c = Math.min(f + 1, sorted.size() - 1);
        return sorted.get(f) + (h - f) * (sorted.get(c) - sorted.get(f));
    }

    private static Interval pct(List<Double> v, double alpha) {
        if (v.isEmpty()) {
            return null;
        }
        Collections.sort(v);
        return new Interval(q(v, alpha / 2), q(v, 1 - alpha / 2));
    }

    /** The slow way: per replicate, per group, loop over units and draw each weight afresh. */
    @RepeatedTest(25)
    void equalsASlowReferenceImplementation(RepetitionInfo info) {
        Random rnd = new Random(1000 + info.getCurrentRepetition());
        int groups = 1 + rnd.nextInt(3);
        int systems = 2 + rnd.nextInt(3);
        List<Unit> units = randomUnits(rnd, groups, systems);
        long seed = rnd.nextLong();
        int reps = 1 + rnd.nextInt(400);
        double alpha = 0.05;
        int base = rnd.nextInt(systems);
        BootstrapResult got = PairedBootstrap.run(build(units, groups, systems),
                new PairedBootstrap.Options(PairedBootstrap.Method.PERCENTILE, seed, reps, alpha, base));
        List<List<Double>> relByGroup = new ArrayList<>();
        for (int g = 0; g <= groups; g++) {
            for (int s = 0; s < systems; s++) {
                List<Double> wer = new ArrayList<>();
                List<Double> abs = new ArrayList<>();
                List<Double> rel = new ArrayList<>();
                int better = 0;
                for (int r = 0; r < reps; r++) {
                    long n = 0;
                    long es = 0;
                    long eb = 0;
                    for (Unit u : units) {
                        if (g < groups && u.group() != g) {
                            continue;
                        }
                        int w = PoissonWeightsTest.reference(seed, u.name(), r);
                        n += w * u.words();
                        es += w * u.errors()[s];
                        eb += w * u.errors()[base];
                    }
                    if (n > 0) {
                        wer.add((double) es / n);
                        abs.add((double) (es - eb) / n);
                    }
                    if (eb > 0) {
                        rel.add((double) (es - eb) / eb);
                    }
                    if (eb - es > 0) {
                        better++;
                    }
                }
                assertEquals(pct(wer, alpha), got.wer(g, s), "wer g" + g + " s" + s);
                if (s == base) {
                    assertNull(got.relativeChange(g, s));
                    continue;
                }
                assertEquals(pct(abs, alpha), got.absoluteChange(g, s));
                assertEquals(pct(rel, alpha), got.relativeChange(g, s));
                assertEquals((double) better / reps, got.probabilityOfImprovement(g, s));
            }
        }
        if (groups >= 2) {
            int s = (base + 1) % systems;
            List<Double> gap = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                long[] eb = new long[2];
                long[] es = new long[2];
                for (Unit u : units) {
                    if (u.group() > 1) {
                        continue;
                    }
                    int w = PoissonWeightsTest.reference(seed, u.name(), r);
                    eb[u.group()] += w * u.errors()[base];
                    es[u.group()] += w * u.errors()[s];
                }
                if (eb[0] > 0 && eb[1] > 0) {
                    double impIn = -(double) (es[0] - eb[0]) / eb[0];
                    double impOut = -(double) (es[1] - eb[1]) / eb[1];
                    gap.add(impIn - impOut);
                }
            }
            Interval want = pct(gap, alpha);
            Interval have = got.gap(0, 1, s);
            if (want == null) {
                assertNull(have);
            } else {
                assertEquals(want.lower(), have.lower(), 1e-12);
                assertEquals(want.upper(), have.upper(), 1e-12);
            }
        }
    }

    @Test
    void theOrderAndThePresenceOfOtherUnitsDoNotMatter() {
        Random rnd = new Random(5);
        List<Unit> units = randomUnits(rnd, 2, 3);
        PairedBootstrap.Options o = new PairedBootstrap.Options(PairedBootstrap.Method.PERCENTILE, 42, 2000, 0.05, 0);
        BootstrapResult a = PairedBootstrap.run(build(units, 2, 3), o);
        List<Unit> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, rnd);
        BootstrapResult b = PairedBootstrap.run(build(shuffled, 2, 3), o);
        // Group 0 alone, with group 1's units dropped: same intervals for group 0.
        List<Unit> only0 = new ArrayList<>();
        for (Unit u : units) {
            if (u.group() == 0) {
                only0.add(u);
            }
        }
        BootstrapResult c = PairedBootstrap.run(build(only0, 2, 3), o);
        for (int g = 0; g <= 2; g++) {
            for (int s = 0; s < 3; s++) {
                assertEquals(a.wer(g, s), b.wer(g, s));
                assertEquals(a.relativeChange(g, s), b.relativeChange(g, s));
            }
        }
        for (int s = 0; s < 3; s++) {
            assertEquals(a.wer(0, s), c.wer(0, s));
            assertEquals(a.probabilityOfImprovement(0, s), c.probabilityOfImprovement(0, s));
        }
    }

    @Test
    void aUnitSplitInTwoRowsIsOneUnit() {
        PairedCounts split = PairedCounts.builder(List.of("a", "b"), List.of("g"))
                .add("x", "g", 10, 2, 1).add("x", "g", 5, 1, 1).add("y", "g", 7, 3, 0).build();
        PairedCounts whole = PairedCounts.builder(List.of("a", "b"), List.of("g"))
                .add("x", "g", 15, 3, 2).add("y", "g", 7, 3, 0).build();
        PairedBootstrap.Options o = new PairedBootstrap.Options(PairedBootstrap.Method.PERCENTILE, 7, 500, 0.05, 0);
        assertEquals(PairedBootstrap.run(whole, o).wer(0, 1), PairedBootstrap.run(split, o).wer(0, 1));
    }
}
