package dev.werk.core.terms;

import dev.werk.core.TokenSource;
import dev.werk.core.UtteranceScore;
import dev.werk.core.text.NormalizedText;
import dev.werk.core.text.Span;
import dev.werk.core.text.TextNormalizer;
import dev.werk.core.text.Whitespace;
import dev.werk.core.text.WordSpans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One reference utterance's entities as occurrences of its normalised tokens: each entity's words
 * become the tokens whose sources touch them, its forms its own tokens and its alternatives
 * normalised as the transcripts were. Ordered by first token, the longer (enclosing) span first.
 *
 * @param tokens the reference tokens these positions refer to
 * @param given  the occurrences, in matching order
 * @param ids    each occurrence's entity id, in the same order
 * @param empty  entities left out: none of their words is left after normalisation
 */
record EntityOccurrences(List<String> tokens, List<TermScorer.Given> given, List<String> ids, int empty) {

    static EntityOccurrences of(UtteranceScore u, List<EntitySpan> spans, Map<String, Term> classes,
                                TextNormalizer normalizer) {
        List<String> ref = u.referenceTokens();
        if (spans.isEmpty()) {
            return new EntityOccurrences(ref, List.of(), List.of(), 0);
        }
        int[][] sources = sources(u, normalizer);
        int words = 0;
        for (EntitySpan e : spans) {
            words = Math.max(words, e.wordTo());
        }
        for (int[] src : sources) {
            words = Math.max(words, src[1]);
        }
        int[] first = new int[words];
        int[] last = new int[words];
        Arrays.fill(first, -1);
        Arrays.fill(last, -1);
        for (int k = 0; k < sources.length; k++) {
            for (int w = sources[k][0]; w < sources[k][1]; w++) {
                if (first[w] < 0) {
                    first[w] = k;
                }
                last[w] = k;
            }
        }
        record Item(TermScorer.Given given, String id, int order) {
        }
        List<Item> items = new ArrayList<>();
        int empty = 0;
        for (EntitySpan e : spans) {
            int a = Integer.MAX_VALUE;
            int b = -1;
            for (int w = e.wordFrom(); w < e.wordTo(); w++) {
                if (first[w] >= 0) {
                    a = Math.min(a, first[w]);
                    b = Math.max(b, last[w]);
                }
            }
            if (b < 0) {
                empty++;
                continue;
            }
            List<String> own = ref.subList(a, b + 1);
            List<TermForm> forms = new ArrayList<>();
            forms.add(new TermForm(String.join(" ", own), own, String.join("", own)));
            for (String alt : e.alternatives()) {
                List<String> t = Whitespace.split(normalizer == null ? alt : normalizer.normalize(alt));
                if (!t.isEmpty() && forms.stream().noneMatch(f -> f.tokens().equals(t))) {
                    forms.add(new TermForm(alt, t, String.join("", t)));
                }
            }
            TreeSet<String> keys = new TreeSet<>();
            for (TermForm f : forms) {
                keys.add(f.key());
            }
            Term formsOf = new Term(0, e.id(), 0, forms);
            items.add(new Item(new TermScorer.Given(classes.get(e.entityClass()), a, b + 1, formsOf,
                    keys.toArray(new String[0])), e.id(), items.size()));
        }
        items.sort(Comparator.comparingInt((Item i) -> i.given().from()).thenComparing(i -> -i.given().to())
                .thenComparingInt(Item::order));
        List<TermScorer.Given> given = new ArrayList<>(items.size());
        List<String> ids = new ArrayList<>(items.size());
        for (Item i : items) {
            given.add(i.given());
            ids.add(i.id());
        }
        return new EntityOccurrences(ref, given, ids, empty);
    }

    /**
     * The source words [from, to) of each reference token: from the score when it kept them
     * ({@link dev.werk.core.ScoreOptions#withOffsets}), else from the normaliser's offsets on the
     * reference as read (the same tokens, as {@code normalizeWithOffsets} promises), else, without
     * a normaliser, token k is word k.
     */
    private static int[][] sources(UtteranceScore u, TextNormalizer normalizer) {
        List<String> ref = u.referenceTokens();
        int[][] out = new int[ref.size()][];
        if (!ref.isEmpty() && u.referenceSource(0) != null) {
            for (int k = 0; k < out.length; k++) {
                TokenSource src = u.referenceSource(k);
                out[k] = new int[] {src.wordFrom(), src.wordTo()};
            }
            return out;
        }
        String raw = u.reference().text();
        if (normalizer == null || normalizer.steps().isEmpty()) {
            if (Whitespace.split(raw).size() != out.length) {
                throw new IllegalArgumentException("utterance " + u.id() + ": its words are not its tokens (sclite markup?)");
            }
            for (int k = 0; k < out.length; k++) {
                out[k] = new int[] {k, k + 1};
            }
            return out;
        }
        NormalizedText offsets = normalizer.normalizeWithOffsets(raw);
        if (!offsets.tokens().equals(ref)) {
            throw new IllegalArgumentException("utterance " + u.id() + ": the normaliser's offsets give other tokens than the score");
        }
        WordSpans words = offsets.rawWords();
        for (int k = 0; k < out.length; k++) {
            Span touched = words.wordsTouching(offsets.source(k));
            out[k] = new int[] {touched.start(), touched.end()};
        }
        return out;
    }
}
