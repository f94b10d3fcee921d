package dev.werk.core;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.UtterancePair;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.markup.MarkupAligner;
import dev.werk.core.markup.MarkupAlignment;
import dev.werk.core.markup.MarkupException;
import dev.werk.core.markup.WordNetwork;

/**
 * Scores the utterances whose text carries sclite trn markup: reads each side that comes from a
 * format with markup as a word network and aligns the two networks with sclite's network program;
 * a pair whose networks turn out to be plain rows of words goes to the ordinary aligner. Utterances
 * without any markup are left to the caller.
 */
final class MarkupScoring {
    /** The tokens of the path taken and its alignment. */
    record Aligned(String[] reference, String[] hypothesis, Alignment alignment) {
    }

    private final MarkupAligner markup;
    private final boolean interpret;
    private final boolean characters;

    MarkupScoring(ScoreOptions options) {
        ScoreOptions.Markup m = options.markup();
        this.markup = new MarkupAligner(options.cost(), m.optionalDeletable(), m.fragments());
        this.interpret = m.interpret();
        this.characters = options.unit() == ScoringUnit.CHAR;
    }

    /** True when {@code text} from {@code source} may hold markup this scorer interprets. */
    boolean applies(Pairing.Source source, String text) {
        return interpret && source.format().carriesScliteMarkup() && markup.mayContainMarkup(text);
    }

    /**
     * The alignment of {@code p} given its normalised texts, when either holds markup to interpret
     * ({@code refMarkup}/{@code hypMarkup} from {@link #applies}); null when the markup turns out to
     * change nothing under character scoring (the caller then scores the texts as plain text).
     *
     * @throws WerkDataException for malformed markup, naming the file and line, and for markup
     *                           under character scoring, which it does not support
     */
    Aligned score(UtterancePair p, String refText, boolean refMarkup, String hypText, boolean hypMarkup,
                  Pairing.Source refSource, Pairing.Source hypSource, Vocabulary vocabulary, Aligner aligner) {
        WordNetwork ref = refMarkup ? read(refText, p, true, refSource, hypSource) : markup.literal(refText);
        WordNetwork hyp = hypMarkup ? read(hypText, p, false, refSource, hypSource) : markup.literal(hypText);
        if (characters) {
            rejectUnderCharacters(ref, refText, p, true, refSource, hypSource);
            rejectUnderCharacters(hyp, hypText, p, false, refSource, hypSource);
            return null;
        }
        if (ref.isPlain() && hyp.isPlain()) {
            String[] r = ref.words().toArray(String[]::new);
            String[] h = hyp.words().toArray(String[]::new);
            return new Aligned(r, h, aligner.align(ids(r, vocabulary), ids(h, vocabulary)));
        }
        MarkupAlignment a;
        try {
            a = markup.align(ref, hyp);
        } catch (MarkupException e) {
            throw error(p, true, e, refSource, hypSource);
        }
        return new Aligned(a.reference().toArray(String[]::new), a.hypothesis().toArray(String[]::new), a.alignment());
    }

    private WordNetwork read(String text, UtterancePair p, boolean reference, Pairing.Source refSource, Pairing.Source hypSource) {
        try {
            return markup.read(text);
        } catch (MarkupException e) {
            throw error(p, reference, e, refSource, hypSource);
        }
    }

    /** Character scoring takes the text literally: markup that would change the words is an error. */
    private void rejectUnderCharacters(WordNetwork net, String text, UtterancePair p, boolean reference,
                                       Pairing.Source refSource, Pairing.Source hypSource) {
        if (!net.isPlain() || !net.words().equals(markup.literal(text).words())) {
            throw error(p, reference, new MarkupException(
                    "trn markup is not supported with character scoring; remove it or turn markup off (--no-markup)"),
                    refSource, hypSource);
        }
    }

    private static WerkDataException error(UtterancePair p, boolean reference, MarkupException e,
                                           Pairing.Source refSource, Pairing.Source hypSource) {
        Pairing.Source source = reference ? refSource : hypSource;
        long line = reference ? p.reference().line() : p.hypothesis().line();
        return new WerkDataException(source.file(), line, "utterance '" + p.id() + "': " + e.getMessage());
    }

    private static int[] ids(String[] words, Vocabulary vocabulary) {
        int[] ids = new int[words.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = vocabulary.intern(words[k]);
        }
        return ids;
    }
}
