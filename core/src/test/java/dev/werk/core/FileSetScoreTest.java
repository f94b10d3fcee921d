package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.metrics.Counts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileSetScoreTest {

    private static DirectoryPairing.PairedFile file(String name, String ref, String hyp) {
        Transcript r = TranscriptReader.parse(ref, Path.of(name + ".txt"), TranscriptFormat.PLAIN);
        if (hyp == null) {
            return new DirectoryPairing.PairedFile(name, Path.of(name + ".txt"), null, Pairing.missingHypothesis(r, "missing " + name));
        }
        Transcript h = TranscriptReader.parse(hyp, Path.of(name + ".hyp"), TranscriptFormat.PLAIN);
        return new DirectoryPairing.PairedFile(name, Path.of(name + ".txt"), Path.of(name + ".hyp"), Pairing.pair(r, h));
    }

    @Test
    void eachFileAloneAndAllPooled() {
        FileSetScore s = Scorer.scoreFiles(List.of(
                file("a", "one two three\nfour\n", "one too three\nfour five\n"), // H3 S1 D0 I1
                file("b", "six seven\n", null)),                                   // D2
                ScoreOptions.defaults(), List.of());
        assertEquals(2, s.files().size());
        assertEquals(new Counts(3, 1, 0, 1), s.files().get(0).score().total());
        assertEquals(new Counts(0, 0, 2, 0), s.files().get(1).score().total());
        assertTrue(s.files().get(1).hypothesisMissing());
        CorpusScore pooled = s.pooled();
        assertEquals(new Counts(3, 1, 2, 1), pooled.total());
        assertEquals(4.0 / 6.0, pooled.measures().wer(), 1e-12);
        assertEquals(3, pooled.utterances().size());
        assertEquals(List.of("a/1", "a/2", "b/1"), pooled.utterances().stream().map(UtteranceScore::id).toList());
        assertEquals(List.of("missing b"), pooled.warnings());
        assertEquals(3, pooled.sentenceErrors());
    }
}
