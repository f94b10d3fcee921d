package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.CostModel;
import dev.werk.core.align.EditOp;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.metrics.Counts;
import dev.werk.core.terms.ReferenceEntities;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.TermOccurrence;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermStats;
import dev.werk.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code werk terms --entities} end to end (NLP file, normalization and wer_tag files, scoring,
 * entity spans, rule 2) against an oracle written from the README's "Entities as terms": it knows
 * the spans it planted, builds each span's accepted word sequences by brute force, and re-derives
 * correct / miss and B / U from werk's alignment step by step, without TermScorer.
 */
class EntityTermsRandomTest {
    private static final String[] ALPHABET = {"a", "b", "ab", "c", "A", "B", "a-b"};

    /** The normalisers tried, and the tokens each makes of one word (this test's own reading of them). */
    enum Norm {
        NONE, LOWER, SPLIT_HYPHENS, REMOVE_C;

        TextNormalizer normalizer() {
            return switch (this) {
                case NONE -> TextNormalizer.preset(TextNormalizer.NONE);
                case LOWER -> TextNormalizer.builder().add("lowercase").build();
                case SPLIT_HYPHENS -> TextNormalizer.builder().add("lowercase").add("split-hyphens").build();
                case REMOVE_C -> TextNormalizer.builder().add("remove-words", List.of("c")).build();
            };
        }

        List<String> tokens(String word) {
            return switch (this) {
                case NONE -> List.of(word);
                case LOWER -> List.of(word.toLowerCase(Locale.ROOT));
                case SPLIT_HYPHENS -> List.of(word.toLowerCase(Locale.ROOT).split("-"));
                case REMOVE_C -> word.equals("c") ? List.of() : List.of(word);
            };
        }

        List<String> tokens(List<String> words) {
            List<String> out = new ArrayList<>();
            for (String w : words) {
                out.addAll(tokens(w));
            }
            return out;
        }
    }

    @TempDir
    Path dir;

    /** A planted span: rows [from, to) and its id. */
    record Span(String id, int from, int to) {
    }

    /** A random reference: rows, label spans (id, class), wer_tags spans, candidates, classes. */
    static final class Case {
        final List<String> tokens = new ArrayList<>();
        final List<Span> labels = new ArrayList<>();
        final Map<String, String> labelClass = new LinkedHashMap<>();
        final List<Span> werSpans = new ArrayList<>();
        final Map<String, List<List<String>>> candidates = new LinkedHashMap<>();
        final Map<String, String> normClass = new LinkedHashMap<>();
        final Map<String, String> types = new LinkedHashMap<>();
        boolean withTypes;
        boolean werTagsColumn;
        final List<String> hyp = new ArrayList<>();
    }

    static String word(Random rnd) {
        return ALPHABET[rnd.nextInt(ALPHABET.length)];
    }

