package dev.werk.core.fstalign;

import dev.werk.core.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tagged entity spans of an NLP reference, as {@code werk terms --entities} scores them (the
 * README's "Entities as terms"):
 * <ul>
 *   <li>A span is a maximal run of consecutive rows carrying the same id in the {@code wer_tags}
 *       column (the ids {@code werk score --fstalign} charges classes to); a reference without that
 *       column has the spans of its {@code tags} labels (consecutive rows with the same label, as
 *       fstalign groups entities). Spans may nest or overlap.</li>
 *   <li>Its class is the id's class as {@link Fstalign} finds it; a span without one is left out
 *       (counted, and named in a warning).</li>
 *   <li>Its alternatives are the word sequences fstalign's reference network accepts over its rows:
 *       every {@code tags} entity lying wholly inside it replaced by any of its alternatives (the
 *       normalization file's candidates of its id, then the tokens of each span of that id), plus
 *       the candidates of the span's own id; at most {@link #MAX_ALTERNATIVES}, in that order.</li>
 * </ul>
 * Word positions count the whitespace-separated words of the rows' tokens, as werk's NLP reader
 * reads them. Immutable.
 */
public final class EntitySpans {
    /** At most this many alternatives per span (Earnings-21's largest has 144). */
    public static final int MAX_ALTERNATIVES = 1024;

    /**
     * One entity span.
     *
     * @param id           the entity id
     * @param entityClass  its class
     * @param firstRow     index of its first row among the reference's rows
     * @param rowCount     its rows
     * @param wordFrom     its first word among the reference's words
     * @param wordTo       one past its last word
     * @param alternatives its accepted word sequences other than its rows as written (words joined by spaces)
     */
    public record Entity(String id, String entityClass, int firstRow, int rowCount, int wordFrom, int wordTo,
                         List<String> alternatives) {
        public Entity {
            alternatives = List.copyOf(alternatives);
        }
    }

    private final List<Entity> entities;
    private final int leftOut;
    private final int words;
    private final List<String> warnings;

    private EntitySpans(List<Entity> entities, int leftOut, int words, List<String> warnings) {
        this.entities = List.copyOf(entities);
        this.leftOut = leftOut;
        this.words = words;
        this.warnings = List.copyOf(warnings);
    }

    /** The entity spans of {@code ref}, with alternatives from {@code norm} and classes as {@link Fstalign} gives them. */
    public static EntitySpans of(NlpReference ref, Normalizations norm, EntityTypes types) {
        List<RefRow> rows = ref.rows();
        int[] wordAt = new int[rows.size() + 1];
        for (int r = 0; r < rows.size(); r++) {
            wordAt[r + 1] = wordAt[r] + Whitespace.split(rows.get(r).token()).size();
        }
        List<int[]> labelSpans = labelSpans(rows);
        Map<String, List<String>> labelAlternatives = labelAlternatives(rows, labelSpans, norm);
        Map<String, String> labelClass = Fstalign.labelClasses(ref);
        List<Entity> out = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        int leftOut = 0;
        for (Map.Entry<int[], String> span : spans(ref, labelSpans).entrySet()) {
            int a = span.getKey()[0];
            int b = span.getKey()[1];
            String id = span.getValue();
            String c = Fstalign.classOf(id, norm, types, labelClass);
            if (c == null || c.isBlank()) {
                unknown.add(id);
                leftOut++;
                continue;
            }
            out.add(new Entity(id, c, a, b - a, wordAt[a], wordAt[b],
                    alternatives(rows, a, b, id, labelSpans, labelAlternatives, norm)));
        }
        List<String> warnings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            warnings.add(Fstalign.unknownClassWarning(ref, types, new ArrayList<>(unknown)));
        }
        return new EntitySpans(out, leftOut, wordAt[rows.size()], warnings);
    }

    /** The spans, in order of their first row (then of their ids' first use). */
    public List<Entity> entities() {
        return entities;
    }

    /** Spans left out for want of a class. */
    public int leftOut() {
        return leftOut;
    }

    /** The reference's words, as werk's NLP reader counts them. */
    public int words() {
        return words;
    }

    /** Ids without a class, one warning for the file (or none). */
    public List<String> warnings() {
        return warnings;
    }

    /** [first, end) of each run of consecutive rows with the same non-empty {@code tags} label, in order. */
    static List<int[]> labelSpans(List<RefRow> rows) {
        List<int[]> out = new ArrayList<>();
        int k = 0;
        while (k < rows.size()) {
            String label = rows.get(k).label();
            if (label.isEmpty()) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < rows.size() && rows.get(end).label().equals(label)) {
                end++;
            }
            out.add(new int[] {k, end});
            k = end;
        }
        return out;
    }

    /** Each span [a, b) and its id, in order of first row. */
    private static Map<int[], String> spans(NlpReference ref, List<int[]> labelSpans) {
        List<RefRow> rows = ref.rows();
        Map<int[], String> out = new LinkedHashMap<>();
        if (!ref.hasWerTagsColumn()) {
            for (int[] s : labelSpans) {
                out.put(s, rows.get(s[0]).labelId());
            }
            return out;
        }
        Map<String, int[]> open = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (String id : rows.get(r).werTags()) {
                int[] run = open.get(id);
                if (run != null && run[1] == r) {
                    run[1] = r + 1;
                } else if (run == null || run[1] < r) {
                    run = new int[] {r, r + 1};
                    open.put(id, run);
                    out.put(run, id);
                }
            }
        }
        return out;
    }

    /** Per {@code tags} id: its candidates in the normalization file, then the tokens of each of its spans. */
    private static Map<String, List<String>> labelAlternatives(List<RefRow> rows, List<int[]> labelSpans, Normalizations norm) {
        Map<String, List<String>> own = new LinkedHashMap<>();
        for (int[] s : labelSpans) {
            own.computeIfAbsent(rows.get(s[0]).labelId(), x -> new ArrayList<>()).add(written(rows, s[0], s[1]));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        own.forEach((id, texts) -> {
            List<String> alts = new ArrayList<>();
            for (Normalizations.Candidate c : norm.candidates(id)) {
                alts.add(String.join(" ", c.words()));
            }
            alts.addAll(texts);
            out.put(id, alts);
        });
        return out;
    }

    private static String written(List<RefRow> rows, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int r = a; r < b; r++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(rows.get(r).token());
        }
        return sb.toString();
    }

    /** The alternatives of span [a, b) of id {@code id} (the rows as written excluded). */
    private static List<String> alternatives(List<RefRow> rows, int a, int b, String id, List<int[]> labelSpans,
                                             Map<String, List<String>> labelAlternatives, Normalizations norm) {
        // the span cut into pieces: rows as written, and tags entities lying wholly inside it
        List<List<String>> pieces = new ArrayList<>();
        int r = a;
        // label spans are disjoint and in order: start at the first that ends after a
        int lo = 0;
        int hi = labelSpans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (labelSpans.get(mid)[1] <= a) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int[] s : labelSpans.subList(lo, labelSpans.size())) {
            if (s[0] >= b) {
                break;
            }
            if (s[0] < a || s[1] > b) {
                continue; // straddles the span's edge: its rows stay as written
            }
            if (s[0] > r) {
                pieces.add(List.of(written(rows, r, s[0])));
            }
            List<String> options = new ArrayList<>();
            options.add(written(rows, s[0], s[1]));
            for (String alt : labelAlternatives.get(rows.get(s[0]).labelId())) {
                if (!options.contains(alt)) {
                    options.add(alt);
                }
            }
            pieces.add(options);
            r = s[1];
        }
        if (r < b) {
            pieces.add(List.of(written(rows, r, b)));
        }
        Set<String> out = new LinkedHashSet<>();
        String asWritten = written(rows, a, b);
        combine(pieces, 0, "", out, asWritten);
        for (Normalizations.Candidate c : norm.candidates(id)) {
            if (out.size() >= MAX_ALTERNATIVES) {
                break;
            }
            String alt = String.join(" ", c.words());
            if (!alt.equals(asWritten)) {
                out.add(alt);
            }
        }
        return new ArrayList<>(out);
    }

    /** Every choice of one option per piece, the earlier pieces varying slowest, up to the cap. */
    private static void combine(List<List<String>> pieces, int k, String prefix, Set<String> out, String asWritten) {
        if (out.size() >= MAX_ALTERNATIVES) {
            return;
        }
        if (k == pieces.size()) {
            String text = prefix.strip();
            if (!text.equals(asWritten)) {
                out.add(text);
            }
            return;
        }
        for (String option : pieces.get(k)) {
            combine(pieces, k + 1, option.isEmpty() ? prefix : prefix + " " + option, out, asWritten);
            if (out.size() >= MAX_ALTERNATIVES) {
                return;
            }
        }
    }
}
