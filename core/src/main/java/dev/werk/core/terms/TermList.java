package dev.werk.core.terms;

import dev.werk.core.io.WerkDataException;
import dev.werk.core.text.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A term list as read, before normalisation: terms with their accepted variants and, for
 * per-utterance lists, which terms apply to which utterance. {@link #compile} normalises it into
 * the {@link TermSet} the scorer uses.
 */
public final class TermList {
    /**
     * One term and its variants as written.
     *
     * @param term     the term as written (what reports show)
     * @param variants other accepted written forms, possibly empty
     * @param line     the 1-based line it came from (0 for in-memory lists)
     */
    public record Entry(String term, List<String> variants, long line) {
        public Entry {
            variants = List.copyOf(variants);
        }
    }

    /**
     * The terms of one utterance in a per-utterance list.
     *
     * @param utteranceId the utterance id as the reference names it
     * @param terms       its terms as written
     * @param line        the 1-based line
     */
    public record UtteranceEntry(String utteranceId, List<String> terms, long line) {
        public UtteranceEntry {
            terms = List.copyOf(terms);
        }
    }

    private final Path source;
    private final TermListFormat format;
    private final List<Entry> entries;
    private final List<UtteranceEntry> utterances;

    TermList(Path source, TermListFormat format, List<Entry> entries, List<UtteranceEntry> utterances) {
        this.source = source;
        this.format = format;
        this.entries = List.copyOf(entries);
        this.utterances = List.copyOf(utterances);
    }

    /** An in-memory list of terms without variants, applying to every utterance. */
    public static TermList of(List<String> terms) {
        List<Entry> e = new ArrayList<>();
        for (String t : terms) {
            e.add(new Entry(t, List.of(), 0));
        }
        return new TermList(null, TermListFormat.PLAIN, e, List.of());
    }

    /** An in-memory list of terms with variants, applying to every utterance. */
    public static TermList ofEntries(List<Entry> entries) {
        return new TermList(null, TermListFormat.PLAIN, entries, List.of());
    }

    /** The file it was read from, or null. */
    public Path source() {
        return source;
    }

    /** The layout it was read in. */
    public TermListFormat format() {
        return format;
    }

    /** The terms in list order (for a per-utterance list: every distinct term, first-seen order). */
    public List<Entry> entries() {
        return entries;
    }

    /** Per-utterance lists in file order; empty for a list that applies to every utterance. */
    public List<UtteranceEntry> utterances() {
        return utterances;
    }

    /**
     * Normalises every term and variant with {@code normalizer} (the one the transcripts pass
     * through). Entries written identically are one term (their variants are pooled); forms with
     * the same tokens are one form.
     *
     * @throws WerkDataException naming the file and line of an empty list, or of a term or variant
     *                           that normalises to nothing
     */
    public TermSet compile(TextNormalizer normalizer) {
        if (entries.isEmpty()) {
            throw new WerkDataException(source, 1, "the term list holds no term (only blank or comment lines)");
        }
        Map<String, Builder> byWritten = new LinkedHashMap<>();
        for (Entry e : entries) {
            Builder b = byWritten.computeIfAbsent(e.term(), w -> new Builder(w, e.line()));
            if (b.forms.isEmpty()) {
                b.addForm(e.term(), normalizer, e.line(), null);
            }
            for (String v : e.variants()) {
                b.addForm(v, normalizer, e.line(), e.term());
            }
        }
        List<Term> terms = new ArrayList<>(byWritten.size());
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        for (Builder b : byWritten.values()) {
            indexOf.put(b.written, terms.size());
            terms.add(new Term(terms.size(), b.written, b.line, b.forms));
        }
        if (utterances.isEmpty()) {
            return new TermSet(source, format, normalizer.name(), terms, null);
        }
        Map<String, TermSet.Selection> selections = new LinkedHashMap<>();
        for (UtteranceEntry u : utterances) {
            BitSet bits = new BitSet(terms.size());
            for (String t : u.terms()) {
                bits.set(indexOf.get(t));
            }
            TermSet.Selection previous = selections.put(u.utteranceId(), new TermSet.Selection(bits, u.line()));
            if (previous != null) {
                throw new WerkDataException(source, u.line(), "utterance id '" + u.utteranceId()
                        + "' is listed twice (first on line " + previous.line() + ")");
            }
        }
        return new TermSet(source, format, normalizer.name(), terms, selections);
    }

    private final class Builder {
        final String written;
        final long line;
        final List<TermForm> forms = new ArrayList<>();

        Builder(String written, long line) {
            this.written = written;
            this.line = line;
        }

        void addForm(String text, TextNormalizer normalizer, long at, String variantOf) {
            TermForm f = TermForm.of(text, normalizer.normalize(text));
            if (f == null) {
                String what = variantOf == null ? "term '" + text + "'" : "variant '" + text + "' of term '" + variantOf + "'";
                throw new WerkDataException(source, at, what + " normalises to nothing with the '" + normalizer.name()
                        + "' normaliser");
            }
            for (TermForm g : forms) {
                if (g.tokens().equals(f.tokens())) {
                    return;
                }
            }
            forms.add(f);
        }
    }
}
