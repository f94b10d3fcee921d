package dev.werk.core.terms;

import java.util.List;

/**
 * One term of a list: how the list writes it and its accepted forms after normalisation. The
 * first form is the term's own; the others are its variants (a CSV list's further columns, a
 * Transcribe table's Phrase read as words).
 *
 * @param index   the 0-based position in the list; earlier terms win ties (rule 1)
 * @param written the term as written in the list
 * @param line    the 1-based line of the list that first gave it
 * @param forms   its own form first, then its variants; distinct, never empty, unmodifiable
 */
public record Term(int index, String written, long line, List<TermForm> forms) {

    public Term {
        forms = List.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("term '" + written + "' has no form");
        }
    }

    /** The term's own form (the first). */
    public TermForm ownForm() {
        return forms.get(0);
    }
}
