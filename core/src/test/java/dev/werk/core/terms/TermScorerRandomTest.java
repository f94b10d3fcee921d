package dev.werk.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.CostModel;
import dev.werk.core.align.EditOp;
import dev.werk.core.TestTokens;
import dev.werk.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scorer against {@link BruteForceTerms} on many small random cases whose terms collide. */
class TermScorerRandomTest {
    /** Tokens that join into one another ("a b" and "ab"), so splits, merges and shared keys are common. */
    private static final String[] ALPHABET = {"a", "b", "c", "ab", "bc", "abc"};

    /** A random case: terms (forms as token lists), reference, hypothesis, alignment. */
    record Case(List<List<List<String>>> terms, List<String> ref, List<String> hyp, Alignment alignment) {
        TermSet termSet() {
            List<TermList.Entry> entries = new ArrayList<>();
            for (List<List<String>> forms : terms) {
                List<String> variants = new ArrayList<>();
                for (int f = 1; f < forms.size(); f++) {
                    variants.add(String.join(" ", forms.get(f)));
                }
                entries.add(new TermList.Entry(String.join(" ", forms.get(0)), variants, 0));
            }
            return TermList.ofEntries(entries).compile(TextNormalizer.preset(TextNormalizer.NONE));
        }
    }

    static List<String> tokens(Random rnd, int min, int max) {
        int n = min + rnd.nextInt(max - min + 1);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(ALPHABET[rnd.nextInt(ALPHABET.length)]);
        }
        return out;
    }

    static Case randomCase(Random rnd) {
        List<List<List<String>>> terms = new ArrayList<>();
        Set<List<String>> owns = new HashSet<>();
        int nTerms = 1 + rnd.nextInt(4);
        while (terms.size() < nTerms) {
            List<String> own = tokens(rnd, 1, 3);
            if (!owns.add(own)) {
                continue;
            }
            List<List<String>> forms = new ArrayList<>();
            forms.add(own);
            int variants = rnd.nextInt(3);
            for (int v = 0; v < variants; v++) {
                List<String> f = tokens(rnd, 1, 3);
                if (!forms.contains(f)) {
                    forms.add(f);
                }
            }
            terms.add(forms);
        }
        List<String> ref = new ArrayList<>();
        List<String> hyp = new ArrayList<>();
        Alignment alignment;
        if (rnd.nextBoolean()) {
            // Any consistent alignment, optimal or not: the rule must hold for every one.
            int steps = rnd.nextInt(14);
            EditOp[] ops = new EditOp[steps];
            for (int k = 0; k < steps; k++) {
                EditOp op = EditOp.values()[rnd.nextInt(4)];
                ops[k] = op;
                String x = ALPHABET[rnd.nextInt(ALPHABET.length)];
                switch (op) {
                    case HIT -> {
                        ref.add(x);
                        hyp.add(x);
                    }
                    case SUBSTITUTION -> {
                        String y;
                        do {
                            y = ALPHABET[rnd.nextInt(ALPHABET.length)];
                        } while (y.equals(x));
                        ref.add(x);
                        hyp.add(y);
                    }
                    case DELETION -> ref.add(x);
                    default -> hyp.add(x);
                }
            }
            alignment = Alignment.of(ops);
        } else {
            ref.addAll(tokens(rnd, 0, 10));
            hyp.addAll(rnd.nextInt(8) == 0 ? List.of() : tokens(rnd, 0, 10));
            // Plant the terms' forms now and then, so that occurrences are frequent.
            if (rnd.nextBoolean() && !terms.isEmpty()) {
                List<List<String>> forms = terms.get(rnd.nextInt(terms.size()));
                ref.addAll(rnd.nextInt(ref.size() + 1), forms.get(0));
                hyp.addAll(rnd.nextInt(hyp.size() + 1), forms.get(rnd.nextInt(forms.size())));
            }
            alignment = align(ref, hyp, rnd.nextBoolean() ? CostModel.LEVENSHTEIN : CostModel.SCLITE);
        }
        return new Case(terms, ref, hyp, alignment);
    }

    static Alignment align(List<String> ref, List<String> hyp, CostModel cost) {
        TestTokens v = new TestTokens();
        return Aligner.create(cost).align(v.words(String.join(" ", ref)), v.words(String.join(" ", hyp)));
    }

    @Test
    void agreesWithBruteForceOnRandomCases() {
        Random rnd = new Random(20261201L);
        int occurrences = 0;
        int splitMerge = 0;
        int variants = 0;
        int falseAlarms = 0;
        for (int n = 0; n < 10_000; n++) {
            Case c = randomCase(rnd);
            TermSet set = c.termSet();
            // Every other case searches each window through the runs index (wide-window path).
            UtteranceTerms got = new TermScorer(set, n % 2 == 0 ? TermScorer.WINDOW_INDEX_MIN : 0)
                    .score("u", c.ref(), c.hyp(), c.alignment());
            BruteForceTerms.Result want = BruteForceTerms.score(c.terms(), c.ref(), c.hyp(), c.alignment());
            String where = "case " + n + ": " + c;
            assertEquals(want.occurrences().size(), got.occurrences().size(), where);
            for (int k = 0; k < got.occurrences().size(); k++) {
                TermOccurrence o = got.occurrences().get(k);
                int[] w = want.occurrences().get(k);
                assertEquals(Arrays.toString(w), Arrays.toString(new int[] {o.term().index(), o.referenceFrom(), o.referenceTo()}), where);
                assertEquals(want.classes().get(k), o.match().id(), where);
                assertEquals(want.heard().get(k), o.hypothesisTokens(), where);
                occurrences++;
                splitMerge += o.match() == MatchClass.SPLIT_MERGE ? 1 : 0;
                variants += o.match() == MatchClass.VARIANT ? 1 : 0;
            }
            List<String> gotFa = new ArrayList<>();
            for (FalseAlarm f : got.falseAlarms()) {
                gotFa.add(Arrays.toString(new int[] {f.term().index(), f.hypothesisFrom(), f.hypothesisTo()}));
            }
            List<String> wantFa = new ArrayList<>();
            for (int[] f : want.falseAlarms()) {
                wantFa.add(Arrays.toString(f));
            }
            assertEquals(wantFa, gotFa, where);
            falseAlarms += gotFa.size();
            long[] b = want.biased();
            long[] u = want.unbiased();
            assertEquals(new dev.werk.core.metrics.Counts(b[0], b[1], b[2], b[3]), got.biased(), where);
            assertEquals(new dev.werk.core.metrics.Counts(u[0], u[1], u[2], u[3]), got.unbiased(), where);
            assertEquals(c.alignment().counts(), got.biased().plus(got.unbiased()), where);
        }
        // The cases must exercise every outcome, or the comparison proves little.
        assertTrue(occurrences > 5_000, "occurrences " + occurrences);
        assertTrue(splitMerge > 250, "split/merge " + splitMerge);
        assertTrue(variants > 250, "variants " + variants);
        assertTrue(falseAlarms > 500, "false alarms " + falseAlarms);
    }

    @Test
    void perUtteranceSelectionEqualsTheBruteForceOnTheSelectedTerms() {
        Random rnd = new Random(99L);
        for (int n = 0; n < 3_000; n++) {
            Case c = randomCase(rnd);
            List<TermList.Entry> entries = new ArrayList<>();
            for (List<List<String>> forms : c.terms()) {
                List<String> variants = new ArrayList<>();
                for (int f = 1; f < forms.size(); f++) {
                    variants.add(String.join(" ", forms.get(f)));
                }
                entries.add(new TermList.Entry(String.join(" ", forms.get(0)), variants, 0));
            }
            List<String> chosen = new ArrayList<>();
            List<List<List<String>>> selected = new ArrayList<>();
            List<Integer> original = new ArrayList<>();
            for (int t = 0; t < entries.size(); t++) {
                if (rnd.nextBoolean()) {
                    chosen.add(entries.get(t).term());
                    selected.add(c.terms().get(t));
                    original.add(t);
                }
            }
            TermSet set = new TermList(null, TermListFormat.UTTERANCE_TSV, entries,
                    List.of(new TermList.UtteranceEntry("u", chosen, 1))).compile(TextNormalizer.preset(TextNormalizer.NONE));
            UtteranceTerms got = new TermScorer(set).score("u", c.ref(), c.hyp(), c.alignment());
            BruteForceTerms.Result want = BruteForceTerms.score(selected, c.ref(), c.hyp(), c.alignment());
            List<String> g = new ArrayList<>();
            for (TermOccurrence o : got.occurrences()) {
                g.add(o.term().index() + " " + o.referenceFrom() + " " + o.referenceTo() + " " + o.match().id());
            }
            for (FalseAlarm f : got.falseAlarms()) {
                g.add("fa " + f.term().index() + " " + f.hypothesisFrom());
            }
            List<String> w = new ArrayList<>();
            for (int k = 0; k < want.occurrences().size(); k++) {
                int[] o = want.occurrences().get(k);
                w.add(original.get(o[0]) + " " + o[1] + " " + o[2] + " " + want.classes().get(k));
            }
            for (int[] f : want.falseAlarms()) {
                w.add("fa " + original.get(f[0]) + " " + f[1]);
            }
            assertEquals(w, g, "case " + n + ": " + c + " selected " + chosen);
            assertEquals(0, new TermScorer(set).score("not-listed", c.ref(), c.hyp(), c.alignment()).occurrences().size());
        }
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }
}
