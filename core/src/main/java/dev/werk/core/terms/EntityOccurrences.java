package dev.werk.core.terms;

import dev.werk.core.TokenSource;
import dev.werk.core.UtteranceScore;
import dev.werk.core.text.TextNormalizer;
import dev.werk.core.text.Whitespace;
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
        int words = 0;
        for (EntitySpan e : spans) {
            words = Math.max(words, e.wordTo());
        }
        for (int k = 0; k < ref.size(); k++) {
            TokenSource src = u.referenceSource(k);
            if (src == null) {
                throw new IllegalArgumentException("utterance " + u.id() + ": entities need the reference tokens' sources "
                        + "(score with offsets, without sclite markup)");
            }
            words = Math.max(words, src.wordTo());
        }
        int[] first = new int[words];
        int[] last = new int[words];
        Arrays.fill(first, -1);
        Arrays.fill(last, -1);
        for (int k = 0; k < ref.size(); k++) {
            TokenSource src = u.referenceSource(k);
            for (int w = src.wordFrom(); w < src.wordTo(); w++) {
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
}
