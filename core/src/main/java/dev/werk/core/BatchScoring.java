package dev.werk.core;

import dev.werk.core.io.Pairing;
import dev.werk.core.io.UtterancePair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loop every batch call of {@link Scorer} runs: rows of pairs (one reference utterance, one pair
 * per system) through {@link UtteranceScorer}s. Without an executor everything runs on the calling
 * thread; with one, large jobs are cut into contiguous chunks, each with its own scorer, and the
 * results land in row order whichever thread made them.
 */
final class BatchScoring {
    /** Below this many characters of text in all, a job is too quick to be worth sharing out. */
    static final long PARALLEL_MIN_CHARS = 1_000_000L;
    /** Chunks per worker: enough to even out long and short utterances, few enough to cost nothing. */
    static final int CHUNKS_PER_CORE = 4;
    /** Rows between progress reports: often enough for a terminal, rare enough to cost nothing. */
    static final int PROGRESS_STEP = 256;

    /**
     * One reference utterance against every system: {@code pairs[s]} is system s's pair, or null
     * when that system has no pair in this row; a shared reference is normalised once.
     */
    record Row(UtterancePair[] pairs, Pairing.Source[] referenceSources, Pairing.Source[] hypothesisSources, long weight) {
        Row(UtterancePair[] pairs, Pairing.Source[] referenceSources, Pairing.Source[] hypothesisSources) {
            this(pairs, referenceSources, hypothesisSources, weight(pairs));
        }

        /** Characters of text to score: the reference once, every hypothesis. */
        private static long weight(UtterancePair[] pairs) {
            long w = 0;
            boolean first = true;
            for (UtterancePair p : pairs) {
                if (p != null) {
                    w += (first ? p.reference().text().length() : 0) + p.hypothesisText().length();
                    first = false;
                }
            }
            return w;
        }
    }

    /** Every row's scores, one per system, in one flat array (no small array per row). */
    static final class Scores {
        private final UtteranceScore[] all;
        private final int systems;

        Scores(int rows, int systems) {
            this.all = new UtteranceScore[rows * systems];
            this.systems = systems;
        }

        /** Row {@code row}'s score of system {@code system}, or null when the row has no pair for it. */
        UtteranceScore get(int row, int system) {
            return all[row * systems + system];
        }

        void set(int row, int system, UtteranceScore u) {
            all[row * systems + system] = u;
        }

        int rows() {
            return all.length / systems;
        }
    }

    private BatchScoring() {
    }

    /** The scores of every row and system, null where a row has no pair for a system. */
    static Scores run(List<Row> rows, int systems, ScoreOptions options, Scorer.Progress progress, Executor executor) {
        Scores out = new Scores(rows.size(), systems);
        long weight = 0;
        for (Row r : rows) {
            weight += r.weight();
        }
        int total = rows.size();
        AtomicInteger done = new AtomicInteger();
        Object lock = new Object();
        if (executor == null || weight < PARALLEL_MIN_CHARS || total < 2) {
            scoreRange(rows, 0, total, options, out, progress, done, lock, total);
        } else {
            int chunks = (int) Math.min(total, (long) CHUNKS_PER_CORE * Runtime.getRuntime().availableProcessors());
            List<CompletableFuture<Void>> futures = new ArrayList<>(chunks);
            int from = 0;
            long share = weight / chunks + 1;
            while (from < total) {
                int to = from;
                long w = 0;
                while (to < total && (w < share || to == from)) {
                    w += rows.get(to).weight();
                    to++;
                }
                int f = from;
                int t = to;
                futures.add(CompletableFuture.runAsync(
                        () -> scoreRange(rows, f, t, options, out, progress, done, lock, total), executor));
                from = to;
            }
            joinInOrder(futures);
        }
        progress.update(total, total);
        return out;
    }

    private static void scoreRange(List<Row> rows, int from, int to, ScoreOptions options, Scores out,
                                   Scorer.Progress progress, AtomicInteger done, Object lock, int total) {
        UtteranceScorer scorer = new UtteranceScorer(options);
        for (int k = from; k < to; k++) {
            Row row = rows.get(k);
            Side ref = null;
            UtterancePair refOf = null;
            for (int s = 0; s < row.pairs().length; s++) {
                UtterancePair p = row.pairs()[s];
                if (p == null) {
                    continue;
                }
                if (refOf == null || !p.reference().equals(refOf.reference())) {
                    ref = scorer.side(p.reference());
                    refOf = p;
                }
                out.set(k, s, scorer.score(p, ref, row.referenceSources()[s], scorer.side(p.hypothesis()),
                        row.hypothesisSources()[s]));
            }
            int d = done.incrementAndGet();
            if (d % PROGRESS_STEP == 0) {
                synchronized (lock) {
                    progress.update(d, total);
                }
            }
        }
    }

    /** Waits for every chunk; the first failure in row order is the one thrown, as on one thread. */
    private static void joinInOrder(List<CompletableFuture<Void>> futures) {
        RuntimeException first = null;
        for (CompletableFuture<Void> f : futures) {
            try {
                f.join();
            } catch (CompletionException e) {
                if (first == null) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    first = cause instanceof RuntimeException re ? re : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
