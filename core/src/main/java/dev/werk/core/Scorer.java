package dev.werk.core;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.Vocabulary;
import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.UtterancePair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The scoring entry point: normalise, tokenise, align and pool. Pure: it reads no file and prints
 * nothing; readers ({@link dev.werk.core.io.TranscriptReader}) and renderers sit on either side.
 * Text read as trn may carry sclite's markup (alternations, optionally deletable words, fragments):
 * such utterances are aligned as word networks (see {@link ScoreOptions.Markup}), the others by the
 * plain aligner of the cost model.
 *
 * <pre>{@code
 * Transcript ref = TranscriptReader.read(Path.of("ref.trn"));
 * Transcript hyp = TranscriptReader.read(Path.of("hyp.trn"));
 * CorpusScore score = Scorer.score(Pairing.pair(ref, hyp), ScoreOptions.defaults());
 * double wer = score.measures().wer();
 * }</pre>
 */
public final class Scorer {
    /** Utterances between progress reports: often enough for a terminal, rare enough to cost nothing. */
    static final int PROGRESS_STEP = 256;
    /** Below this many pairs, starting worker threads costs more than normalising on one. */
    static final int PARALLEL_NORMALIZE_MIN_PAIRS = 1024;
    /** Below this many DP cells in all (n·m summed), alignment is too quick to be worth sharing out. */
    static final long PARALLEL_ALIGN_MIN_CELLS = 20_000_000L;

    private Scorer() {
    }

    /** Scores paired utterances; the pairing's warnings are carried into the result. */
    public static CorpusScore score(Pairing.Result paired, ScoreOptions options) {
        return score(paired, options, Progress.NONE);
    }

    /**
     * Scores paired utterances, reporting progress every {@value #PROGRESS_STEP} utterances. Text
     * read as trn is read with sclite's markup unless {@link ScoreOptions#markup()} says otherwise.
     */
    public static CorpusScore score(Pairing.Result paired, ScoreOptions options, Progress progress) {
        return score(paired.pairs(), options, paired.warnings(), progress, paired.reference(), paired.hypothesis(),
                new Vocabulary(), Aligner.create(options.cost()));
    }

    /**
     * Told how many utterances are done, so a terminal can show progress. Calls may come from a
     * worker thread, but never two at once.
     */
    @FunctionalInterface
    public interface Progress {
        /** No progress reports. */
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** Scores the given pairs in order; their text is read as plain text (no trn markup). */
    public static CorpusScore score(List<UtterancePair> pairs, ScoreOptions options, List<String> warnings) {
        return score(pairs, options, warnings, Progress.NONE);
    }

    /**
     * Scores the given pairs in order, reporting progress every {@value #PROGRESS_STEP} utterances;
     * their text is read as plain text (no trn markup).
     */
    public static CorpusScore score(List<UtterancePair> pairs, ScoreOptions options, List<String> warnings, Progress progress) {
        return score(pairs, options, warnings, progress, Pairing.Source.PLAIN, Pairing.Source.PLAIN,
                new Vocabulary(), Aligner.create(options.cost()));
    }

    /**
     * Scores each file pair on its own and all of them pooled (see {@link FileSetScore}); the
     * warnings of every file are carried into the pooled result.
     */
    public static FileSetScore scoreFiles(DirectoryPairing.Result folders, ScoreOptions options) {
        return scoreFiles(folders.files(), options, folders.warnings());
    }

    /** Scores the given file pairs; {@code warnings} (about the files as a whole) come first in the result's. */
    public static FileSetScore scoreFiles(List<DirectoryPairing.PairedFile> files, ScoreOptions options, List<String> warnings) {
        Vocabulary vocabulary = new Vocabulary();
        Aligner aligner = Aligner.create(options.cost());
        // Tokenise every file first (one vocabulary), then align all of them together, so a folder
        // of long calls keeps both cores busy.
        List<List<Pending>> perFile = new ArrayList<>(files.size());
        List<Pending> everything = new ArrayList<>();
        for (DirectoryPairing.PairedFile f : files) {
            Pairing.Result paired = f.paired();
            List<Pending> items = prepare(paired.pairs(), options, paired.reference(), paired.hypothesis(), vocabulary, aligner);
            perFile.add(items);
            everything.addAll(items);
        }
        alignAll(everything, options, aligner, Progress.NONE);
        List<FileSetScore.FileScore> scores = new ArrayList<>(files.size());
        List<UtteranceScore> all = new ArrayList<>();
        List<String> allWarnings = new ArrayList<>(warnings);
        for (int k = 0; k < files.size(); k++) {
            DirectoryPairing.PairedFile f = files.get(k);
            CorpusScore s = new CorpusScore(options, results(perFile.get(k)), vocabulary, f.paired().warnings());
            scores.add(new FileSetScore.FileScore(f.name(), f.reference(), f.hypothesis(), s));
            for (UtteranceScore u : s.utterances()) {
                String id = u.id().equals(f.name()) ? u.id() : f.name() + "/" + u.id();
                all.add(new UtteranceScore(id, u.referenceLine(), u.hypothesisMissing(), u.reference(), u.hypothesis(),
                        u.alignment()));
            }
            allWarnings.addAll(s.warnings());
        }
        return new FileSetScore(scores, new CorpusScore(options, all, vocabulary, allWarnings));
    }

