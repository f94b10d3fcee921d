package dev.werk.core;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Vocabulary;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.UtterancePair;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.markup.MarkupAligner;
import dev.werk.core.markup.MarkupAlignment;
import dev.werk.core.markup.MarkupException;
import dev.werk.core.markup.WordNetwork;
import java.util.List;

/**
 * Scores the utterances whose text carries sclite trn markup: reads each side that comes from trn
 * input as a word network and aligns the two networks with sclite's network program; a pair whose
 * networks turn out to be plain rows of words goes to the ordinary aligner. Utterances without any
 * markup are left to the caller.
 */
final class MarkupScoring {
    private final MarkupAligner markup;
    private final boolean referenceSide;
    private final boolean hypothesisSide;
    private final boolean characters;
    private final Pairing.Source referenceSource;
    private final Pairing.Source hypothesisSource;
    private final Vocabulary vocabulary;
    private final Aligner aligner;

    MarkupScoring(ScoreOptions options, Pairing.Source reference, Pairing.Source hypothesis, Vocabulary vocabulary,
                  Aligner aligner) {
        ScoreOptions.Markup m = options.markup();
        this.markup = new MarkupAligner(options.cost(), m.optionalDeletable(), m.fragments());
        this.referenceSide = m.interpret() && reference.format().carriesScliteMarkup();
        this.hypothesisSide = m.interpret() && hypothesis.format().carriesScliteMarkup();
        this.characters = options.unit() == ScoringUnit.CHAR;
        this.referenceSource = reference;
        this.hypothesisSource = hypothesis;
        this.vocabulary = vocabulary;
        this.aligner = aligner;
    }

    /**
     * The score of {@code p} given its normalised texts, or null when neither text has markup to
     * interpret (the caller then scores it as plain text).
     *
     * @throws WerkDataException for malformed markup, naming the file and line, and for markup
     *                           under character scoring, which it does not support
     */
    UtteranceScore score(UtterancePair p, String refText, String hypText) {
        boolean r = referenceSide && markup.mayContainMarkup(refText);
        boolean h = hypothesisSide && p.hypothesis() != null && markup.mayContainMarkup(hypText);
        if (!r && !h) {
            return null;
        }
        WordNetwork ref = r ? read(refText, p, true) : markup.literal(refText);
        WordNetwork hyp = h ? read(hypText, p, false) : markup.literal(hypText);
        if (characters) {
            rejectUnderCharacters(ref, refText, p, true);
            rejectUnderCharacters(hyp, hypText, p, false);
            return null;
        }
        boolean missing = p.hypothesis() == null;
        if (ref.isPlain() && hyp.isPlain()) {
            int[] refIds = ids(ref.words());
            int[] hypIds = ids(hyp.words());
            return new UtteranceScore(p.id(), p.reference().line(), missing, refIds, hypIds, aligner.align(refIds, hypIds));
        }
        MarkupAlignment a;
        try {
            a = markup.align(ref, hyp);
        } catch (MarkupException e) {
            throw error(p, true, e);
        }
        return new UtteranceScore(p.id(), p.reference().line(), missing, ids(a.reference()), ids(a.hypothesis()),
                a.alignment());
    }

    private WordNetwork read(String text, UtterancePair p, boolean reference) {
        try {
            return markup.read(text);
        } catch (MarkupException e) {
            throw error(p, reference, e);
        }
    }

    /** Character scoring takes the text literally: markup that would change the words is an error. */
    private void rejectUnderCharacters(WordNetwork net, String text, UtterancePair p, boolean reference) {
        if (!net.isPlain() || !net.words().equals(markup.literal(text).words())) {
            throw error(p, reference, new MarkupException(
                    "trn markup is not supported with character scoring; remove it or turn markup off (--no-markup)"));
        }
    }

    private WerkDataException error(UtterancePair p, boolean reference, MarkupException e) {
        Pairing.Source source = reference ? referenceSource : hypothesisSource;
        long line = reference ? p.reference().line() : p.hypothesis().line();
        return new WerkDataException(source.file(), line, "utterance '" + p.id() + "': " + e.getMessage());
    }

    private int[] ids(List<String> words) {
        int[] ids = new int[words.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = vocabulary.intern(words.get(k));
        }
        return ids;
    }
}
