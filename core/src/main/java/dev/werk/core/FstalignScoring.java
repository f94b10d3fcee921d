package dev.werk.core;

import dev.werk.core.fstalign.CaseStats;
import dev.werk.core.fstalign.ClassScores;
import dev.werk.core.fstalign.EntityTypes;
import dev.werk.core.fstalign.Fstalign;
import dev.werk.core.fstalign.AlignedNlpRow;
import dev.werk.core.fstalign.FstalignAlignment;
import dev.werk.core.fstalign.SideBySideRow;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.Lattice;
import dev.werk.core.fstalign.NlpReference;
import dev.werk.core.fstalign.Normalizations;
import dev.werk.core.io.TimedWord;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.Utterance;
import dev.werk.core.metrics.Counts;
import dev.werk.core.text.TextNormalizer;
import dev.werk.core.text.Whitespace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Scores file pairs as Rev's fstalign does ({@code fstalign wer}), with normalization and wer_tag
 * side files: the entry point of {@code werk score --fstalign}. Each file is one utterance, read
 * as fstalign reads it (NLP: the token column; other formats: their words), lower-cased; the
 * alignment and the entity accounting are {@link Fstalign}'s. Files are aligned over an executor when given one.
 */
public final class FstalignScoring {
    /** The preset's name, shown in every output. */
    public static final String PRESET = "fstalign";

    /** The options reported with the scores: fstalign lower-cases both sides. */
    static final ScoreOptions OPTIONS = ScoreOptions.defaults()
            .withNormalizer(TextNormalizer.builder().add("lowercase").build()).withMarkup(ScoreOptions.Markup.OFF);

    private FstalignScoring() {
    }

    /**
     * One file pair and its side files.
     *
     * @param name             the name shown for the pair (the files' base name)
     * @param reference        the reference (NLP, or any format werk reads: then without entities)
     * @param referenceFormat  its format
     * @param hypothesis       the hypothesis, or null when missing (all deletions)
     * @param hypothesisFormat its format
     * @param normalization    the normalization file, or null
     * @param tags             the wer_tag file, or null
     * @param symbols          for a hypothesis that is an OpenFst lattice ({@link Lattice}), its symbol
     *                         table; null for a transcript (then {@code hypothesisFormat} says how to read it)
     */
    public record FilePair(String name, Path reference, TranscriptFormat referenceFormat, Path hypothesis,
                           TranscriptFormat hypothesisFormat, Path normalization, Path tags, Path symbols) {
        /** A pair whose hypothesis is a transcript. */
        public FilePair(String name, Path reference, TranscriptFormat referenceFormat, Path hypothesis,
                        TranscriptFormat hypothesisFormat, Path normalization, Path tags) {
            this(name, reference, referenceFormat, hypothesis, hypothesisFormat, normalization, tags, null);
        }

        /** Whether the hypothesis is an OpenFst lattice. */
        public boolean lattice() {
            return symbols != null && hypothesis != null;
        }
    }

    /** The format named for a lattice hypothesis in provenance. */
    public static final String LATTICE_FORMAT = "openfst-lattice";

    /**
     * Reads and scores every pair.
     *
     * @param strictIds true: an id of a side file that the reference does not use is an error;
     *                  false: a warning (see the README: Earnings-21's own files have such ids)
     * @param warnings  warnings about the pairing itself, shown first
     * @throws dev.werk.core.io.WerkDataException for unreadable or malformed input, naming the file
     */
    public static FstalignScore score(List<FilePair> pairs, FstalignSettings settings, boolean strictIds,
                                      List<String> warnings) throws IOException {
        return score(pairs, settings, strictIds, warnings, null);
    }

