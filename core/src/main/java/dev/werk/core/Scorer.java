package dev.werk.core;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.Vocabulary;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.UtterancePair;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring entry point: normalise, tokenise, align and pool. Pure: it reads no file and prints
 * nothing; readers ({@link dev.werk.core.io.TranscriptReader}) and renderers sit on either side.
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

    private Scorer() {
    }

    /** Scores paired utterances; the pairing's warnings are carried into the result. */
    public static CorpusScore score(Pairing.Result paired, ScoreOptions options) {
        return score(paired.pairs(), options, paired.warnings());
    }

    /** Told how many utterances are done, so a terminal can show progress; called from the scoring thread. */
    @FunctionalInterface
    public interface Progress {
        /** No progress reports. */
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** Scores the given pairs in order. */
    public static CorpusScore score(List<UtterancePair> pairs, ScoreOptions options, List<String> warnings) {
        return score(pairs, options, warnings, Progress.NONE);
    }

    /** Scores the given pairs in order, reporting progress every {@value #PROGRESS_STEP} utterances. */
    public static CorpusScore score(List<UtterancePair> pairs, ScoreOptions options, List<String> warnings, Progress progress) {
        Vocabulary vocabulary = new Vocabulary();
        Aligner aligner = Aligner.create(options.cost());
        List<UtteranceScore> scores = new ArrayList<>(pairs.size());
        for (UtterancePair p : pairs) {
            int[] ref = tokens(p.reference().text(), options, vocabulary);
            int[] hyp = tokens(p.hypothesisText(), options, vocabulary);
            Alignment a = aligner.align(ref, hyp);
            scores.add(new UtteranceScore(p.id(), p.reference().line(), p.hypothesis() == null, ref, hyp, a));
            if (scores.size() % PROGRESS_STEP == 0) {
                progress.update(scores.size(), pairs.size());
            }
        }
        progress.update(scores.size(), pairs.size());
        return new CorpusScore(options, scores, vocabulary, warnings);
    }

    private static int[] tokens(String text, ScoreOptions options, Vocabulary vocabulary) {
        String normalized = options.normalizes() ? options.normalizer().normalize(text) : text;
        return options.unit() == ScoringUnit.CHAR ? Vocabulary.characters(normalized) : vocabulary.words(normalized);
    }
}
