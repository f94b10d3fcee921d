package dev.werk.core.fstalign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands a reference into the network fstalign aligns against ({@code NlpFstLoader},
 * {@code SynonymEngine::ApplyToFst}), as a row of {@link Group}s:
 * <ul>
 *   <li>Tokens are lower-cased (fstalign's default, unless {@code --use-case}).</li>
 *   <li>Consecutive rows with the same {@code tags} label form one entity; its alternatives are the
 *       normalization file's candidates for the label's id, then the entity's own tokens (fstalign
 *       appends them as a candidate of probability 0; when the same id labels several spans, each
 *       span's tokens are a candidate of every span, as in fstalign).</li>
 *   <li>Synonym rules apply inside each stretch of plain tokens and inside each candidate (a rule
 *       never spans an entity boundary: fstalign's label arcs stop it). Overlapping matches form a
 *       region that every path crosses whole; it becomes the alternation of every word sequence
 *       fstalign's network accepts there (see {@link #exactRegion}).</li>
 * </ul>
 */
final class ReferenceGraph {
    private final Words words;
    private final Map<Integer, List<int[][]>> rulesByFirstWord = new HashMap<>();

    private ReferenceGraph(Words words, SynonymRules rules) {
        this.words = words;
        for (Map.Entry<List<String>, List<List<String>>> r : rules.rules().entrySet()) {
            int[][] rule = new int[1 + r.getValue().size()][];
            rule[0] = ids(r.getKey());
            for (int k = 0; k < r.getValue().size(); k++) {
                rule[k + 1] = ids(r.getValue().get(k));
            }
            rulesByFirstWord.computeIfAbsent(rule[0][0], x -> new ArrayList<>()).add(rule);
        }
    }

    /**
     * The groups of {@code ref}, with words interned in {@code words}; the rules are the given ones
     * plus those fstalign derives from every word of the reference, its candidates and {@code hyp}.
     */
    static List<Group> build(NlpReference ref, Normalizations norm, List<String> hyp, SynonymRules rules,
                             boolean cutoffs, boolean hyphens, boolean lowerCase, Words words) {
        List<Span> spans = spans(ref, norm, lowerCase);
        return new ReferenceGraph(words, effective(spans, hyp, rules, cutoffs, hyphens)).groups(spans);
    }

    /**
     * The rules fstalign applies for this pair, as in {@link #build}: each {@code {lhs, alternative...}}
     * as word ids of {@code words}.
     */
    static List<int[][]> rules(NlpReference ref, Normalizations norm, List<String> hyp, SynonymRules rules,
                               boolean cutoffs, boolean hyphens, boolean lowerCase, Words words) {
        ReferenceGraph g = new ReferenceGraph(words, effective(spans(ref, norm, lowerCase), hyp, rules, cutoffs, hyphens));
        List<int[][]> out = new ArrayList<>();
        g.rulesByFirstWord.values().forEach(out::addAll);
        return out;
    }

    /** Each entity's candidates as word ids of {@code words}, in the order of the ENTITY groups of {@link #build}. */
    static List<List<int[]>> entityCandidates(NlpReference ref, Normalizations norm, boolean lowerCase, Words words) {
        List<List<int[]>> out = new ArrayList<>();
        for (Span s : spans(ref, norm, lowerCase)) {
            if (s.candidates == null) {
                continue;
            }
            List<int[]> cands = new ArrayList<>(s.candidates.size());
            for (List<String> c : s.candidates) {
                int[] ids = new int[c.size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = words.intern(c.get(k));
                }
                cands.add(ids);
            }
            out.add(cands);
        }
        return out;
    }

    /** {@code rules} plus those fstalign derives from every word of the reference, its candidates and {@code hyp}. */
    private static SynonymRules effective(List<Span> spans, List<String> hyp, SynonymRules rules, boolean cutoffs,
                                          boolean hyphens) {
        if (!cutoffs && !hyphens) {
            return rules;
        }
        Set<String> symbols = new LinkedHashSet<>();
        for (Span s : spans) {
            if (s.candidates == null) {
                symbols.add(s.tokens.get(0));
            } else {
                for (List<String> c : s.candidates) {
                    symbols.addAll(c);
                }
            }
        }
        symbols.addAll(hyp);
        return rules.withGenerated(symbols, cutoffs, hyphens);
    }

    /** Lower-cases as fstalign does (ICU's root-locale lower-casing). */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A plain row or an entity's rows, before synonyms. */
    private record Span(int firstRow, List<String> tokens, List<List<String>> candidates, int best) {
    }

    private static List<Span> spans(NlpReference ref, Normalizations norm, boolean lowerCase) {
        List<RefRow> rows = ref.rows();
        List<Span> out = new ArrayList<>();
        Map<String, List<List<String>>> own = new LinkedHashMap<>();
        List<String> entityIds = new ArrayList<>();
        int k = 0;
        while (k < rows.size()) {
            RefRow r = rows.get(k);
            if (r.label().isEmpty()) {
                out.add(new Span(k, List.of(lowerCase ? lower(r.token()) : r.token()), null, 0));
                entityIds.add(null);
                k++;
                continue;
            }
            int end = k + 1;
            while (end < rows.size() && rows.get(end).label().equals(r.label())) {
                end++;
            }
            List<String> tokens = new ArrayList<>();
            for (int j = k; j < end; j++) {
                tokens.add(lowerCase ? lower(rows.get(j).token()) : rows.get(j).token());
            }
            own.computeIfAbsent(r.labelId(), x -> new ArrayList<>()).add(List.copyOf(tokens));
            out.add(new Span(k, List.copyOf(tokens), List.of(), 0));
            entityIds.add(r.labelId());
            k = end;
        }
        // every span of an id sees the candidates of the file, then the tokens of every span of that id
        for (int s = 0; s < out.size(); s++) {
            String id = entityIds.get(s);
            if (id == null) {
                continue;
            }
            List<List<String>> candidates = new ArrayList<>();
            int best = -1;
            double bestP = Double.NEGATIVE_INFINITY;
            for (Normalizations.Candidate c : norm.candidates(id)) {
                List<String> w = new ArrayList<>();
                for (String word : c.words()) {
                    w.add(lowerCase ? lower(word) : word);
                }
                if (c.probability() > bestP) {
                    bestP = c.probability();
                    best = candidates.size();
                }
                candidates.add(w);
            }
            candidates.addAll(own.get(id));
            Span sp = out.get(s);
            out.set(s, new Span(sp.firstRow, sp.tokens, candidates, best < 0 ? candidates.indexOf(sp.tokens) : best));
        }
        return out;
    }

    private List<Group> groups(List<Span> spans) {
        List<Group> out = new ArrayList<>();
        int k = 0;
        while (k < spans.size()) {
            Span s = spans.get(k);
            if (s.candidates != null) {
                List<Node.Seq> options = new ArrayList<>();
                for (List<String> c : s.candidates) {
                    int[] w = ids(c);
                    options.add(new Node.Seq(expand(w, 0, w.length)));
                }
                out.add(new Group(Group.Kind.ENTITY, s.firstRow, s.tokens.size(), new Node.Alt(options), ids(s.tokens),
                        ids(s.candidates.get(s.best))));
                k++;
                continue;
            }
            int end = k;
            while (end < spans.size() && spans.get(end).candidates == null) {
                end++;
            }
            int[] run = new int[end - k];
            for (int j = k; j < end; j++) {
                run[j - k] = words.intern(spans.get(j).tokens.get(0));
            }
            int rowBase = spans.get(k).firstRow;
            int i = 0;
            while (i < run.length) {
                int stop = regionEnd(run, i, run.length);
                if (stop == i) {
                    out.add(new Group(Group.Kind.PLAIN, rowBase + i, 1, new Node.Leaf(run[i]), new int[] {run[i]},
                            new int[] {run[i]}));
                    i++;
                } else {
                    int[] original = java.util.Arrays.copyOfRange(run, i, stop);
                    out.add(new Group(Group.Kind.SYNONYM, rowBase + i, stop - i, exactRegion(run, i, stop), original, original));
                    i = stop;
                }
            }
            k = end;
        }
        return out;
    }

    /** The nodes of {@code w[from..to)} with synonyms applied. */
    private List<Node> expand(int[] w, int from, int to) {
        List<Node> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = regionEnd(w, i, to);
            if (end == i) {
                out.add(new Node.Leaf(w[i]));
                i++;
            } else {
                out.add(exactRegion(w, i, end));
                i = end;
            }
        }
        return out;
    }

    /** Most word sequences a region is spelled out into; beyond, the nested approximation below. */
    static final int MAX_REGION_PATHS = 512;

    /**
     * Where the region starting at {@code from} ends: the smallest end such that no rule matching at
     * a position inside it runs past it ({@code from} itself when no rule matches there). Every path
     * of fstalign's network passes through both ends, so the region can be replaced by its paths.
     */
    private int regionEnd(int[] w, int from, int to) {
        int end = from + longestMatch(w, from, to);
        for (int p = from + 1; p < end; p++) {
            end = Math.max(end, p + longestMatch(w, p, to));
        }
        return end;
    }

    /**
     * The region {@code w[from..to)} as the alternation of every word sequence fstalign's network
     * accepts there: at each position the word itself, or the alternatives of a rule matching there
     * (rules match the written words only, not each other's alternatives). The written words come
     * first. Past {@value #MAX_REGION_PATHS} sequences, nested alternatives are used instead, which
     * cannot follow a rule that starts inside another's match and runs past it.
     */
    private Node exactRegion(int[] w, int from, int to) {
        Map<Integer, List<List<Integer>>> memo = new HashMap<>();
        List<List<Integer>> paths = paths(w, from, to, memo);
        if (paths == null) {
            return region(w, from, to);
        }
        List<Node.Seq> options = new ArrayList<>(paths.size());
        for (List<Integer> p : paths) {
            List<Node> leaves = new ArrayList<>(p.size());
            for (int word : p) {
                leaves.add(new Node.Leaf(word));
            }
            options.add(new Node.Seq(leaves));
        }
        return new Node.Alt(options);
    }

    private List<List<Integer>> paths(int[] w, int p, int to, Map<Integer, List<List<Integer>>> memo) {
        if (p == to) {
            return List.of(List.of());
        }
        if (memo.containsKey(p)) {
            return memo.get(p);
        }
        LinkedHashSet<List<Integer>> out = new LinkedHashSet<>();
        List<List<Integer>> rest = paths(w, p + 1, to, memo);
        if (rest == null) {
            return null;
        }
        for (List<Integer> r : rest) {
            List<Integer> s = new ArrayList<>(r.size() + 1);
            s.add(w[p]);
            s.addAll(r);
            out.add(s);
        }
        for (int[][] rule : rulesByFirstWord.getOrDefault(w[p], List.of())) {
            if (!matches(rule[0], w, p, to)) {
                continue;
            }
            List<List<Integer>> after = paths(w, p + rule[0].length, to, memo);
            if (after == null) {
                return null;
            }
            for (int a = 1; a < rule.length; a++) {
                for (List<Integer> r : after) {
                    List<Integer> s = new ArrayList<>(rule[a].length + r.size());
                    for (int x : rule[a]) {
                        s.add(x);
                    }
                    s.addAll(r);
                    out.add(s);
                }
            }
            if (out.size() > MAX_REGION_PATHS) {
                return null;
            }
        }
        List<List<Integer>> list = new ArrayList<>(out);
        memo.put(p, list);
        return list;
    }

    /** Nested alternatives of the region {@code w[from..to)} (the approximation for very large regions). */
    private Node.Alt region(int[] w, int from, int to) {
        List<Node.Seq> options = new ArrayList<>();
        List<Node> original = new ArrayList<>();
        original.add(new Node.Leaf(w[from]));
        original.addAll(expand(w, from + 1, to));
        options.add(new Node.Seq(original));
        for (int[][] rule : rulesByFirstWord.getOrDefault(w[from], List.of())) {
            int len = rule[0].length;
            if (from + len > to || !matches(rule[0], w, from, to)) {
                continue;
            }
            for (int a = 1; a < rule.length; a++) {
                List<Node> option = new ArrayList<>(Group.leaves(rule[a]));
                option.addAll(expand(w, from + len, to));
                options.add(new Node.Seq(option));
            }
        }
        return new Node.Alt(options);
    }

    private int longestMatch(int[] w, int from, int to) {
        int best = 0;
        for (int[][] rule : rulesByFirstWord.getOrDefault(w[from], List.of())) {
            if (rule[0].length > best && matches(rule[0], w, from, to)) {
                best = rule[0].length;
            }
        }
        return best;
    }

    private static boolean matches(int[] lhs, int[] w, int from, int to) {
        if (from + lhs.length > to) {
            return false;
        }
        for (int k = 0; k < lhs.length; k++) {
            if (w[from + k] != lhs[k]) {
                return false;
            }
        }
        return true;
    }

    private int[] ids(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = words.intern(tokens.get(k));
        }
        return out;
    }
}
