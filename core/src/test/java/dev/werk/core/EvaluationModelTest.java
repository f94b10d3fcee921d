package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.CostModel;
import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.ReadOptions;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.UtterancePair;
import dev.werk.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The result layer: accumulators that merge to the same result however the work is split, several
 * systems scored together equal to separate runs, provenance inside results, and token sources.
 */
class EvaluationModelTest {
    private static final String[] WORDS = {"a", "b", "c", "d", "e", "f"};

    /** A random trn corpus of {@code n} utterances; about one in ten is empty, and some hypotheses are missing. */
    private static String corpus(Random random, int n, boolean hypothesis, List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (hypothesis && random.nextInt(15) == 0) {
                continue;
            }
            int len = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(12);
            for (int w = 0; w < len; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            sb.append('(').append(ids.get(k)).append(")\n");
        }
        return sb.toString();
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            ids.add("u" + k);
        }
        return ids;
    }

    private static Transcript trn(String text, String name) {
        return TranscriptReader.parse(text, Path.of(name), TranscriptFormat.TRN);
    }

    private static void assertSameResult(CorpusScore expected, CorpusScore actual, String what) {
        assertEquals(expected.total(), actual.total(), what + ": counts");
        assertEquals(expected.sentenceErrors(), actual.sentenceErrors(), what + ": sentence errors");
        assertEquals(expected.emptyReferences(), actual.emptyReferences(), what + ": empty references");
        assertEquals(expected.utterances().size(), actual.utterances().size(), what + ": utterances");
        for (int k = 0; k < expected.utterances().size(); k++) {
            UtteranceScore e = expected.utterances().get(k);
            UtteranceScore a = actual.utterances().get(k);
            assertEquals(e.id(), a.id(), what + ": order");
            assertEquals(e.alignment(), a.alignment(), what + ": " + e.id());
            assertEquals(e.referenceTokens(), a.referenceTokens(), what + ": " + e.id());
            assertEquals(e.hypothesisTokens(), a.hypothesisTokens(), what + ": " + e.id());
            assertEquals(e.hypothesisMissing(), a.hypothesisMissing(), what + ": " + e.id());
        }
    }

    @Test
    void accumulatorsGiveTheSameResultHoweverTheWorkIsSplit() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(60);
            List<String> ids = ids(n);
            Pairing.Result paired = Pairing.pair(trn(corpus(random, n, false, ids), "r.trn"), trn(corpus(random, n, true, ids), "h.trn"));
            ScoreOptions options = ScoreOptions.defaults().withCost(random.nextBoolean() ? CostModel.SCLITE : CostModel.LEVENSHTEIN);
            Provenance p = Provenance.of(options, List.of(new Provenance.Input("reference", null, "trn")), true);
            CorpusScore whole = Scorer.score(paired, options);

            // Cut the pairs into random contiguous parts, score each with its own scorer, merge left to right
            // in a random bracketing: (a+b)+(c+d) must equal a+b+c+d.
            List<ScoreAccumulator> parts = new ArrayList<>();
            int k = 0;
            while (k < paired.pairs().size()) {
                int len = 1 + random.nextInt(8);
                UtteranceScorer scorer = new UtteranceScorer(options);
                ScoreAccumulator acc = new ScoreAccumulator();
                for (int j = k; j < Math.min(k + len, paired.pairs().size()); j++) {
                    acc.add(scorer.score(paired.pairs().get(j), paired.reference(), paired.hypothesis()));
                }
                parts.add(acc);
                k += len;
            }
            while (parts.size() > 1) {
                int at = random.nextInt(parts.size() - 1);
                parts.set(at, parts.get(at).merge(parts.remove(at + 1)));
            }
            assertSameResult(whole, parts.get(0).finish(options, p, List.of()), "round " + round);
        }
    }

    @Test
    void anAccumulatorCannotSwallowItself() {
        ScoreAccumulator a = new ScoreAccumulator();
        assertThrows(IllegalArgumentException.class, () -> a.merge(a));
    }

    @ParameterizedTest
    @EnumSource(CostModel.class)
    void severalSystemsEqualSeparateRuns(CostModel cost) {
        Random random = new Random(11 + cost.ordinal());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                int n = 1 + random.nextInt(40);
                List<String> ids = ids(n);
                Transcript ref = trn(corpus(random, n, false, ids), "ref.trn");
                List<NamedTranscript> hyps = new ArrayList<>();
                int systems = 1 + random.nextInt(4);
                for (int s = 0; s < systems; s++) {
                    hyps.add(new NamedTranscript("sys" + s, trn(corpus(random, n, true, ids), "hyp" + s + ".trn")));
                }
                ScoreOptions options = ScoreOptions.defaults().withCost(cost)
                        .withNormalizer(TextNormalizer.preset(random.nextBoolean() ? "none" : "jiwer"));
                SystemsScore together = random.nextBoolean()
                        ? Scorer.scoreSystems(ref, hyps, Pairing.Rules.DEFAULT, options)
                        : Scorer.scoreSystems(ref, hyps, Pairing.Rules.DEFAULT, options, Scorer.Progress.NONE, pool);
                assertEquals(hyps.stream().map(NamedTranscript::name).toList(), together.names());
                for (int s = 0; s < systems; s++) {
                    CorpusScore alone = Scorer.score(Pairing.pair(ref, hyps.get(s).transcript()), options);
                    assertSameResult(alone, together.systems().get(s), "round " + round + " system " + s);
                    assertEquals("sys" + s, together.system("sys" + s).provenance().inputs().get(1).role());
                    assertEquals("hyp" + s + ".trn", together.system("sys" + s).provenance().inputs().get(1).path());
                }
                for (String id : together.utteranceIds()) {
                    List<UtteranceScore> side = together.utterance(id);
                    assertEquals(systems, side.size());
                    for (int s = 0; s < systems; s++) {
                        assertEquals(id, side.get(s).id());
                        assertEquals(side.get(0).referenceTokens(), side.get(s).referenceTokens(), "one reference for all");
                    }
                }
                assertEquals(systems + 1, together.provenance().inputs().size());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void severalSystemsOfWholeFilesAndTimedFormats() {
        Transcript stm = TranscriptReader.parse("rec 1 spk 0.0 2.0 a b c\nrec 1 spk 2.0 4.0 d e\n", Path.of("r.stm"), TranscriptFormat.STM);
        Transcript ctm1 = TranscriptReader.parse("rec 1 0.1 0.2 a\nrec 1 0.5 0.2 x\nrec 1 2.5 0.2 d\n", Path.of("1.ctm"), TranscriptFormat.CTM);
        Transcript ctm2 = TranscriptReader.parse("rec 1 0.1 0.2 a\nrec 1 0.5 0.2 b\nrec 1 0.9 0.2 c\nrec 1 2.5 0.2 d\nrec 1 3.1 0.2 e\n",
                Path.of("2.ctm"), TranscriptFormat.CTM);
        SystemsScore s = Scorer.scoreSystems(stm, List.of(new NamedTranscript("one", ctm1), new NamedTranscript("two", ctm2)),
                Pairing.Rules.DEFAULT, ScoreOptions.defaults());
        assertSameResult(Scorer.score(Pairing.pair(stm, ctm1), ScoreOptions.defaults()), s.system("one"), "stm/ctm one");
        assertSameResult(Scorer.score(Pairing.pair(stm, ctm2), ScoreOptions.defaults()), s.system("two"), "stm/ctm two");
        assertEquals(0, s.system("two").total().errors());

        Pairing.Rules whole = new Pairing.Rules(true, false);
        SystemsScore w = Scorer.scoreSystems(stm, List.of(new NamedTranscript("one", ctm1)), whole, ScoreOptions.defaults());
        assertSameResult(Scorer.score(Pairing.wholeFile(stm, ctm1), ScoreOptions.defaults()), w.system("one"), "whole file");
    }

    @Test
    void systemFoldersEqualSeparateFolderRuns(@TempDir Path dir) throws IOException {
        Random random = new Random(5);
        Path refs = Files.createDirectories(dir.resolve("ref"));
        List<Path> hypDirs = List.of(Files.createDirectories(dir.resolve("h0")), Files.createDirectories(dir.resolve("h1")));
        for (int f = 0; f < 4; f++) {
            int n = 1 + random.nextInt(10);
            List<String> ids = ids(n);
            Files.writeString(refs.resolve("call" + f + ".trn"), corpus(random, n, false, ids));
            for (int s = 0; s < hypDirs.size(); s++) {
                if (f == 3 && s == 1) {
                    continue; // a file that system 1 lacks: all deletions, with a warning
                }
                Files.writeString(hypDirs.get(s).resolve("call" + f + ".trn"), corpus(random, n, true, ids));
            }
        }
        ScoreOptions options = ScoreOptions.defaults().withCost(CostModel.SCLITE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        SystemsScore together;
        try {
            together = Scorer.scoreSystemFolders(DirectoryPairing.readSystems(refs, null, List.of("a", "b"), hypDirs, null,
                    new DirectoryPairing.Options(false, false, false, ReadOptions.STRICT), pool), options, Scorer.Progress.NONE, pool);
        } finally {
            pool.shutdown();
        }
        for (int s = 0; s < 2; s++) {
            FileSetScore alone = Scorer.scoreFiles(DirectoryPairing.read(refs, null, hypDirs.get(s), null, false), options);
            FileSetScore mine = together.fileSets().get(s);
            assertSameResult(alone.pooled(), mine.pooled(), "system " + s + " pooled");
            assertSameResult(alone.pooled(), together.systems().get(s), "system " + s + " pooled");
            assertEquals(alone.pooled().warnings(), mine.pooled().warnings());
            for (int f = 0; f < alone.files().size(); f++) {
                assertSameResult(alone.files().get(f).score(), mine.files().get(f).score(), "system " + s + " file " + f);
            }
        }
        assertNull(together.fileSet("b").files().get(3).hypothesis());
        assertEquals(refs.toString(), together.system("a").provenance().reference().path());
        assertEquals(hypDirs.get(1).toString(), together.system("b").provenance().inputs().get(1).path());
    }

    @Test
    void provenanceNamesThePipelineAndOnlyMarkupThatCanExist() {
        ScoreOptions options = ScoreOptions.defaults().withCost(CostModel.SCLITE).withNormalizer(TextNormalizer.preset("jiwer"));
        CorpusScore trn = Scorer.score(Pairing.pair(trn("a b (u1)\n", "ref.trn"), trn("a c (u1)\n", "hyp.trn")), options);
        Provenance p = trn.provenance();
        assertEquals(List.of(new Provenance.Input("reference", "ref.trn", "trn"), new Provenance.Input("hypothesis", "hyp.trn", "trn")),
                p.inputs());
        assertEquals("jiwer", p.normalizer());
        assertEquals("sclite", p.cost());
        assertEquals("word", p.unit());
        assertEquals("sclite", p.markup());
        assertNotNull(p.werkVersion());
        CorpusScore plain = Scorer.score(Pairing.pair(TranscriptReader.parse("a b\n", Path.of("r.txt"), TranscriptFormat.PLAIN),
                TranscriptReader.parse("a b\n", Path.of("h.txt"), TranscriptFormat.PLAIN)), options);
        assertNull(plain.provenance().markup(), "plain text cannot carry markup, so no markup setting is named");
    }

    @Test
    void tokenSourcesAndTimesComeFromTheSourceWords() {
        Transcript stm = TranscriptReader.parse("rec 1 spk 0.0 9.0 the cat sat\n", Path.of("r.stm"), TranscriptFormat.STM);
        Transcript ctm = TranscriptReader.parse("rec 1 0.5 0.25 the 0.9\nrec 1 1.0 0.5 cap 0.4\nrec 1 2.0 0.5 sat 0.8\nrec 1 3.0 0.5 down 0.7\n",
                Path.of("h.ctm"), TranscriptFormat.CTM);
        Pairing.Result paired = Pairing.pair(stm, ctm);
        UtteranceScore u = new UtteranceScorer(ScoreOptions.defaults().withOffsets(true))
                .score(paired.pairs().get(0), paired.reference(), paired.hypothesis());
        assertTrue(u.hasSources());
        assertEquals(List.of("the", "cap", "sat", "down"), u.hypothesisTokens());
        String text = u.hypothesis().text();
        for (int k = 0; k < u.hypothesisTokens().size(); k++) {
            TokenSource s = u.hypothesisSource(k);
            assertEquals(u.hypothesisTokens().get(k), text.substring(s.charFrom(), s.charTo()));
            assertEquals(k, s.wordFrom());
            assertEquals(k + 1, s.wordTo());
        }
        assertEquals(1.0, u.hypothesisStart(1), 1e-12);
        assertEquals(1.5, u.hypothesisEnd(1), 1e-12);
        assertEquals(0.4, u.hypothesisConfidence(1), 1e-12);
        assertEquals(3.0, u.hypothesisStart(3), 1e-12);
        assertTrue(Double.isNaN(Scorer.score(paired, ScoreOptions.defaults()).utterances().get(0).hypothesisStart(0)),
                "without offsets no source is known");
        String refText = u.reference().text();
        TokenSource r = u.referenceSource(2);
        assertEquals("sat", refText.substring(r.charFrom(), r.charTo()));
    }

    @Test
    void aMergedTokenTakesTheFirstStartTheLastEndAndTheLowestConfidence() {
        Transcript stm = TranscriptReader.parse("rec 1 spk 0.0 9.0 i paid $25\n", Path.of("r.stm"), TranscriptFormat.STM);
        Transcript ctm = TranscriptReader.parse("rec 1 0.5 0.25 I 0.9\nrec 1 1.0 0.5 paid 0.95\nrec 1 2.0 0.5 twenty 0.8\n"
                + "rec 1 2.5 0.5 five 0.3\nrec 1 3.0 0.5 dollars. 0.7\n", Path.of("h.ctm"), TranscriptFormat.CTM);
        Pairing.Result paired = Pairing.pair(stm, ctm);
        ScoreOptions options = ScoreOptions.defaults().withNormalizer(TextNormalizer.preset("whisper-english")).withOffsets(true);
        UtteranceScore u = new UtteranceScorer(options).score(paired.pairs().get(0), paired.reference(), paired.hypothesis());
        assertEquals(List.of("i", "paid", "$25"), u.hypothesisTokens());
        assertEquals(0, u.counts().errors());
        TokenSource merged = u.hypothesisSource(2);
        assertEquals(2, merged.wordFrom());
        assertEquals(5, merged.wordTo());
        assertEquals(2.0, u.hypothesisStart(2), 1e-12);
        assertEquals(3.5, u.hypothesisEnd(2), 1e-12);
        assertEquals(0.3, u.hypothesisConfidence(2), 1e-12, "a merged token is as doubtful as its most doubtful word");
        assertEquals(0.95, u.hypothesisConfidence(1), 1e-12);
        assertEquals(Scorer.score(paired, options.withOffsets(false)).utterances().get(0).alignment(), u.alignment(),
                "offsets change no number");
    }

    @Test
    void withAnyNormaliserEveryTokenHasSourcesWithinItsText() {
        Random random = new Random(3);
        String[] pieces = {"Hello", "world,", "it's", "twenty", "five", "k-nearest", "Mr.", "$5", "um", "(noise)", "OK!", "3.5%"};
        for (String preset : TextNormalizer.presetNames()) {
            ScoreOptions options = ScoreOptions.defaults().withNormalizer(TextNormalizer.preset(preset)).withOffsets(true);
            UtteranceScorer scorer = new UtteranceScorer(options);
            for (int round = 0; round < 200; round++) {
                StringBuilder ref = new StringBuilder();
                StringBuilder hyp = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) {
                    ref.append(pieces[random.nextInt(pieces.length)]).append(' ');
                    hyp.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "  ");
                }
                Pairing.Result paired = Pairing.pair(TranscriptReader.parse(ref + "\n", null, TranscriptFormat.PLAIN),
                        TranscriptReader.parse(hyp + "\n", null, TranscriptFormat.PLAIN));
                UtteranceScore u = scorer.score(paired.pairs().get(0), paired.reference(), paired.hypothesis());
                int rawWords = dev.werk.core.text.Whitespace.split(u.hypothesis().text()).size();
                for (int k = 0; k < u.hypothesisTokens().size(); k++) {
                    TokenSource t = u.hypothesisSource(k);
                    assertTrue(t.charTo() <= u.hypothesis().text().length(), preset + ": " + hyp);
                    assertTrue(t.wordTo() <= rawWords, preset + ": " + hyp);
                    if (k > 0) {
                        assertTrue(t.charFrom() >= u.hypothesisSource(k - 1).charFrom(), preset + ": sources in order: " + hyp);
                    }
                }
                assertEquals(Scorer.score(paired, options.withOffsets(false)).total(), u.counts(), preset + ": " + hyp);
            }
        }
    }

    @Test
    void aMissingHypothesisHasNoTokens() {
        Transcript ref = trn("a b (u1)\n", "r.trn");
        UtterancePair pair = Pairing.missingHypothesis(ref, "w").pairs().get(0);
        UtteranceScore u = new UtteranceScorer(ScoreOptions.defaults().withOffsets(true)).score(pair, Pairing.Source.PLAIN, Pairing.Source.PLAIN);
        assertTrue(u.hypothesisMissing());
        assertEquals(List.of(), u.hypothesisTokens());
        assertEquals(2, u.counts().deletions());
    }
}