    static List<String> words(Random rnd, int min, int max) {
        int n = min + rnd.nextInt(max - min + 1);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(word(rnd));
        }
        return out;
    }

    static Case randomCase(Random rnd) {
        Case c = new Case();
        int n = 1 + rnd.nextInt(12);
        for (int k = 0; k < n; k++) {
            c.tokens.add(word(rnd));
        }
        String[] classes = {"YEAR", "CARDINAL", "ORG", "DATE"};
        // label spans: disjoint, never adjacent with the same id (they would be one span)
        int labelIds = 0;
        int r = 0;
        while (r < n) {
            if (rnd.nextInt(3) == 0) {
                int len = 1 + rnd.nextInt(Math.min(3, n - r));
                String id;
                if (labelIds > 0 && rnd.nextInt(4) == 0) {
                    id = "L" + rnd.nextInt(labelIds);
                    Span last = c.labels.get(c.labels.size() - 1);
                    if (last.id().equals(id) && last.to() == r) {
                        r++;
                        continue;
                    }
                } else {
                    id = "L" + labelIds++;
                    c.labelClass.put(id, classes[rnd.nextInt(classes.length)]);
                }
                c.labels.add(new Span(id, r, r + len));
                r += len;
            } else {
                r++;
            }
        }
        c.werTagsColumn = rnd.nextInt(5) != 0;
        Set<String> labelSeen = new LinkedHashSet<>();
        if (c.werTagsColumn) {
            for (Span s : c.labels) {
                if (labelSeen.add(s.id()) && rnd.nextInt(10) < 7 || c.werSpans.stream().anyMatch(w -> w.id().equals(s.id()))) {
                    c.werSpans.add(s);
                }
            }
            int extra = rnd.nextInt(4);
            for (int k = 0; k < extra; k++) {
                int a = rnd.nextInt(n);
                int b = a + 1 + rnd.nextInt(Math.min(5, n - a));
                c.werSpans.add(new Span("W" + k, a, b));
            }
        }
        Set<String> ids = new LinkedHashSet<>(c.labelClass.keySet());
        c.werSpans.forEach(s -> ids.add(s.id()));
        for (String id : ids) {
            if (rnd.nextInt(3) != 0) {
                List<List<String>> cands = new ArrayList<>();
                int k = rnd.nextInt(3);
                for (int j = 0; j < k; j++) {
                    cands.add(words(rnd, rnd.nextInt(6) == 0 ? 0 : 1, 3));
                }
                c.candidates.put(id, cands);
                if (rnd.nextBoolean()) {
                    c.normClass.put(id, classes[rnd.nextInt(classes.length)]);
                }
            }
        }
        c.withTypes = c.werTagsColumn && rnd.nextBoolean();
        if (c.withTypes) {
            for (String id : ids) {
                if (rnd.nextInt(6) != 0) {
                    c.types.put(id, classes[rnd.nextInt(classes.length)]);
                }
            }
        }
        // the hypothesis: random words with, now and then, an accepted form of a span planted
        c.hyp.addAll(rnd.nextInt(8) == 0 ? List.of() : words(rnd, 0, 12));
        List<Span> all = new ArrayList<>(c.werTagsColumn ? c.werSpans : c.labels);
        if (!all.isEmpty() && rnd.nextBoolean()) {
            for (int k = 0; k < 2; k++) {
                Span s = all.get(rnd.nextInt(all.size()));
                List<List<String>> forms = new ArrayList<>(forms(c, s, Norm.NONE));
                List<String> f = forms.get(rnd.nextInt(forms.size()));
                c.hyp.addAll(rnd.nextInt(c.hyp.size() + 1), f);
            }
        }
        return c;
    }

    /** The rule's accepted word sequences of span {@code s}, as written (own rows first), by brute force. */
    static Set<List<String>> forms(Case c, Span s, Norm norm) {
        Set<List<String>> out = new LinkedHashSet<>();
        out.add(new ArrayList<>(c.tokens.subList(s.from(), s.to())));
        // every choice for each label span lying wholly inside s
        List<Span> inside = new ArrayList<>();
        for (Span l : c.labels) {
            if (l.from() >= s.from() && l.to() <= s.to()) {
                inside.add(l);
            }
        }
        List<List<List<String>>> choices = new ArrayList<>();
        for (Span l : inside) {
            List<List<String>> alts = new ArrayList<>();
            alts.add(c.tokens.subList(l.from(), l.to()));
            alts.addAll(c.candidates.getOrDefault(l.id(), List.of()));
            for (Span same : c.labels) {
                if (same.id().equals(l.id())) {
                    alts.add(c.tokens.subList(same.from(), same.to()));
                }
            }
            choices.add(alts);
        }
        int total = 1;
        for (List<List<String>> ch : choices) {
            total *= ch.size();
        }
        for (int code = 0; code < total; code++) {
            List<String> seq = new ArrayList<>();
            int rest = code;
            int pos = s.from();
            for (int i = 0; i < inside.size(); i++) {
                List<List<String>> ch = choices.get(i);
                int pick = rest % ch.size();
                rest /= ch.size();
                Span l = inside.get(i);
                seq.addAll(c.tokens.subList(pos, l.from()));
                seq.addAll(ch.get(pick));
                pos = l.to();
            }
            seq.addAll(c.tokens.subList(pos, s.to()));
            out.add(seq);
        }
        out.addAll(c.candidates.getOrDefault(s.id(), List.of()));
        Set<List<String>> normalised = new LinkedHashSet<>();
        for (List<String> f : out) {
            List<String> g = norm.tokens(f);
            if (!g.isEmpty()) {
                normalised.add(g);
            }
        }
        return normalised;
    }

    /** The class of a span's id, as the rule gives it, or null (left out). */
    static String classOf(Case c, String id) {
        if (c.withTypes) {
            return c.types.get(id);
        }
        String k = c.normClass.get(id);
        return k != null ? k : c.labelClass.get(id);
    }

    /** What the oracle expects of one occurrence. */
    record Expected(String id, String cls, int from, int to, String match, List<String> heard) {
    }

    /** The oracle: rule 2 and rule 5 on werk's alignment, step by step. */
    static List<Expected> oracle(Case c, List<String> ref, List<String> hyp, Alignment al, Norm norm, long[] b, long[] u,
                                 Map<String, long[]> perClass) {
        // the tokens of each row, by this test's reading of the normaliser
        int[] start = new int[c.tokens.size() + 1];
        List<String> mine = new ArrayList<>();
        for (int r = 0; r < c.tokens.size(); r++) {
            mine.addAll(norm.tokens(c.tokens.get(r)));
            start[r + 1] = mine.size();
        }
        assertEquals(mine, ref, "the reference tokens");
        List<Span> spans = new ArrayList<>(c.werTagsColumn ? c.werSpans : c.labels);
        // spans of the same id that touch are one run; the generator plants none
        List<Span> scored = new ArrayList<>();
        for (Span s : spans) {
            if (classOf(c, s.id()) != null && start[s.to()] > start[s.from()]) {
                scored.add(s);
            }
        }
        List<Span> order = new ArrayList<>(scored);
        order.sort(Comparator.comparingInt((Span s) -> start[s.from()]).thenComparing(s -> -start[s.to()])
                .thenComparingInt(Span::from));
        int steps = al.size();
        int[] refAt = new int[steps];
        int[] hypAt = new int[steps];
        int rr = 0;
        int hh = 0;
        for (int k = 0; k < steps; k++) {
            EditOp op = al.op(k);
            refAt[k] = op.consumesReference() ? rr++ : -1;
            hypAt[k] = op.consumesHypothesis() ? hh++ : -1;
        }
        List<int[]> claimedRuns = new ArrayList<>(); // {p, q, spanFrom, spanTo}
        boolean[] hypB = new boolean[hyp.size()];
        List<Set<String>> hypClasses = new ArrayList<>();
        for (int h = 0; h < hyp.size(); h++) {
            hypClasses.add(new LinkedHashSet<>());
        }
        List<Expected> out = new ArrayList<>();
        for (Span s : order) {
            int ta = start[s.from()];
            int tb = start[s.to()];
            int k0 = -1;
            int k1 = -1;
            for (int k = 0; k < steps; k++) {
                if (refAt[k] == ta) {
                    k0 = k;
                }
                if (refAt[k] == tb - 1) {
                    k1 = k;
                }
            }
            int w0 = k0;
            while (w0 > 0 && al.op(w0 - 1) != EditOp.HIT) {
                w0--;
            }
            int w1 = k1;
            while (w1 < steps - 1 && al.op(w1 + 1) != EditOp.HIT) {
                w1++;
            }
            List<Integer> window = new ArrayList<>();
            List<String> core = new ArrayList<>();
            for (int k = w0; k <= w1; k++) {
                if (hypAt[k] >= 0) {
                    window.add(hypAt[k]);
                    if (k >= k0 && k <= k1) {
                        core.add(hyp.get(hypAt[k]));
                        if (al.op(k) == EditOp.INSERTION) {
                            hypB[hypAt[k]] = true;
                            hypClasses.get(hypAt[k]).add(classOf(c, s.id()));
                        }
                    }
                }
            }
            Set<List<String>> forms = forms(c, s, norm);
            List<String> own = new ArrayList<>(ref.subList(ta, tb));
            forms.add(own);
            Set<String> keys = new LinkedHashSet<>();
            for (List<String> f : forms) {
                keys.add(String.join("", f));
            }
            int[] found = null;
            if (!window.isEmpty()) {
                int h0 = window.get(0);
                int h1 = window.get(window.size() - 1) + 1;
                search:
                for (int p = h0; p < h1; p++) {
                    for (int q = p + 1; q <= h1; q++) {
                        boolean free = true;
                        for (int[] cl : claimedRuns) {
                            boolean disjoint = cl[3] <= ta || cl[2] >= tb;
                            if (disjoint && cl[0] < q && p < cl[1]) {
                                free = false;
                            }
                        }
                        if (free && keys.contains(String.join("", hyp.subList(p, q)))) {
                            found = new int[] {p, q};
                            break search;
                        }
                    }
                }
            }
            String cls = classOf(c, s.id());
            if (found == null) {
                out.add(new Expected(s.id(), cls, ta, tb, "miss", core));
            } else {
                List<String> run = hyp.subList(found[0], found[1]);
                String match = run.equals(own) ? "exact" : forms.contains(run) ? "variant" : "split-merge";
                claimedRuns.add(new int[] {found[0], found[1], ta, tb});
                for (int p = found[0]; p < found[1]; p++) {
                    hypB[p] = true;
                    hypClasses.get(p).add(cls);
                }
                out.add(new Expected(s.id(), cls, ta, tb, match, new ArrayList<>(run)));
            }
        }
        boolean[] refB = new boolean[ref.size()];
        List<Set<String>> refClasses = new ArrayList<>();
        for (int r = 0; r < ref.size(); r++) {
            refClasses.add(new LinkedHashSet<>());
        }
        for (Span s : scored) {
            for (int r = start[s.from()]; r < start[s.to()]; r++) {
                refB[r] = true;
                refClasses.get(r).add(classOf(c, s.id()));
            }
        }
        for (int k = 0; k < steps; k++) {
            EditOp op = al.op(k);
            boolean biased = op == EditOp.INSERTION ? hypB[hypAt[k]] : refB[refAt[k]];
            (biased ? b : u)[op.ordinal()]++;
            for (String cls : op == EditOp.INSERTION ? hypClasses.get(hypAt[k]) : refClasses.get(refAt[k])) {
                perClass.computeIfAbsent(cls, x -> new long[4])[op.ordinal()]++;
            }
        }
        return out;
    }

    /** Writes the case as an NLP reference, an NLP hypothesis and the side files. */
    Path[] write(Case c, int n) throws IOException {
        StringBuilder nlp = new StringBuilder(c.werTagsColumn ? "token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n"
                : "token|speaker|ts|endTs|punctuation|case|tags\n");
        for (int r = 0; r < c.tokens.size(); r++) {
            String label = "";
            for (Span l : c.labels) {
                if (r >= l.from() && r < l.to()) {
                    label = "'" + l.id() + ":" + c.labelClass.get(l.id()) + "'";
                }
            }
            List<String> wer = new ArrayList<>();
            for (Span s : c.werSpans) {
                if (r >= s.from() && r < s.to() && !wer.contains("'" + s.id() + "'")) {
                    wer.add("'" + s.id() + "'");
                }
            }
            nlp.append(c.tokens.get(r)).append("|1||||LC|[").append(label).append("]");
            if (c.werTagsColumn) {
                nlp.append("|[").append(String.join(", ", wer)).append("]");
            }
            nlp.append('\n');
        }
        Path ref = dir.resolve("ref" + n + ".nlp");
        Files.writeString(ref, nlp);
        StringBuilder h = new StringBuilder("token|speaker\n");
        for (String w : c.hyp) {
            h.append(w).append("|1\n");
        }
        Path hyp = dir.resolve("hyp" + n + ".nlp");
        Files.writeString(hyp, h);
        Path norm = null;
        if (!c.candidates.isEmpty() || rnd(n)) {
            StringBuilder j = new StringBuilder("{");
            String sep = "";
            for (Map.Entry<String, List<List<String>>> e : c.candidates.entrySet()) {
                j.append(sep).append('"').append(e.getKey()).append("\": {\"candidates\": [");
                String s2 = "";
                for (List<String> cand : e.getValue()) {
                    j.append(s2).append("{\"probability\": 0.5, \"verbalization\": [");
                    String s3 = "";
                    for (String w : cand) {
                        j.append(s3).append('"').append(w).append('"');
                        s3 = ", ";
                    }
                    j.append("]}");
                    s2 = ", ";
                }
                j.append("]");
                if (c.normClass.containsKey(e.getKey())) {
                    j.append(", \"class\": \"").append(c.normClass.get(e.getKey())).append('"');
                }
                j.append('}');
                sep = ",\n";
            }
            j.append("}\n");
            norm = dir.resolve("ref" + n + ".norm.json");
            Files.writeString(norm, j);
        }
        Path tags = null;
        if (c.withTypes) {
            StringBuilder j = new StringBuilder("{");
            String sep = "";
            for (Map.Entry<String, String> e : c.types.entrySet()) {
                j.append(sep).append('"').append(e.getKey()).append("\": {\"entity_type\": \"").append(e.getValue()).append("\"}");
                sep = ", ";
            }
            j.append("}\n");
            tags = dir.resolve("ref" + n + ".wer_tag.json");
            Files.writeString(tags, j);
        }
        return new Path[] {ref, hyp, norm, tags};
    }

    private static boolean rnd(int n) {
        return n % 2 == 0;
    }

    @Test
    void agreesWithTheOracleOnRandomReferences() throws IOException {
        Random rnd = new Random(20261201L);
        int occurrences = 0;
        long emptySeen = 0;
        Map<String, Integer> seen = new TreeMap<>();
        for (int n = 0; n < 1500; n++) {
            Case c = randomCase(rnd);
            Norm norm = Norm.values()[rnd.nextInt(Norm.values().length)];
            CostModel cost = rnd.nextBoolean() ? CostModel.LEVENSHTEIN : CostModel.SCLITE;
            Path[] files = write(c, n);
            ScoreOptions options = ScoreOptions.defaults().withCost(cost).withOffsets(n % 3 == 0)
                    .withNormalizer(norm.normalizer());
            SystemsScore scored = Scorer.scoreSystems(TranscriptReader.read(files[0], TranscriptFormat.NLP),
                    List.of(new NamedTranscript("sys", TranscriptReader.read(files[1], TranscriptFormat.NLP))),
                    new Pairing.Rules(false, false), options);
            ReferenceEntities e = FstalignEntities.read(scored, files[0], null, files[2], files[3]);
            SystemTerms t = SystemTerms.scoreEntities(scored, e, true);
            UtteranceScore u = scored.systems().get(0).utterances().get(0);
            long[] b = new long[4];
            long[] un = new long[4];
            Map<String, long[]> wantCounts = new TreeMap<>();
            List<Expected> want = oracle(c, u.referenceTokens(), u.hypothesisTokens(), u.alignment(), norm, b, un, wantCounts);
            TermReport r = t.reports().get(0);
            List<Expected> got = new ArrayList<>();
            for (TermReport.OccurrenceDetail d : r.details()) {
                TermOccurrence o = d.occurrence();
                got.add(new Expected(d.entity(), o.term().written(), o.referenceFrom(), o.referenceTo(), o.match().id(),
                        o.hypothesisTokens()));
            }
            String where = "case " + n + ": ref " + c.tokens + " labels " + c.labels + " wer " + c.werSpans + " cands "
                    + c.candidates + " hyp " + c.hyp + " " + norm + " " + cost;
            assertEquals(want, got, where);
            assertEquals(new Counts(b[0], b[1], b[2], b[3]), r.biased(), where);
            assertEquals(new Counts(un[0], un[1], un[2], un[3]), r.unbiased(), where);
            assertEquals(u.alignment().counts(), r.biased().plus(r.unbiased()), where);
            // invariants: per class, occurrences = spans of that class; correct <= occurrences
            Map<String, Long> perClass = new TreeMap<>();
            for (Span s : c.werTagsColumn ? c.werSpans : c.labels) {
                if (classOf(c, s.id()) != null) {
                    perClass.put(classOf(c, s.id()), 0L); // a class of entities all left empty is a row of zeros
                }
            }
            for (Expected x : want) {
                perClass.merge(x.cls(), 1L, Long::sum);
                seen.merge(x.match(), 1, Integer::sum);
            }
            Map<String, String> gotCounts = new TreeMap<>();
            for (int k = 0; k < r.terms().size(); k++) {
                Counts mine = t.classCounts(0).get(k);
                if (mine.referenceWords() + mine.insertions() > 0) {
                    gotCounts.put(r.terms().get(k).term(), mine.toString());
                }
            }
            Map<String, String> wantText = new TreeMap<>();
            wantCounts.forEach((k, v) -> wantText.put(k, new Counts(v[0], v[1], v[2], v[3]).toString()));
            assertEquals(wantText, gotCounts, where);
            Map<String, Long> gotClass = new TreeMap<>();
            for (TermStats s : r.terms()) {
                gotClass.put(s.term(), s.occurrences());
                assertTrue(s.correct() <= s.occurrences(), where);
                assertEquals(s.occurrences(), s.correct() + s.misses(), where);
            }
            assertEquals(perClass, gotClass, where);
            assertEquals(want.size(), r.pooled().occurrences(), where);
            long empty = 0;
            long leftOut = 0;
            for (Span s : c.werTagsColumn ? c.werSpans : c.labels) {
                if (classOf(c, s.id()) == null) {
                    leftOut++;
                } else if (norm.tokens(c.tokens.subList(s.from(), s.to())).isEmpty()) {
                    empty++;
                }
            }
            assertEquals(empty, t.emptyEntities(), where);
            assertEquals(leftOut, e.leftOut(), where);
            emptySeen += empty;
            occurrences += want.size();
        }
        assertTrue(occurrences > 2000, "occurrences " + occurrences);
        assertTrue(emptySeen > 20, "entities left with no token " + emptySeen);
        for (String m : List.of("exact", "variant", "split-merge", "miss")) {
            assertTrue(seen.getOrDefault(m, 0) > 50, m + ": " + seen);
        }
    }
}
