package dev.werk.core;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Utterance;
import dev.werk.core.io.UtterancePair;

/**
 * Turns one utterance pair into an immutable {@link UtteranceScore}: normalise both texts, read
 * sclite markup where the source format carries it, tokenise, align. Every scoring path of werk
 * (one file, folders, several systems, the experiment layer) is a loop over this class.
 *
 * <p>Keeps scratch state (an interner and the aligner's buffers) between calls: use one per thread.
 * The buffers grow to the longest pair aligned so far and stay: at most about 80 MB (saved DP
 * columns and a match table, for calls of tens of thousands of words), a few KB for short utterances.
 * Its results share the interner's table of word strings (each distinct word once) rather than
 * holding a copy of their tokens.
 *
 * <pre>{@code
 * UtteranceScorer scorer = new UtteranceScorer(ScoreOptions.defaults().withOffsets(true));
 * UtteranceScore u = scorer.score(pair, Pairing.Source.PLAIN, Pairing.Source.PLAIN);
 * List<String> ref = u.referenceTokens();
 * }</pre>
 */
public final class UtteranceScorer {
    private final ScoreOptions options;
    private final Vocabulary vocabulary = new Vocabulary();
    private final Aligner aligner;
    private final MarkupScoring markup;
    private final boolean normalizes;

    /** A scorer for {@code options}; cheap to create. */
    public UtteranceScorer(ScoreOptions options) {
        this.options = options;
        this.aligner = Aligner.create(options.cost());
        this.markup = new MarkupScoring(options);
        this.normalizes = options.normalizes();
    }

    /** The options this scorer applies. */
    public ScoreOptions options() {
        return options;
    }

    /**
     * Scores {@code pair}; {@code reference} and {@code hypothesis} say which files and formats its
     * two sides come from (the format decides whether sclite markup is read; the file names data errors).
     *
     * @throws dev.werk.core.io.WerkDataException for malformed markup, naming the file and line
     */
    public UtteranceScore score(UtterancePair pair, Pairing.Source reference, Pairing.Source hypothesis) {
        return score(pair, side(pair.reference()), reference, side(pair.hypothesis()), hypothesis);
    }

    /** One side normalised and, unless it may hold markup, tokenised; reusable against several hypotheses. */
    Side side(Utterance u) {
        String raw = u == null ? "" : u.text();
        return Tokens.side(raw, options, normalizes, vocabulary);
    }

    /** Scores {@code pair} from sides already prepared by this scorer's {@link #side}. */
    UtteranceScore score(UtterancePair pair, Side ref, Pairing.Source refSource, Side hyp, Pairing.Source hypSource) {
        boolean refMarkup = markup.applies(refSource, ref.normalized());
        boolean hypMarkup = pair.hypothesis() != null && markup.applies(hypSource, hyp.normalized());
        if (refMarkup || hypMarkup) {
            MarkupScoring.Aligned a = markup.score(pair, ref.normalized(), refMarkup, hyp.normalized(), hypMarkup,
                    refSource, hypSource, vocabulary, aligner);
            if (a != null) {
                return new UtteranceScore(pair.id(), pair.reference(), pair.hypothesis(), a.reference(), a.hypothesis(),
                        a.alignment(), null, null);
            }
        }
        Alignment a = aligner.align(ref.ids(), hyp.ids());
        return new UtteranceScore(pair.id(), pair.reference(), pair.hypothesis(), ref.tokens(), hyp.tokens(), a,
                ref.sources(), hyp.sources());
    }
}