    /**
     * As {@link #score(List, FstalignSettings, boolean, List)}, aligning the pairs over {@code executor}
     * when it is not null (the result, and the first error in pair order, are those of one thread).
     */
    public static FstalignScore score(List<FilePair> pairs, FstalignSettings settings, boolean strictIds,
                                      List<String> warnings, Executor executor) throws IOException {
        FstalignAlignment[] done = new FstalignAlignment[pairs.size()];
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<AlignedNlpRow>[] aligned = new List[pairs.size()];
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<String>[] notes = new List[pairs.size()];
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        try {
            for (int index = 0; index < pairs.size(); index++) {
                int k = index;
                Runnable task = () -> {
                    try {
                        FilePair p = pairs.get(k);
                        NlpReference ref = reference(p);
                        Normalizations norm = p.normalization() == null ? Normalizations.NONE : Normalizations.read(p.normalization());
                        EntityTypes types = p.tags() == null ? EntityTypes.NONE : EntityTypes.read(p.tags());
                        List<String> w = new ArrayList<>(Fstalign.checkIds(ref, norm, types, strictIds));
                        if (p.lattice()) {
                            done[k] = Fstalign.align(ref, norm, types, Lattice.read(p.hypothesis(), p.symbols()), settings);
                        } else {
                            List<String> hyp = p.hypothesis() == null ? List.of()
                                    : hypothesis(p.hypothesis(), p.hypothesisFormat(), settings.usePunctuation());
                            done[k] = Fstalign.align(ref, norm, types, hyp, settings, p.hypothesisFormat());
                        }
                        if (settings.sideBySide() && ref.isNlp() && p.hypothesis() != null) {
                            // a lattice has no times: fstalign writes 0, as for a text hypothesis
                            float[][] times = p.lattice() ? new float[][] {null, null}
                                    : hypothesisTimes(p.hypothesis(), p.hypothesisFormat());
                            aligned[k] = Fstalign.alignedNlp(done[k], ref, settings.usePunctuation(), times[0], times[1]);
                        }
                        w.addAll(done[k].warnings());
                        notes[k] = w;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                if (executor == null) {
                    task.run();
                } else {
                    tasks.add(CompletableFuture.runAsync(task, executor));
                }
            }
            for (CompletableFuture<Void> t : tasks) {
                try {
                    t.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw e;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<FileSetScore.FileScore> files = new ArrayList<>();
        ScoreAccumulator all = new ScoreAccumulator();
        List<String> allWarnings = new ArrayList<>(warnings);
        ClassScores classes = ClassScores.EMPTY;
        ClassScores labelClasses = ClassScores.EMPTY;
        Map<String, ClassScores> perFile = new LinkedHashMap<>();
        CaseStats caseStats = null;
        Map<String, CaseStats> fileCaseStats = new LinkedHashMap<>();
        Counts speakerSwitch = null;
        Map<String, Counts> fileSpeakerSwitch = new LinkedHashMap<>();
        Map<String, Map<String, Counts>> fileSpeakers = new LinkedHashMap<>();
        Map<String, List<SideBySideRow>> fileSideBySide = new LinkedHashMap<>();
        Map<String, List<AlignedNlpRow>> fileAlignedNlp = new LinkedHashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            FilePair p = pairs.get(k);
            FstalignAlignment a = done[k];
            List<String> fileWarnings = new ArrayList<>(notes[k]);
            if (p.hypothesis() == null) {
                fileWarnings.add(0, p.name() + ": no hypothesis file; every reference word counts as deleted");
            }
            Utterance ref = new Utterance(p.name(), 1, String.join(" ", a.reference()));
            Utterance hyp = p.hypothesis() == null ? null : new Utterance(p.name(), 1, String.join(" ", a.hypothesis()));
            UtteranceScore u = new UtteranceScore(p.name(), ref, hyp, a.reference().toArray(String[]::new),
                    a.hypothesis().toArray(String[]::new), a.alignment(), null, null);
            CorpusScore s = new ScoreAccumulator().add(u).finish(OPTIONS, provenance(p), fileWarnings);
            files.add(new FileSetScore.FileScore(p.name(), p.reference(), p.hypothesis(), s));
            if (settings.sideBySide()) {
                fileSideBySide.put(p.name(), a.sideBySide());
                if (aligned[k] != null) {
                    fileAlignedNlp.put(p.name(), aligned[k]);
                }
            }
            all.add(u);
            allWarnings.addAll(fileWarnings);
            classes = classes.plus(a.classes());
            labelClasses = labelClasses.plus(a.labelClasses());
            perFile.put(p.name(), a.classes());
            if (a.caseStats() != null) {
                caseStats = caseStats == null ? a.caseStats() : caseStats.plus(a.caseStats());
                fileCaseStats.put(p.name(), a.caseStats());
            }
            // fstalign reports speakers only for an NLP reference (its speaker column)
            if (p.referenceFormat() == TranscriptFormat.NLP) {
                if (a.speakerSwitch() != null) {
                    speakerSwitch = speakerSwitch == null ? a.speakerSwitch() : speakerSwitch.plus(a.speakerSwitch());
                    fileSpeakerSwitch.put(p.name(), a.speakerSwitch());
                }
                fileSpeakers.put(p.name(), a.perSpeaker());
            }
        }
        Path first = pairs.isEmpty() ? null : pairs.get(0).reference();
        Path firstHyp = pairs.stream().map(FilePair::hypothesis).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        FileSetScore set = new FileSetScore(files, all.finish(OPTIONS, pairs.size() == 1
                ? provenance(pairs.get(0)) : folderProvenance(first, firstHyp), allWarnings));
        return new FstalignScore(set, classes, labelClasses, perFile, PRESET, caseStats, fileCaseStats,
                settings.speakerSwitchContext(), speakerSwitch, fileSpeakerSwitch, fileSpeakers, fileSideBySide, fileAlignedNlp);
    }

    private static Provenance provenance(FilePair p) {
        Path hyp = p.hypothesis();
        return Provenance.of(OPTIONS, List.of(new Provenance.Input("reference", p.reference().toString(), p.referenceFormat().id()),
                new Provenance.Input("hypothesis", hyp == null ? null : hyp.toString(),
                        p.lattice() ? LATTICE_FORMAT : p.hypothesisFormat().id())), false);
    }

    private static Provenance folderProvenance(Path ref, Path hyp) {
        return Provenance.of(OPTIONS, List.of(new Provenance.Input("reference", parent(ref), "by extension"),
                new Provenance.Input("hypothesis", parent(hyp), "by extension")), false);
    }

    private static String parent(Path p) {
        return p == null ? null : p.getParent() == null ? "." : p.getParent().toString();
    }

    static NlpReference reference(FilePair p) throws IOException {
        if (p.referenceFormat() == TranscriptFormat.NLP) {
            return NlpReference.read(p.reference());
        }
        return NlpReference.ofTokens(p.reference(), words(TranscriptReader.read(p.reference(), p.referenceFormat())));
    }

    /** The hypothesis tokens as fstalign reads them: an NLP file's token column, else the words. */
    static List<String> hypothesis(Path file, TranscriptFormat format) throws IOException {
        return hypothesis(file, format, false);
    }

    /** As {@link #hypothesis(Path, TranscriptFormat)}; {@code punctuation}: an NLP file's punctuation column as tokens too. */
    static List<String> hypothesis(Path file, TranscriptFormat format, boolean punctuation) throws IOException {
        if (format == TranscriptFormat.NLP) {
            NlpReference h = NlpReference.read(file);
            return h.tokens(punctuation);
        }
        return words(TranscriptReader.read(file, format));
    }

    /**
     * The hypothesis words' times as fstalign's stitching takes them, {@code {starts, ends}}: a CTM
     * word's start and start + duration (in {@code float}), an NLP row's {@code ts} and {@code endTs}
     * (either alone for both; 0 without); {@code {null, null}} for a text hypothesis, whose times
     * fstalign leaves at 0.
     */
    static float[][] hypothesisTimes(Path file, TranscriptFormat format) throws IOException {
        if (format == TranscriptFormat.NLP) {
            return NlpReference.read(file).times();
        }
        if (format != TranscriptFormat.CTM) {
            return new float[][] {null, null};
        }
        List<Float> starts = new ArrayList<>();
        List<Float> ends = new ArrayList<>();
        for (Utterance u : TranscriptReader.read(file, format).utterances()) {
            if (u.excluded()) {
                continue;
            }
            for (TimedWord w : u.words()) {
                float start = (float) w.start();
                starts.add(start);
                ends.add(start + (float) (w.end() - w.start()));
            }
        }
        float[] s = new float[starts.size()];
        float[] e = new float[ends.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = starts.get(k);
            e[k] = ends.get(k);
        }
        return new float[][] {s, e};
    }

    private static List<String> words(Transcript t) {
        List<String> out = new ArrayList<>();
        for (Utterance u : t.utterances()) {
            if (u.excluded()) {
                continue;
            }
            out.addAll(Whitespace.split(u.text()));
        }
        return out;
    }
}
