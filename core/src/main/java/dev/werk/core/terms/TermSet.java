package dev.werk.core.terms;

import dev.werk.core.io.WerkDataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A normalised term list, ready to score: the terms in list order, indexed by key, and for a
 * per-utterance list the terms that apply to each utterance. Immutable and thread-safe. Made by
 * {@link TermList#compile}.
 */
public final class TermSet {
    /** The terms of one utterance of a per-utterance list, and the line that gave them. */
    record Selection(BitSet terms, long line) {
    }

    private final Path source;
    private final TermListFormat format;
    private final String normalizer;
    private final List<Term> terms;
    private final Map<String, Selection> selections;
    private final TermIndex index;
    private final String[][] keys;

    TermSet(Path source, TermListFormat format, String normalizer, List<Term> terms, Map<String, Selection> selections) {
        this.source = source;
        this.format = format;
        this.normalizer = normalizer;
        this.terms = List.copyOf(terms);
        this.selections = selections;
        this.index = new TermIndex(this.terms);
        this.keys = new String[this.terms.size()][];
        for (Term t : this.terms) {
            List<String> distinct = new ArrayList<>();
            for (TermForm f : t.forms()) {
                if (!distinct.contains(f.key())) {
                    distinct.add(f.key());
                }
            }
            keys[t.index()] = distinct.toArray(new String[0]);
        }
    }

    /** The terms, in list order ({@link Term#index()} is the position here). */
    public List<Term> terms() {
        return terms;
    }

    /** The file the list was read from, or null. */
    public Path source() {
        return source;
    }

    /** The layout of that file. */
    public TermListFormat format() {
        return format;
    }

    /** The name of the normaliser the terms were normalised with. */
    public String normalizer() {
        return normalizer;
    }

    /** True when each utterance has its own terms (utterances not listed have none). */
    public boolean perUtterance() {
        return selections != null;
    }

    /**
     * Checks that every utterance of a per-utterance list is one of {@code referenceIds}.
     *
     * @throws WerkDataException naming the list's file and the line of the first utterance id
     *                           that the reference does not have
     */
    public void checkUtterances(Collection<String> referenceIds) {
        if (selections == null) {
            return;
        }
        Set<String> known = referenceIds instanceof Set<String> s ? s : new HashSet<>(referenceIds);
        for (Map.Entry<String, Selection> e : selections.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new WerkDataException(source, e.getValue().line(), "utterance id '" + e.getKey()
                        + "' is not in the reference");
            }
        }
    }

    /** The terms that apply to utterance {@code id}: null for all, an empty set for an unlisted utterance. */
    BitSet selection(String id) {
        if (selections == null) {
            return null;
        }
        Selection s = selections.get(id);
        return s == null ? new BitSet() : s.terms();
    }

    TermIndex index() {
        return index;
    }

    /** The distinct keys of term {@code t}'s forms, its own form's first. */
    String[] keys(int t) {
        return keys[t];
    }
}
