package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random references with entities (normalization candidates, empty ones included) and
 * synonym rules, against an oracle written from the rules alone: every word sequence the reference
 * accepts (each entity replaced by one of its candidates or its own tokens; at each position a word
 * kept or a matching rule's alternative taken, as fstalign's synonym arcs allow), each aligned with
 * the hypothesis by a plain weighted edit distance (insertion 1, deletion 1, substitution 1.5); the
 * cheapest is fstalign's cost. werk's counts must cost exactly that, satisfy H+S+D = reference
 * words of its path and H+S+I = hypothesis words, and the cut alignment must cost what the uncut
 * one costs. Rules may overlap (a rule's second word may start another rule).
 */
class FstalignAlignmentOracleTest {
    private static final String[] PLAIN = {"a", "b", "c", "d", "e", "f"};
    private static final int CAP = 3000;
    private static final String[] HEADS = {"x", "y"};
    private static final String[] TAILS = {"p", "q"};

    record Input(NlpReference ref, Normalizations norm, SynonymRules rules, List<String> hyp, List<List<String>> accepted) {
    }

    static Input random(Random rnd, int rows) {
        List<RefRow> list = new ArrayList<>();
        Map<String, List<Normalizations.Candidate>> cands = new LinkedHashMap<>();
        int id = 0;
        int line = 1;
        while (list.size() < rows) {
            if (rnd.nextInt(4) == 0) {
                String label = id + ":C" + rnd.nextInt(3);
                int n = 1 + rnd.nextInt(2);
                for (int k = 0; k < n; k++) {
                    list.add(new RefRow(word(rnd), line++, label, List.of(Integer.toString(id))));
                }
                List<Normalizations.Candidate> cs = new ArrayList<>();
                int m = rnd.nextInt(3);
                for (int k = 0; k < m; k++) {
                    List<String> w = new ArrayList<>();
                    int len = rnd.nextInt(4);
                    for (int j = 0; j < len; j++) {
                        w.add(word(rnd));
                    }
                    cs.add(new Normalizations.Candidate(w, rnd.nextDouble()));
                }
                cands.put(Integer.toString(id), cs);
                id++;
                // a plain row between two entities, so labels never run together
                list.add(new RefRow(word(rnd), line++, "", List.of()));
            } else {
                list.add(new RefRow(word(rnd), line++, "", List.of()));
            }
        }
        // rules: LHS starts with a head word, goes on with tail words only, so no rule starts inside another
        List<String> ruleLines = new ArrayList<>();
        for (String h : HEADS) {
            if (rnd.nextBoolean()) {
                // overlapping rules too: the second word may start (or be) another rule
                String lhs = rnd.nextBoolean() ? h : h + " " + (rnd.nextBoolean() ? TAILS[rnd.nextInt(TAILS.length)]
                        : HEADS[rnd.nextInt(HEADS.length)]);
                ruleLines.add(lhs + " | " + PLAIN[rnd.nextInt(PLAIN.length)] + (rnd.nextBoolean() ? " ; " + word(rnd) + " "
                        + PLAIN[rnd.nextInt(PLAIN.length)] : ""));
            }
        }
        SynonymRules rules = SynonymRules.parse(ruleLines, null);
        NlpReference ref = NlpReference.of(list, true);
        Normalizations norm = Normalizations.of(cands, Map.of());
        List<List<String>> accepted = rows <= 12 ? accepted(list, norm, rules) : null;
        List<String> base = accepted != null && accepted.size() <= CAP ? accepted.get(rnd.nextInt(accepted.size()))
                : ref.tokens();
        List<String> hyp = new ArrayList<>();
        for (String w : base) {
            int r = rnd.nextInt(10);
            if (r == 0) {
                continue;
            }
            hyp.add(r == 1 ? word(rnd) : w);
            if (rnd.nextInt(12) == 0) {
                hyp.add(word(rnd));
            }
        }
        return new Input(ref, norm, rules, hyp, accepted);
    }

    private static String word(Random rnd) {
        int r = rnd.nextInt(10);
        if (r < 2) {
            return HEADS[rnd.nextInt(HEADS.length)];
        }
        if (r < 3) {
            return TAILS[rnd.nextInt(TAILS.length)];
        }
        return PLAIN[rnd.nextInt(PLAIN.length)];
    }

    /** Every word sequence the reference accepts, from the rules. */
    static List<List<String>> accepted(List<RefRow> rows, Normalizations norm, SynonymRules rules) {
        // units: a plain stretch (synonyms apply) or an entity (one of its candidates, synonyms inside)
        List<List<List<String>>> units = new ArrayList<>();
        Map<String, List<List<String>>> own = new LinkedHashMap<>();
        List<Object> layout = new ArrayList<>();
        int k = 0;
        while (k < rows.size()) {
            RefRow r = rows.get(k);
            if (r.label().isEmpty()) {
                List<String> stretch = new ArrayList<>();
                while (k < rows.size() && rows.get(k).label().isEmpty()) {
                    stretch.add(rows.get(k++).token());
                }
                layout.add(stretch);
            } else {
                List<String> span = new ArrayList<>();
                String label = r.label();
                while (k < rows.size() && rows.get(k).label().equals(label)) {
                    span.add(rows.get(k++).token());
                }
                own.computeIfAbsent(r.labelId(), x -> new ArrayList<>()).add(span);
                layout.add(r.labelId());
            }
        }
        for (Object o : layout) {
            List<List<String>> options = new ArrayList<>();
            if (o instanceof String lid) {
                List<List<String>> cands = new ArrayList<>();
                for (Normalizations.Candidate c : norm.candidates(lid)) {
                    cands.add(c.words());
                }
                cands.addAll(own.get(lid));
                for (List<String> c : cands) {
                    options.addAll(withSynonyms(c, 0, rules));
                }
            } else {
                @SuppressWarnings("unchecked")
                List<String> stretch = (List<String>) o;
                options.addAll(withSynonyms(stretch, 0, rules));
            }
            units.add(options);
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<List<String>> u : units) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (List<String> option : u) {
                    List<String> s = new ArrayList<>(prefix);
                    s.addAll(option);
                    next.add(s);
                }
            }
            out = next;
            if (out.size() > CAP) {
                return out;
            }
        }
        return out;
    }

    private static List<List<String>> withSynonyms(List<String> w, int i, SynonymRules rules) {
        List<List<String>> out = new ArrayList<>();
        if (i == w.size()) {
            out.add(List.of());
            return out;
        }
        for (List<String> rest : withSynonyms(w, i + 1, rules)) {
            List<String> s = new ArrayList<>();
            s.add(w.get(i));
            s.addAll(rest);
            out.add(s);
        }
        for (Map.Entry<List<String>, List<List<String>>> r : rules.rules().entrySet()) {
            List<String> lhs = r.getKey();
            if (i + lhs.size() <= w.size() && w.subList(i, i + lhs.size()).equals(lhs)) {
                for (List<String> alt : r.getValue()) {
                    for (List<String> rest : withSynonyms(w, i + lhs.size(), rules)) {
                        List<String> s = new ArrayList<>(alt);
                        s.addAll(rest);
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    /** Plain weighted edit distance: insertion 1, deletion 1, substitution 1.5. */
    static double cost(List<String> r, List<String> h) {
        double[] prev = new double[h.size() + 1];
        for (int j = 0; j <= h.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= r.size(); i++) {
            double[] cur = new double[h.size() + 1];
            cur[0] = i;
            for (int j = 1; j <= h.size(); j++) {
                double sub = prev[j - 1] + (r.get(i - 1).equals(h.get(j - 1)) ? 0 : 1.5);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            prev = cur;
        }
        return prev[h.size()];
    }

    /**
     * A search that may answer a costlier path ({@code search}: the adapted one, or the standard one
     * walked as fstalign walks it) on 400 seeded random inputs: its path follows the reference network
     * and the whole hypothesis, its counts add up, it never costs less than the cheapest accepted
     * sequence, and (so that the test shows something) on some input it costs more.
     */
    static void checkSearchInvariants(FstalignSettings search, long seed) {
        Random rnd = new Random(seed);
        int checked = 0;
        int costlier = 0;
        for (int t = 0; t < 400; t++) {
            Input in = random(rnd, 2 + rnd.nextInt(9));
            if (in.accepted().size() > 3000) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (List<String> s : in.accepted()) {
                best = Math.min(best, cost(s, in.hyp()));
            }
            FstalignAlignment a = Fstalign.align(in.ref(), in.norm(), EntityTypes.NONE, in.hyp(), search.withSynonyms(in.rules()));
            Counts c = a.alignment().counts();
            String what = in.ref().tokens() + " vs " + in.hyp() + " rules " + in.rules().rules();
            assertTrue(in.accepted().contains(a.reference()), () -> "path " + a.reference() + " is not accepted: " + what);
            assertEquals(in.hyp(), a.hypothesis(), what);
            assertEquals(a.reference().size(), c.referenceWords(), what);
            assertEquals(in.hyp().size(), c.hypothesisWords(), what);
            assertTrue(cost(c) >= best - 1e-9, () -> "cheaper than the cheapest path: " + what);
            costlier += cost(c) > best + 1e-9 ? 1 : 0;
            checked++;
        }
        assertTrue(checked > 300, "checked " + checked);
        assertTrue(costlier > 0, "no answer differed from the cheapest path");
    }

    private static double cost(Counts c) {
        return c.insertions() + c.deletions() + 1.5 * c.substitutions();
    }

    @Test
    void werkCostsWhatTheCheapestAcceptedSequenceCosts() {
        Random rnd = new Random(20261201);
        int checked = 0;
        for (int t = 0; t < 400; t++) {
            Input in = random(rnd, 2 + rnd.nextInt(9));
            if (in.accepted().size() > CAP) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (List<String> s : in.accepted()) {
                best = Math.min(best, cost(s, in.hyp()));
            }
            FstalignSettings settings = new FstalignSettings(in.rules(), false, false, true);
            FstalignAlignment a = Fstalign.align(in.ref(), in.norm(), EntityTypes.NONE, in.hyp(), settings);
            Counts c = a.alignment().counts();
            assertEquals(best, cost(c), 1e-9, () -> in.ref().tokens() + " vs " + in.hyp() + " rules " + in.rules().rules());
            assertEquals(a.reference().size(), c.referenceWords());
            assertEquals(in.hyp().size(), c.hypothesisWords());
            assertTrue(in.accepted().contains(a.reference()), () -> "path " + a.reference() + " is not accepted");
            checked++;
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    @Test
    void cuttingAtAnchorsCostsNothing() {
        Random rnd = new Random(7);
        for (int t = 0; t < 40; t++) {
            Input in = random(rnd, 200 + rnd.nextInt(400));
            FstalignSettings settings = new FstalignSettings(in.rules(), false, false, true);
            Counts cut = Fstalign.align(in.ref(), in.norm(), EntityTypes.NONE, in.hyp(), settings, true).alignment().counts();
            Counts whole = Fstalign.align(in.ref(), in.norm(), EntityTypes.NONE, in.hyp(), settings, false).alignment().counts();
            assertEquals(cost(whole), cost(cut), 1e-9, "case " + t);
        }
    }

    @Test
    void anUnrelatedLongHypothesisIsStillAligned() {
        // 6,000 reference tokens against 6,000 unrelated words: no anchor, 36 million cells in one piece
        Random rnd = new Random(3);
        List<RefRow> rows = new ArrayList<>();
        List<String> hyp = new ArrayList<>();
        for (int k = 0; k < 6000; k++) {
            rows.add(new RefRow("r" + rnd.nextInt(50), k + 1, "", List.of()));
            hyp.add("h" + rnd.nextInt(50));
        }
        FstalignAlignment a = Fstalign.align(NlpReference.of(rows, false), Normalizations.NONE, EntityTypes.NONE, hyp,
                FstalignSettings.DEFAULTS_2021);
        Counts c = a.alignment().counts();
        assertEquals(6000, c.referenceWords());
        assertEquals(6000, c.hypothesisWords());
        assertEquals(6000, c.substitutions(), "every word substituted is the cheapest, and the split keeps it so");
    }

    @Test
    void overlappingRulesFollowFstalignsArcs() {
        // "a b | x" and "b c | y" over "a b c": fstalign's network accepts a b c, x c and a y
        SynonymRules rules = SynonymRules.parse(List.of("a b | x", "b c | y"), null);
        NlpReference ref = NlpReference.ofTokens(null, List.of("a", "b", "c"));
        FstalignSettings s = new FstalignSettings(rules, false, false, true);
        for (String hyp : List.of("a b c", "x c", "a y")) {
            Counts c = Fstalign.align(ref, Normalizations.NONE, EntityTypes.NONE, List.of(hyp.split(" ")), s).alignment().counts();
            assertEquals(0, c.errors(), hyp);
        }
        Counts none = Fstalign.align(ref, Normalizations.NONE, EntityTypes.NONE, List.of("x", "y"), s).alignment().counts();
        assertEquals(1.5, cost(none), 1e-9, "x y is one substitution away from x c");
    }
}
