package dev.werk.core;

import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.UtterancePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;

/**
 * The batch entry points: score one pairing, a folder of file pairs, or several systems against
 * one reference. Each is a loop over {@link UtteranceScorer} into {@link ScoreAccumulator}s. Pure:
 * it reads no file and prints nothing; readers ({@link dev.werk.core.io.TranscriptReader}) and
 * renderers sit on either side. Nothing here starts a thread unless given an {@link Executor}; with
 * one, a large job is shared out, and the result is the same as on one thread.
 *
 * <pre>{@code
 * Transcript ref = TranscriptReader.read(Path.of("ref.trn"));
 * Transcript hyp = TranscriptReader.read(Path.of("hyp.trn"));
 * CorpusScore score = Scorer.score(Pairing.pair(ref, hyp), ScoreOptions.defaults());
 * double wer = score.measures().wer();
 * }</pre>
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * Told how many utterances are done, so a terminal can show progress. Calls may come from a
     * worker thread, but never two at once.
     */
    @FunctionalInterface
    public interface Progress {
        /** No progress reports. */
        Progress NONE = new Silent();

        void update(int done, int total);
    }

    /**
     * {@link Progress#NONE}. A class, not a lambda: linking a lambda's (int, int) call site spun two
     * method-handle classes at run time that the class-data archive does not hold, 1–2 ms a run.
     */
    private static final class Silent implements Progress {
        @Override
        public void update(int done, int total) {
        }
    }

    /** Scores paired utterances on the calling thread; the pairing's warnings are carried into the result. */
    public static CorpusScore score(Pairing.Result paired, ScoreOptions options) {
        return score(paired, options, Progress.NONE, null);
    }

    /** As {@link #score(Pairing.Result, ScoreOptions)}, reporting progress. */
    public static CorpusScore score(Pairing.Result paired, ScoreOptions options, Progress progress) {
        return score(paired, options, progress, null);
    }

    /**
     * Scores paired utterances, reporting progress; with an {@code executor} (null for none) a
     * large job is shared out over it.
     */
    public static CorpusScore score(Pairing.Result paired, ScoreOptions options, Progress progress, Executor executor) {
        List<BatchScoring.Row> rows = rows(paired);
        BatchScoring.Scores scores = BatchScoring.run(rows, 1, options, progress, executor);
        return finish(scores, 0, 0, scores.rows(), options, provenance(options, paired, "hypothesis"), paired.warnings());
    }

    /** Scores the given pairs in order; their text is read as plain text (no trn markup). */
    public static CorpusScore score(List<UtterancePair> pairs, ScoreOptions options, List<String> warnings) {
        return score(new Pairing.Result(pairs, warnings), options);
    }

    /** As {@link #score(List, ScoreOptions, List)}, reporting progress. */
    public static CorpusScore score(List<UtterancePair> pairs, ScoreOptions options, List<String> warnings, Progress progress) {
        return score(new Pairing.Result(pairs, warnings), options, progress, null);
    }

    /**
     * Scores each file pair on its own and all of them pooled (see {@link FileSetScore}); the
     * warnings of every file are carried into the pooled result.
     */
    public static FileSetScore scoreFiles(DirectoryPairing.Result folders, ScoreOptions options) {
        return scoreFiles(folders, options, Progress.NONE, null);
    }

    /** As {@link #scoreFiles(DirectoryPairing.Result, ScoreOptions)}, reporting progress, shared out over {@code executor} if not null. */
    public static FileSetScore scoreFiles(DirectoryPairing.Result folders, ScoreOptions options, Progress progress, Executor executor) {
        List<DirectoryPairing.PairedFile> files = folders.files();
        List<BatchScoring.Row> rows = new ArrayList<>();
        int[] firstRow = new int[files.size() + 1];
        for (int k = 0; k < files.size(); k++) {
            firstRow[k] = rows.size();
            rows.addAll(rows(files.get(k).paired()));
        }
        firstRow[files.size()] = rows.size();
        BatchScoring.Scores scores = BatchScoring.run(rows, 1, options, progress, executor);
        return fileSet(files, scores, 0, firstRow, options, folders.warnings(), null, null,
                folders.referenceFormat(), folders.hypothesisFormat());
    }

    /** Scores the given file pairs; {@code warnings} (about the files as a whole) come first in the result's. */
    public static FileSetScore scoreFiles(List<DirectoryPairing.PairedFile> files, ScoreOptions options, List<String> warnings) {
        return scoreFiles(new DirectoryPairing.Result(files, warnings), options, Progress.NONE, null);
    }

    /**
     * Scores several systems against one reference transcript: each hypothesis is paired with the
     * reference by {@code rules}, the reference is normalised and tokenised once per utterance, and
     * the result equals one {@link #score} run per system, count for count.
     */
    public static SystemsScore scoreSystems(Transcript reference, List<NamedTranscript> hypotheses, Pairing.Rules rules,
                                            ScoreOptions options) {
        return scoreSystems(reference, hypotheses, rules, options, Progress.NONE, null);
    }

    /** As {@link #scoreSystems(Transcript, List, Pairing.Rules, ScoreOptions)}, reporting progress, shared out over {@code executor} if not null. */
    public static SystemsScore scoreSystems(Transcript reference, List<NamedTranscript> hypotheses, Pairing.Rules rules,
                                            ScoreOptions options, Progress progress, Executor executor) {
        SystemsScore.checkNames(hypotheses.stream().map(NamedTranscript::name).toList());
        List<Pairing.Result> paired = new ArrayList<>(hypotheses.size());
        for (NamedTranscript h : hypotheses) {
            paired.add(rules.pair(reference, h.transcript()));
        }
        List<BatchScoring.Row> rows = systemRows(paired);
        BatchScoring.Scores scores = BatchScoring.run(rows, hypotheses.size(), options, progress, executor);
        List<CorpusScore> systems = new ArrayList<>(hypotheses.size());
        for (int s = 0; s < hypotheses.size(); s++) {
            Pairing.Result p = paired.get(s);
            systems.add(finish(scores, s, 0, scores.rows(), options, provenance(options, p, hypotheses.get(s).name()),
                    p.warnings()));
        }
        return new SystemsScore(names(hypotheses), systems, List.of(), systemsProvenance(systems));
    }

    /**
     * Scores several systems' folders against one reference folder, file by file (see
     * {@link DirectoryPairing#readSystems}): per system a {@link FileSetScore}, and the pooled
     * result of each system side by side.
     */
    public static SystemsScore scoreSystemFolders(DirectoryPairing.Systems folders, ScoreOptions options, Progress progress,
                                                  Executor executor) {
        SystemsScore.checkNames(folders.names());
        int n = folders.names().size();
        List<BatchScoring.Row> rows = new ArrayList<>();
        int files = folders.files().size();
        int[] firstRow = new int[files + 1];
        for (int k = 0; k < files; k++) {
            firstRow[k] = rows.size();
            rows.addAll(systemRows(folders.files().get(k).paired()));
        }
        firstRow[files] = rows.size();
        BatchScoring.Scores scores = BatchScoring.run(rows, n, options, progress, executor);
        List<CorpusScore> pooled = new ArrayList<>(n);
        List<FileSetScore> sets = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            List<DirectoryPairing.PairedFile> perFile = new ArrayList<>(files);
            for (DirectoryPairing.SystemFiles f : folders.files()) {
                perFile.add(f.forSystem(s));
            }
            FileSetScore set = fileSet(perFile, scores, s, firstRow, options, folders.warnings(s), folders.names().get(s),
                    folders.hypothesisFolder(s), folders.referenceFormat(), folders.hypothesisFormat());
            sets.add(set);
            pooled.add(set.pooled());
        }
        return new SystemsScore(folders.names(), pooled, sets, systemsProvenance(pooled));
    }

    private static FileSetScore fileSet(List<DirectoryPairing.PairedFile> files, BatchScoring.Scores scores, int system,
                                        int[] firstRow, ScoreOptions options, List<String> warnings, String role,
                                        java.nio.file.Path hypothesisFolder, TranscriptFormat refFormat,
                                        TranscriptFormat hypFormat) {
        List<FileSetScore.FileScore> perFile = new ArrayList<>(files.size());
        ScoreAccumulator all = new ScoreAccumulator();
        List<String> allWarnings = new ArrayList<>(warnings);
        boolean markup = false;
        for (int k = 0; k < files.size(); k++) {
            DirectoryPairing.PairedFile f = files.get(k);
            Pairing.Result paired = f.paired();
            CorpusScore s = finish(scores, system, firstRow[k], firstRow[k + 1], options,
                    provenance(options, paired, role == null ? "hypothesis" : role), paired.warnings());
            perFile.add(new FileSetScore.FileScore(f.name(), f.reference(), f.hypothesis(), s));
            for (UtteranceScore u : s.utterances()) {
                all.add(u.withId(u.id().equals(f.name()) ? u.id() : f.name() + "/" + u.id()));
            }
            allWarnings.addAll(s.warnings());
            markup |= s.provenance().markup() != null;
        }
        String refDir = files.isEmpty() ? null : parent(files.get(0).reference());
        String hypDir = hypothesisFolder != null ? hypothesisFolder.toString() : hypothesisFolder(files);
        Set<String> refFormats = new TreeSet<>();
        Set<String> hypFormats = new TreeSet<>();
        for (DirectoryPairing.PairedFile f : files) {
            refFormats.add(f.paired().reference().format().id());
            if (f.hypothesis() != null) {
                hypFormats.add(f.paired().hypothesis().format().id());
            }
        }
        List<Provenance.Input> inputs = List.of(new Provenance.Input("reference", refDir, folderFormat(refFormat, refFormats)),
                new Provenance.Input(role == null ? "hypothesis" : role, hypDir, folderFormat(hypFormat, hypFormats)));
        return new FileSetScore(perFile, all.finish(options, Provenance.of(options, inputs, markup), allWarnings));
    }

    /** A folder's format: as given, else {@code by extension: } and the formats its files had, e.g. {@code by extension: nlp}. */
    private static String folderFormat(TranscriptFormat given, Set<String> found) {
        if (given != null) {
            return given.id();
        }
        return found.isEmpty() ? "by extension" : "by extension: " + String.join(", ", found);
    }

    private static String hypothesisFolder(List<DirectoryPairing.PairedFile> files) {
        for (DirectoryPairing.PairedFile f : files) {
            if (f.hypothesis() != null) {
                return parent(f.hypothesis());
            }
        }
        return null;
    }

    private static String parent(java.nio.file.Path p) {
        java.nio.file.Path parent = p.getParent();
        return parent == null ? "." : parent.toString();
    }

    private static CorpusScore finish(BatchScoring.Scores scores, int system, int from, int to, ScoreOptions options,
                                      Provenance provenance, List<String> warnings) {
        ScoreAccumulator acc = new ScoreAccumulator(to - from);
        for (int k = from; k < to; k++) {
            scores.addTo(k, system, acc);
        }
        return acc.finish(options, provenance, warnings);
    }

    private static List<BatchScoring.Row> rows(Pairing.Result paired) {
        List<BatchScoring.Row> rows = new ArrayList<>(paired.pairs().size());
        Pairing.Source[] ref = {paired.reference()};
        Pairing.Source[] hyp = {paired.hypothesis()};
        for (UtterancePair p : paired.pairs()) {
            rows.add(new BatchScoring.Row(new UtterancePair[] {p}, ref, hyp));
        }
        return rows;
    }

    /**
     * Rows of several pairings of one reference: row k holds every system's pair k when all
     * pairings list the same utterance ids in the same order (the usual case); otherwise (CTM
     * chunks cut by each hypothesis' times) each system gets rows of its own.
     */
    private static List<BatchScoring.Row> systemRows(List<Pairing.Result> paired) {
        int n = paired.size();
        Pairing.Source[] ref = new Pairing.Source[n];
        Pairing.Source[] hyp = new Pairing.Source[n];
        for (int s = 0; s < n; s++) {
            ref[s] = paired.get(s).reference();
            hyp[s] = paired.get(s).hypothesis();
        }
        List<BatchScoring.Row> rows = new ArrayList<>();
        if (sameUtterances(paired)) {
            int size = paired.get(0).pairs().size();
            for (int k = 0; k < size; k++) {
                UtterancePair[] pairs = new UtterancePair[n];
                for (int s = 0; s < n; s++) {
                    pairs[s] = paired.get(s).pairs().get(k);
                }
                rows.add(new BatchScoring.Row(pairs, ref, hyp));
            }
        } else {
            for (int s = 0; s < n; s++) {
                for (UtterancePair p : paired.get(s).pairs()) {
                    UtterancePair[] pairs = new UtterancePair[n];
                    pairs[s] = p;
                    rows.add(new BatchScoring.Row(pairs, ref, hyp));
                }
            }
        }
        return rows;
    }

    private static boolean sameUtterances(List<Pairing.Result> paired) {
        List<UtterancePair> first = paired.get(0).pairs();
        for (Pairing.Result p : paired) {
            if (p.pairs().size() != first.size()) {
                return false;
            }
            for (int k = 0; k < first.size(); k++) {
                if (!p.pairs().get(k).id().equals(first.get(k).id())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> names(List<NamedTranscript> hypotheses) {
        return hypotheses.stream().map(NamedTranscript::name).toList();
    }

    private static Provenance provenance(ScoreOptions options, Pairing.Result paired, String role) {
        List<Provenance.Input> inputs = List.of(input("reference", paired.reference()), input(role, paired.hypothesis()));
        boolean markup = paired.reference().format().carriesScliteMarkup() || paired.hypothesis().format().carriesScliteMarkup();
        return Provenance.of(options, inputs, markup);
    }

    private static Provenance.Input input(String role, Pairing.Source s) {
        return new Provenance.Input(role, s.file() == null ? null : s.file().toString(), s.format().id());
    }

    private static Provenance systemsProvenance(List<CorpusScore> systems) {
        List<Provenance.Input> inputs = new ArrayList<>();
        inputs.add(systems.get(0).provenance().reference());
        String markup = null;
        for (CorpusScore s : systems) {
            inputs.add(s.provenance().inputs().get(1));
            markup = markup != null ? markup : s.provenance().markup();
        }
        Provenance p = systems.get(0).provenance();
        return new Provenance(inputs, p.normalizer(), p.cost(), markup, p.unit(), p.werkVersion());
    }
}
