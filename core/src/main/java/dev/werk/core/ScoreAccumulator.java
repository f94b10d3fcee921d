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
    private final List<UtteranceScore> utterances;
    private long hits;
    private long substitutions;
    private long deletions;
    private long insertions;
    private int sentenceErrors;
    private int emptyReferences;

    /** An empty accumulator. */
    public ScoreAccumulator() {
        this(10);
    }

    /** An empty accumulator with room for {@code expected} utterances before its list grows. */
    ScoreAccumulator(int expected) {
        utterances = new ArrayList<>(expected);
    }

    /** Adds one utterance after those already added. */
    public ScoreAccumulator add(UtteranceScore u) {
        Objects.requireNonNull(u, "u");
        return add(u, u.alignment().hits(), u.alignment().substitutions(), u.alignment().deletions(),
                u.alignment().insertions(), u.hasError(), u.emptyReference());
    }

    /** {@link #add(UtteranceScore)} with {@code u}'s counts and flags already read (see {@link BatchScoring.Scores}). */
    ScoreAccumulator add(UtteranceScore u, int h, int s, int d, int i, boolean error, boolean emptyReference) {
        utterances.add(u);
        hits += h;
        substitutions += s;
        deletions += d;
        insertions += i;
        if (error) {
            sentenceErrors++;
        }
        if (emptyReference) {
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
