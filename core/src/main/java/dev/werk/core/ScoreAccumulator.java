package dev.werk.core;

import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects aligned utterances into a corpus result: add utterances, merge accumulators, finish.
 * Mutable while a pass runs, like a {@link java.util.stream.Collector}'s container; the result it
 * finishes into is an immutable {@link CorpusScore}. The result is the same, count for count and in
 * utterance order, however the work was split: {@code a.merge(b)} puts {@code b}'s utterances after
 * {@code a}'s.
 *
 * <p>Not thread-safe: one accumulator per worker, merged at the end.
 */
public final class ScoreAccumulator {
    private final List<UtteranceScore> utterances = new ArrayList<>();
    private long hits;
    private long substitutions;
    private long deletions;
    private long insertions;
    private int sentenceErrors;
    private int emptyReferences;

    /** Adds one utterance after those already added. */
    public ScoreAccumulator add(UtteranceScore u) {
        Objects.requireNonNull(u, "u");
        utterances.add(u);
        hits += u.alignment().hits();
        substitutions += u.alignment().substitutions();
        deletions += u.alignment().deletions();
        insertions += u.alignment().insertions();
        if (u.hasError()) {
            sentenceErrors++;
        }
        if (u.emptyReference()) {
            emptyReferences++;
        }
        return this;
    }

    /** Appends everything {@code other} holds after this accumulator's utterances; returns this one. */
    public ScoreAccumulator merge(ScoreAccumulator other) {
        if (other == this) {
            throw new IllegalArgumentException("an accumulator cannot be merged into itself");
        }
        utterances.addAll(other.utterances);
        hits += other.hits;
        substitutions += other.substitutions;
        deletions += other.deletions;
        insertions += other.insertions;
        sentenceErrors += other.sentenceErrors;
        emptyReferences += other.emptyReferences;
        return this;
    }

    /** The pooled counts so far. */
    public Counts total() {
        return new Counts(hits, substitutions, deletions, insertions);
    }

    /** How many utterances were added. */
    public int size() {
        return utterances.size();
    }

    /**
     * The corpus result of everything added; the accumulator may go on collecting afterwards
     * without changing the result.
     *
     * @param options    the options the utterances were scored with
     * @param provenance where the utterances came from
     * @param warnings   what the user must be told, one line each
     */
    public CorpusScore finish(ScoreOptions options, Provenance provenance, List<String> warnings) {
        return new CorpusScore(options, provenance, utterances, total(), sentenceErrors, emptyReferences, warnings);
    }
}
