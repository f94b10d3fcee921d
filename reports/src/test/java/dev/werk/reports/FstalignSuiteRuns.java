package dev.werk.reports;

import dev.werk.core.FstalignScore;
import dev.werk.core.FstalignScoring;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.SynonymRules;
import dev.werk.core.io.TranscriptFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** fstalign's suite inputs scored as the suite runs fstalign, with the side-by-side rows (and so the aligned NLP rows) recorded. */
final class FstalignSuiteRuns {
    /** The name the one pair is scored under. */
    static final String PAIR = "pair";

    private FstalignSuiteRuns() {
    }

    /** {@code testdata/fstalign/suite}. */
    static Path suite() {
        String d = System.getProperty("werk.testdata");
        return (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve("fstalign/suite");
    }

    /**
     * {@code ref} against {@code hyp} (files of the suite's data folder; format by extension) with the
     * normalization file {@code norm} (null: none), the suite's synonyms, derived cut-off and hyphen rules,
     * and the adapted composition or the standard one as fstalign's walker searches it.
     */
    static FstalignScore score(String ref, String hyp, String norm, boolean adapted) throws IOException {
        Path data = suite().resolve("data");
        FstalignScoring.FilePair pair = new FstalignScoring.FilePair(PAIR, data.resolve(ref), format(ref), data.resolve(hyp),
                format(hyp), norm == null ? null : data.resolve(norm), null);
        FstalignSettings settings = new FstalignSettings(SynonymRules.read(suite().resolve("synonyms.rules.txt")), true, true, true,
                5, false, false, adapted).withWalker(!adapted).withSideBySide(true);
        return FstalignScoring.score(List.of(pair), settings, true, List.of());
    }

    static TranscriptFormat format(String name) {
        return name.endsWith(".nlp") ? TranscriptFormat.NLP : name.endsWith(".ctm") ? TranscriptFormat.CTM : TranscriptFormat.PLAIN;
    }
}
