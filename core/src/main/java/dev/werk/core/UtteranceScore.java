package dev.werk.core;

import dev.werk.core.align.Alignment;
import dev.werk.core.io.TimedWord;
import dev.werk.core.io.Utterance;
import dev.werk.core.metrics.Counts;
import dev.werk.core.metrics.Measures;
import java.util.List;

/**
 * One aligned utterance, immutable: the normalised reference and hypothesis tokens as text, their
 * alignment and counts, the utterances as read, and (when asked for with
 * {@link ScoreOptions#withOffsets(boolean)}) where each token came from in its source. Made by
 * {@link UtteranceScorer}.
 *
 * <p>For an utterance aligned as sclite word networks (trn markup), the tokens are those of the path
 * the alignment took, and token sources are not known.
 */
public final class UtteranceScore {
    private final String id;
    private final int referenceLine;
    private final Utterance reference;
    private final Utterance hypothesis;
    private final TokenList referenceTokens;
    private final TokenList hypothesisTokens;
    private final Alignment alignment;
    private final TokenSource[] referenceSources;
    private final TokenSource[] hypothesisSources;

    /** Takes ownership of the arrays, which nothing else may hold. */
    UtteranceScore(String id, Utterance reference, Utterance hypothesis, String[] referenceTokens, String[] hypothesisTokens,
                   Alignment alignment, TokenSource[] referenceSources, TokenSource[] hypothesisSources) {
        this(id, reference, hypothesis, TokenList.of(referenceTokens), TokenList.of(hypothesisTokens), alignment,
                referenceSources, hypothesisSources);
    }

    /** Takes ownership of the source arrays, which nothing else may hold. */
    UtteranceScore(String id, Utterance reference, Utterance hypothesis, TokenList referenceTokens, TokenList hypothesisTokens,
                   Alignment alignment, TokenSource[] referenceSources, TokenSource[] hypothesisSources) {
        if (alignment.referenceLength() != referenceTokens.size() || alignment.hypothesisLength() != hypothesisTokens.size()) {
            throw new IllegalArgumentException("alignment of " + alignment.referenceLength() + "/" + alignment.hypothesisLength()
                    + " tokens for " + referenceTokens.size() + "/" + hypothesisTokens.size() + " tokens");
        }
        this.id = id;
        this.referenceLine = reference.line();
        this.reference = reference;
        this.hypothesis = hypothesis;
        this.referenceTokens = referenceTokens;
        this.hypothesisTokens = hypothesisTokens;
        this.alignment = alignment;
        this.referenceSources = referenceSources;
        this.hypothesisSources = hypothesisSources;
    }

    /** The same utterance under another id (folder results name utterances {@code file/id}). */
    UtteranceScore withId(String newId) {
        return newId.equals(id) ? this : new UtteranceScore(this, newId);
    }

    private UtteranceScore(UtteranceScore u, String newId) {
        this.id = newId;
        this.referenceLine = u.referenceLine;
        this.reference = u.reference;
        this.hypothesis = u.hypothesis;
        this.referenceTokens = u.referenceTokens;
        this.hypothesisTokens = u.hypothesisTokens;
        this.alignment = u.alignment;
        this.referenceSources = u.referenceSources;
        this.hypothesisSources = u.hypothesisSources;
    }

    /** The utterance id (the 1-based line number for plain text; {@code file/id} in pooled folder results). */
    public String id() {
        return id;
    }

    /** The reference file's line (0 for formats without lines). */
    public int referenceLine() {
        return referenceLine;
    }

    /** True when the hypothesis file had no such utterance (all deletions). */
    public boolean hypothesisMissing() {
        return hypothesis == null;
    }

    /** The reference utterance as read, before normalisation. */
    public Utterance reference() {
        return reference;
    }

    /** The hypothesis utterance as read, or null when it is missing. */
    public Utterance hypothesis() {
        return hypothesis;
    }

    /** The reference tokens after normalisation (words, or characters for CER), unmodifiable. */
    public List<String> referenceTokens() {
        return referenceTokens;
    }

    /** The hypothesis tokens after normalisation, unmodifiable. */
    public List<String> hypothesisTokens() {
        return hypothesisTokens;
    }

    /** The alignment of the two token sequences. */
    public Alignment alignment() {
        return alignment;
    }

    /** The four counts of this utterance. */
    public Counts counts() {
        return alignment.counts();
    }

    /** The rates of this utterance alone (WER undefined when the reference is empty). */
    public Measures measures() {
        return Measures.of(counts());
    }

    /** True when any token is wrong (sclite's sentence error). */
    public boolean hasError() {
        return alignment.errors() > 0;
    }

    /** True when the reference has no tokens. */
    public boolean emptyReference() {
        return referenceTokens.isEmpty();
    }

    /** True when token sources are known (offsets were asked for and the utterance had no markup). */
    public boolean hasSources() {
        return referenceSources != null && hypothesisSources != null;
    }

    /** Where reference token {@code token} came from, or null when not known (see {@link #hasSources()}). */
    public TokenSource referenceSource(int token) {
        return referenceSources == null ? null : referenceSources[token];
    }

    /** Where hypothesis token {@code token} came from, or null when not known. */
    public TokenSource hypothesisSource(int token) {
        return hypothesisSources == null ? null : hypothesisSources[token];
    }

    /** The start time of hypothesis token {@code token}'s first source word, NaN when unknown. */
    public double hypothesisStart(int token) {
        List<TimedWord> words = sourceWords(token);
        return words.isEmpty() ? Double.NaN : words.get(0).start();
    }

    /** The end time of hypothesis token {@code token}'s last source word, NaN when unknown. */
    public double hypothesisEnd(int token) {
        List<TimedWord> words = sourceWords(token);
        return words.isEmpty() ? Double.NaN : words.get(words.size() - 1).end();
    }

    /**
     * The lowest confidence among hypothesis token {@code token}'s source words (a merged token is
     * as doubtful as its most doubtful part), NaN when unknown.
     */
    public double hypothesisConfidence(int token) {
        List<TimedWord> words = sourceWords(token);
        double min = Double.NaN;
        for (TimedWord w : words) {
            double c = w.confidence();
            if (!Double.isNaN(c) && (Double.isNaN(min) || c < min)) {
                min = c;
            }
        }
        return min;
    }

    private List<TimedWord> sourceWords(int token) {
        TokenSource s = hypothesisSource(token);
        if (s == null || hypothesis.words().isEmpty() || s.wordTo() > hypothesis.words().size() || s.wordFrom() == s.wordTo()) {
            return List.of();
        }
        return hypothesis.words().subList(s.wordFrom(), s.wordTo());
    }

    @Override
    public String toString() {
        return "UtteranceScore[" + id + " " + alignment + "]";
    }
}