    private static CorpusScore score(List<UtterancePair> pairs, ScoreOptions options, List<String> warnings, Progress progress,
                                     Pairing.Source refSource, Pairing.Source hypSource, Vocabulary vocabulary,
                                     Aligner aligner) {
        List<Pending> items = prepare(pairs, options, refSource, hypSource, vocabulary, aligner);
        alignAll(items, options, aligner, progress);
        return new CorpusScore(options, results(items), vocabulary, warnings);
    }

    /** One utterance between tokenising and aligning; {@code score} is set once it is aligned. */
    private static final class Pending {
        final UtterancePair pair;
        final int[] reference;
        final int[] hypothesis;
        UtteranceScore score;

        Pending(UtterancePair pair, int[] reference, int[] hypothesis, UtteranceScore score) {
            this.pair = pair;
            this.reference = reference;
            this.hypothesis = hypothesis;
            this.score = score;
        }
    }

    /**
     * Normalises and tokenises every pair on the calling thread (the vocabulary is not
     * thread-safe); utterances with sclite markup are scored here at once by the network aligner.
     */
    private static List<Pending> prepare(List<UtterancePair> pairs, ScoreOptions options, Pairing.Source refSource,
                                         Pairing.Source hypSource, Vocabulary vocabulary, Aligner aligner) {
        MarkupScoring markup = new MarkupScoring(options, refSource, hypSource, vocabulary, aligner);
        String[] normalized = normalizedTexts(pairs, options);
        List<Pending> items = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            UtterancePair p = pairs.get(k);
            String refText = normalized[2 * k];
            String hypText = normalized[2 * k + 1];
            UtteranceScore done = markup.score(p, refText, hypText);
            items.add(done != null ? new Pending(p, null, null, done)
                    : new Pending(p, tokens(refText, options, vocabulary), tokens(hypText, options, vocabulary), null));
        }
        return items;
    }

    /**
     * Aligns every pending item. Above {@value #PARALLEL_ALIGN_MIN_CELLS} DP cells in all, the items
     * are spread over the cores, each worker with an aligner of its own (aligners keep scratch
     * buffers); results do not depend on which thread aligned what.
     */
    private static void alignAll(List<Pending> items, ScoreOptions options, Aligner aligner, Progress progress) {
        long cells = 0;
        for (Pending item : items) {
            if (item.score == null) {
                cells += (long) item.reference.length * item.hypothesis.length;
            }
        }
        int total = items.size();
        if (cells < PARALLEL_ALIGN_MIN_CELLS || total < 2) {
            for (int k = 0; k < total; k++) {
                align(items.get(k), aligner);
                if ((k + 1) % PROGRESS_STEP == 0) {
                    progress.update(k + 1, total);
                }
            }
        } else {
            ThreadLocal<Aligner> aligners = ThreadLocal.withInitial(() -> Aligner.create(options.cost()));
            AtomicInteger done = new AtomicInteger();
            Object lock = new Object();
            IntStream.range(0, total).parallel().forEach(k -> {
                align(items.get(k), aligners.get());
                int d = done.incrementAndGet();
                if (d % PROGRESS_STEP == 0) {
                    synchronized (lock) {
                        progress.update(d, total);
                    }
                }
            });
        }
        progress.update(total, total);
    }

    private static void align(Pending item, Aligner aligner) {
        if (item.score != null) {
            return;
        }
        UtterancePair p = item.pair;
        Alignment a = aligner.align(item.reference, item.hypothesis);
        item.score = new UtteranceScore(p.id(), p.reference().line(), p.hypothesis() == null, item.reference, item.hypothesis, a);
    }

    private static List<UtteranceScore> results(List<Pending> items) {
        List<UtteranceScore> out = new ArrayList<>(items.size());
        for (Pending item : items) {
            out.add(item.score);
        }
        return out;
    }

    /**
     * Reference and hypothesis text of every pair after normalisation, interleaved. Normalisers are
     * pure and thread-safe, and on large corpora they cost more than the alignment, so this one
     * step runs on all cores; interning stays on the calling thread.
     */
    private static String[] normalizedTexts(List<UtterancePair> pairs, ScoreOptions options) {
        String[] out = new String[2 * pairs.size()];
        IntStream range = IntStream.range(0, pairs.size());
        if (options.normalizes() && pairs.size() >= PARALLEL_NORMALIZE_MIN_PAIRS) {
            range = range.parallel();
        }
        range.forEach(k -> {
            UtterancePair p = pairs.get(k);
            out[2 * k] = normalized(p.reference().text(), options);
            out[2 * k + 1] = normalized(p.hypothesisText(), options);
        });
        return out;
    }

    private static String normalized(String text, ScoreOptions options) {
        return options.normalizes() ? options.normalizer().normalize(text) : text;
    }

    private static int[] tokens(String normalized, ScoreOptions options, Vocabulary vocabulary) {
        return options.unit() == ScoringUnit.CHAR ? Vocabulary.characters(normalized) : vocabulary.words(normalized);
    }
}
