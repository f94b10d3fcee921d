package dev.werk.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.CostModel;
import dev.werk.core.align.EditOp;
import dev.werk.core.TestTokens;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.Utterance;
import dev.werk.core.metrics.Counts;
import dev.werk.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Earnings-21 with its oracle bias list (1,013 terms found in the references) as terms: all 44
 * calls, three systems. B + U equal the overall counts; the reference occurrences are the same
 * for every system; and on the fixture call (testdata/terms-earnings21) every stretch between
 * safe cut points agrees with {@link BruteForceTerms}.
 */
class Earnings21TermsTest {
    static final TextNormalizer NORMALIZER = TextNormalizer.preset(TextNormalizer.JIWER2);
    static final List<String> SYSTEMS = List.of("output/amazon", "output/google", "output/rev/espnet/nlp");

    record Call(List<String> ref, List<String> hyp, Alignment alignment) {
    }

    static List<String> tokens(Path nlp) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Utterance u : TranscriptReader.read(nlp).utterances()) {
            sb.append(u.text()).append(' ');
        }
        String n = NORMALIZER.normalize(sb.toString());
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    static Call call(Path ref, Path hyp) throws IOException {
        return call(tokens(ref), tokens(hyp));
    }

    static Call call(List<String> r, List<String> h) {
        TestTokens v = new TestTokens();
        return new Call(r, h, Aligner.create(CostModel.LEVENSHTEIN).align(v.words(String.join(" ", r)), v.words(String.join(" ", h))));
    }

    static TermSet oracle() throws IOException {
        return TermListReader.read(TermFiles.testdata("terms-earnings21/oracle_list.txt")).compile(NORMALIZER);
    }

    @Test
    void allCallsThreeSystems() throws IOException {
        Path root = TermFiles.shared("corpora/earnings21");
        TermSet set = oracle();
        assertEquals(1013, set.terms().size());
        List<Path> refs;
        try (Stream<Path> s = Files.list(root.resolve("transcripts/nlp_references"))) {
            refs = s.filter(p -> p.toString().endsWith(".nlp")).sorted().toList();
        }
        assertEquals(44, refs.size());
        TermScorer scorer = new TermScorer(set);
        List<List<String>> refTokens = new ArrayList<>();
        for (Path ref : refs) {
            refTokens.add(tokens(ref));
        }
        List<TermReport> reports = new ArrayList<>();
        for (String system : SYSTEMS) {
            TermAccumulator acc = new TermAccumulator(set);
            Counts overall = Counts.ZERO;
            for (int k = 0; k < refs.size(); k++) {
                Path ref = refs.get(k);
                Call c = call(refTokens.get(k), tokens(root.resolve(system).resolve(ref.getFileName())));
                UtteranceTerms u = scorer.score(ref.getFileName().toString(), c.ref(), c.hyp(), c.alignment());
                assertEquals(c.alignment().counts(), u.biased().plus(u.unbiased()));
                acc.add(u);
                overall = overall.plus(c.alignment().counts());
            }
            TermReport r = acc.finish();
            assertEquals(overall, r.biased().plus(r.unbiased()), system);
            assertTrue(r.bWer() > r.uWer(), system + ": terms are harder than the rest: B " + r.bWer() + " U " + r.uWer());
            reports.add(r);
        }
        TermReport first = reports.get(0);
        long found = first.terms().stream().filter(t -> t.occurrences() > 0).count();
        // The list holds terms found in the references; a few are shadowed by longer terms or normalised apart.
        assertTrue(found > 950, "terms with an occurrence: " + found);
        for (TermReport r : reports) {
            for (int t = 0; t < set.terms().size(); t++) {
                assertEquals(first.terms().get(t).occurrences(), r.terms().get(t).occurrences());
            }
            assertEquals(first.biased().referenceWords(), r.biased().referenceWords());
        }
    }

    @Test
    void theFixtureCallAgreesWithBruteForceStretchByStretch() throws IOException {
        TermSet set = oracle();
        TermScorer scorer = new TermScorer(set);
        Path ref = TermFiles.testdata("terms-earnings21/reference.nlp");
        int stretches = 0;
        int occurrences = 0;
        for (String system : List.of("amazon", "google")) {
            Call c = call(ref, TermFiles.testdata("terms-earnings21/" + system + ".nlp"));
            UtteranceTerms whole = scorer.score("4386541", c.ref(), c.hyp(), c.alignment());
            occurrences += whole.occurrences().size();
            Set<String> keys = new HashSet<>();
            int maxKey = 0;
            for (Term t : set.terms()) {
                for (TermForm f : t.forms()) {
                    keys.add(f.key());
                    maxKey = Math.max(maxKey, f.key().length());
                }
            }
            List<String> gotOcc = new ArrayList<>();
            for (TermOccurrence o : whole.occurrences()) {
                gotOcc.add(o.term().index() + " " + o.referenceFrom() + " " + o.referenceTo() + " " + o.match().id() + " "
                        + o.hypothesisTokens());
            }
            List<String> gotFa = new ArrayList<>();
            for (FalseAlarm f : whole.falseAlarms()) {
                gotFa.add(f.term().index() + " " + f.hypothesisFrom() + " " + f.hypothesisTo());
            }
            List<String> wantOcc = new ArrayList<>();
            List<String> wantFa = new ArrayList<>();
            long[] b = new long[4];
            long[] u = new long[4];
            int size = c.alignment().size();
            int start = 0;
            int r = 0;
            int h = 0;
            int r0 = 0;
            int h0 = 0;
            for (int k = 0; k <= size; k++) {
                boolean cut = k == size || (k - start >= 80 && c.alignment().op(k) == EditOp.HIT
                        && !crossed(c.ref(), r, keys, maxKey) && !crossed(c.hyp(), h, keys, maxKey));
                if (cut) {
                    stretches++;
                    bruteForce(set, c, start, k, r0, r, h0, h, wantOcc, wantFa, b, u);
                    start = k;
                    r0 = r;
                    h0 = h;
                }
                if (k < size) {
                    EditOp op = c.alignment().op(k);
                    r += op.consumesReference() ? 1 : 0;
                    h += op.consumesHypothesis() ? 1 : 0;
                }
            }
            assertEquals(wantOcc, gotOcc, system);
            assertEquals(wantFa, gotFa, system);
            assertEquals(new Counts(b[0], b[1], b[2], b[3]), whole.biased(), system);
            assertEquals(new Counts(u[0], u[1], u[2], u[3]), whole.unbiased(), system);
        }
        assertTrue(stretches > 40, "stretches " + stretches);
        assertTrue(occurrences > 50, "occurrences " + occurrences);
    }

    /** True when some span across the boundary before {@code pos} joins to a key: a cut there could split an occurrence. */
    static boolean crossed(List<String> tokens, int pos, Set<String> keys, int maxKey) {
        for (int i = pos - 1; i >= 0 && pos - i <= maxKey; i--) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < tokens.size() && sb.length() <= maxKey; j++) {
                sb.append(tokens.get(j));
                if (j >= pos && keys.contains(sb.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The brute force on steps [k0, k1) (reference [r0, r1), hypothesis [h0, h1)), with only the terms that can occur there. */
    static void bruteForce(TermSet set, Call c, int k0, int k1, int r0, int r1, int h0, int h1, List<String> occ,
                           List<String> fa, long[] b, long[] u) {
        List<String> ref = c.ref().subList(r0, r1);
        List<String> hyp = c.hyp().subList(h0, h1);
        String text = String.join("", ref) + " " + String.join("", hyp);
        List<List<List<String>>> terms = new ArrayList<>();
        List<Integer> original = new ArrayList<>();
        for (Term t : set.terms()) {
            if (t.forms().stream().anyMatch(f -> text.contains(f.key()))) {
                terms.add(t.forms().stream().map(TermForm::tokens).toList());
                original.add(t.index());
            }
        }
        EditOp[] ops = new EditOp[k1 - k0];
        for (int k = k0; k < k1; k++) {
            ops[k - k0] = c.alignment().op(k);
        }
        BruteForceTerms.Result res = BruteForceTerms.score(terms, ref, hyp, Alignment.of(ops));
        for (int i = 0; i < res.occurrences().size(); i++) {
            int[] o = res.occurrences().get(i);
            occ.add(original.get(o[0]) + " " + (o[1] + r0) + " " + (o[2] + r0) + " " + res.classes().get(i) + " " + res.heard().get(i));
        }
        for (int[] f : res.falseAlarms()) {
            fa.add(original.get(f[0]) + " " + (f[1] + h0) + " " + (f[2] + h0));
        }
        for (int j = 0; j < 4; j++) {
            b[j] += res.biased()[j];
            u[j] += res.unbiased()[j];
        }
    }
}
