package dev.werk.core;

import dev.werk.core.align.Alignment;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.UtterancePair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loop every batch call of {@link Scorer} runs: rows of pairs (one reference utterance, one pair
 * per system) through {@link UtteranceScorer}s. Without an executor everything runs on the calling
 * thread; with one, large jobs run as one task per core, each with its own scorer, claiming batches
 * of rows as it goes, and the results land in row order whichever thread made them.
 */
final class BatchScoring {
    /** Below this many characters of text in all, a job is too quick to be worth sharing out. */
    static final long PARALLEL_MIN_CHARS = 1_000_000L;
    /** Batches per task: enough to even out long and short utterances, few enough to cost nothing. */
    static final int BATCHES_PER_TASK = 64;
    /** Rows between progress reports: often enough for a terminal, rare enough to cost nothing. */
    static final int PROGRESS_STEP = 256;

    /**
     * One reference utterance against every system: {@code pairs[s]} is system s's pair, or null
     * when that system has no pair in this row; a shared reference is normalised once.
     */
    record Row(UtterancePair[] pairs, Pairing.Source[] referenceSources, Pairing.Source[] hypothesisSources) {
        /** Characters of text to score: the reference once, every hypothesis. */
        long weight() {
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

    /**
     * Every row's scores, one per system, in one flat array (no small array per row), with their
     * counts copied beside them while they are fresh in the cache: pooling 20,000 results later
     * then reads one int array in order instead of two objects per utterance scattered over the heap.
     */
    static final class Scores {
        /** Ints per slot in {@link #counts}: hits, substitutions, deletions, insertions, flags. */
        private static final int STRIDE = 5;
        private static final int ERROR = 1;
        private static final int EMPTY_REFERENCE = 2;
        private final UtteranceScore[] all;
        private final int[] counts;
        private final int systems;

        Scores(int rows, int systems) {
            this.all = new UtteranceScore[rows * systems];
            this.counts = new int[rows * systems * STRIDE];
            this.systems = systems;
        }

        /** Row {@code row}'s score of system {@code system}, or null when the row has no pair for it. */
        UtteranceScore get(int row, int system) {
            return all[row * systems + system];
        }

        void set(int row, int system, UtteranceScore u) {
            int slot = row * systems + system;
            all[slot] = u;
            Alignment a = u.alignment();
            int c = slot * STRIDE;
            counts[c] = a.hits();
            counts[c + 1] = a.substitutions();
            counts[c + 2] = a.deletions();
            counts[c + 3] = a.insertions();
            counts[c + 4] = (u.hasError() ? ERROR : 0) | (u.emptyReference() ? EMPTY_REFERENCE : 0);
        }

        /** Adds row {@code row}'s score of system {@code system}, if any, to {@code acc}. */
        void addTo(int row, int system, ScoreAccumulator acc) {
            int slot = row * systems + system;
            UtteranceScore u = all[slot];
            if (u != null) {
                int c = slot * STRIDE;
                acc.add(u, counts[c], counts[c + 1], counts[c + 2], counts[c + 3], (counts[c + 4] & ERROR) != 0,
                        (counts[c + 4] & EMPTY_REFERENCE) != 0);
            }
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
        int total = rows.size();
        Shared shared = new Shared(total, progress);
        if (executor == null || total < 2 || !atLeast(rows, PARALLEL_MIN_CHARS)) {
            shared.batch = total;
            claimRows(rows, options, out, shared);
        } else {
            int tasks = Math.min(total, Runtime.getRuntime().availableProcessors());
            shared.batch = Math.max(1, total / (tasks * BATCHES_PER_TASK));
            List<CompletableFuture<Void>> futures = new ArrayList<>(tasks);
            for (int t = 0; t < tasks; t++) {
                futures.add(CompletableFuture.runAsync(new Task(rows, options, out, shared), executor));
            }
            for (CompletableFuture<Void> f : futures) {
                f.join();
            }
        }
        shared.rethrow();
        progress.update(total, total);
        return out;
    }

    /** One task's share of a run: rows claimed batch by batch (a class, not a lambda, as in {@code TranscriptReader}). */
    private record Task(List<Row> rows, ScoreOptions options, Scores out, Shared shared) implements Runnable {
        @Override
        public void run() {
            claimRows(rows, options, out, shared);
        }
    }

    /**
     * True when the rows hold at least {@code chars} characters of text. Reading every text's
     * length costs a cache miss per utterance (a few ms on 20,000 pairs), so this stops as soon as
     * the answer is known and runs only when there is an executor to share the work with.
     */
    private static boolean atLeast(List<Row> rows, long chars) {
        long weight = 0;
        for (Row r : rows) {
            weight += r.weight();
            if (weight >= chars) {
                return true;
            }
        }
        return false;
    }

    /** What the tasks of one run share: the next unclaimed row, progress, and the failure of the earliest row. */
    private static final class Shared {
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final int total;
        final Scorer.Progress progress;
        int batch;
        private int failedRow = Integer.MAX_VALUE;
        private Throwable failure;

        Shared(int total, Scorer.Progress progress) {
            this.total = total;
            this.progress = progress;
        }

        synchronized void failed(int row, Throwable t) {
            if (row < failedRow) {
                failedRow = row;
                failure = t;
            }
        }

        /** The failure of the earliest row that failed, as one thread scoring in row order would have thrown it. */
        synchronized void rethrow() {
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
        }

        synchronized void report(int d) {
            progress.update(d, total);
        }
    }

    /**
     * One task: a scorer of its own, claiming batches of rows until none is left (so a few long
     * rows do not leave the other tasks idle, and the scorers' scratch is allocated once per task).
     * A failing row stops the task; every earlier row is still claimed by some task.
     */
    private static void claimRows(List<Row> rows, ScoreOptions options, Scores out, Shared shared) {
        UtteranceScorer scorer;
        try {
            scorer = new UtteranceScorer(options);
        } catch (RuntimeException | Error e) {
            shared.failed(-1, e);
            return;
        }
        int from;
        while ((from = shared.next.getAndAdd(shared.batch)) < shared.total) {
            int to = Math.min(shared.total, from + shared.batch);
            for (int k = from; k < to; k++) {
                try {
                    scoreRow(rows.get(k), k, scorer, out);
                } catch (RuntimeException | Error e) {
                    shared.failed(k, e);
                    return;
                }
                int d = shared.done.incrementAndGet();
                if (d % PROGRESS_STEP == 0) {
                    shared.report(d);
                }
            }
        }
    }

    private static void scoreRow(Row row, int k, UtteranceScorer scorer, Scores out) {
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
    }
}
