package dev.werk.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.metrics.Counts;
import dev.werk.core.stats.BootstrapResult;
import dev.werk.core.stats.McNemarTest;
import dev.werk.core.stats.PairedBootstrap;
import dev.werk.core.stats.PairedCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentTest {
    @TempDir
    Path dir;

    private static final String[] WORDS = {"the", "cat", "sat", "on", "a", "mat", "sagemaker", "ec2", "jupyter", "notebook"};

    private static String sentence(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String corrupt(Random rnd, String ref, double rate) {
        StringBuilder sb = new StringBuilder();
        for (String w : ref.split(" ")) {
            double x = rnd.nextDouble();
            if (x < rate / 3) {
                continue;
            }
            sb.append(sb.length() > 0 ? " " : "").append(x < 2 * rate / 3 ? WORDS[rnd.nextInt(WORDS.length)] : w);
            if (x > 1 - rate / 3) {
                sb.append(" um");
            }
        }
        return sb.toString();
    }

    private Manifest write(Random rnd, int items, boolean blocks) throws IOException {
        StringBuilder csv = new StringBuilder(blocks ? "item,set,reference,block,baseline,custom\n" : "item,set,reference,baseline,custom\n");
        for (int i = 0; i < items; i++) {
            StringBuilder ref = new StringBuilder();
            StringBuilder base = new StringBuilder();
            StringBuilder cust = new StringBuilder();
            for (int u = 0; u < 1 + rnd.nextInt(4); u++) {
                String r = sentence(rnd, 3 + rnd.nextInt(12));
                ref.append(r).append('\n');
                base.append(corrupt(rnd, r, 0.3)).append('\n');
                cust.append(corrupt(rnd, r, 0.15)).append('\n');
            }
            Files.writeString(dir.resolve("r" + i + ".txt"), ref);
            Files.writeString(dir.resolve("b" + i + ".txt"), base);
            Files.writeString(dir.resolve("c" + i + ".txt"), cust);
            csv.append("it").append(i).append(',').append(i % 2 == 0 ? "in-sample" : "out-of-sample").append(",r").append(i).append(".txt,");
            if (blocks) {
                csv.append("spk").append(i % 3).append(',');
            }
            csv.append('b').append(i).append(".txt,c").append(i).append(".txt\n");
        }
        Files.writeString(dir.resolve("m.csv"), csv);
        return ManifestReader.read(dir.resolve("m.csv"));
    }

    private static CorpusScore score(Path ref, Path hyp) throws IOException {
        return Scorer.score(Pairing.pair(TranscriptReader.read(ref), TranscriptReader.read(hyp)), ScoreOptions.defaults());
    }

    @Test
    void poolsPerSetAndComparesFromExactCounts() throws IOException {
        Random rnd = new Random(21);
        Manifest m = write(rnd, 9, false);
        CompareOptions o = CompareOptions.defaults().withResamples(500).withSeed(5);
        Comparison c = Experiment.compare(m, o, ScoreOptions.defaults());
        assertEquals(List.of("in-sample", "out-of-sample", "all"), c.sets().stream().map(Results.SetScore::name).toList());
        PairedCounts.Builder units = PairedCounts.builder(List.of("baseline", "custom"), List.of("in-sample", "out-of-sample"));
        Counts[][] pooled = {{Counts.ZERO, Counts.ZERO}, {Counts.ZERO, Counts.ZERO}, {Counts.ZERO, Counts.ZERO}};
        int only0 = 0;
        int only1 = 0;
        for (int i = 0; i < 9; i++) {
            Item it = m.items().get(i);
            CorpusScore b = score(it.reference(), it.hypotheses().get(0));
            CorpusScore k = score(it.reference(), it.hypotheses().get(1));
            assertEquals(b.total(), c.items().get(i).counts().get(0));
            assertEquals(k.total(), c.items().get(i).counts().get(1));
            int g = i % 2;
            pooled[g][0] = pooled[g][0].plus(b.total());
            pooled[g][1] = pooled[g][1].plus(k.total());
            pooled[2][0] = pooled[2][0].plus(b.total());
            pooled[2][1] = pooled[2][1].plus(k.total());
            units.add(it.name(), it.set(), b.total().referenceWords(), b.total().errors(), k.total().errors());
            for (int u = 0; u < b.utterances().size(); u++) {
                boolean wb = b.utterances().get(u).hasError();
                boolean wk = k.utterances().get(u).hasError();
                only0 += wb && !wk ? 1 : 0;
                only1 += wk && !wb ? 1 : 0;
            }
        }
        BootstrapResult boot = PairedBootstrap.run(units.build(), new PairedBootstrap.Options(PairedBootstrap.Method.PERCENTILE, 5, 500, 0.05, 0));
        for (int g = 0; g < 3; g++) {
            Results.SetScore s = c.sets().get(g);
            assertEquals(pooled[g][0], s.systems().get(0).counts());
            double wb = (double) pooled[g][0].errors() / pooled[g][0].referenceWords();
            double wk = (double) pooled[g][1].errors() / pooled[g][1].referenceWords();
            assertEquals(wb, s.systems().get(0).wer(), 1e-15);
            Results.CandidateComparison cc = s.comparisons().get(0);
            assertEquals((wk - wb) / wb, cc.relativeChange(), 1e-12);
            assertEquals(wk - wb, cc.absoluteChange(), 1e-12);
            assertEquals(boot.relativeChange(g, 1), cc.relativeChangeCi());
            assertEquals(boot.wer(g, 1), s.systems().get(1).werCi());
            assertEquals(boot.probabilityOfImprovement(g, 1), cc.probabilityOfImprovement());
        }
        McNemarTest.Result mcn = c.set("all").comparisons().get(0).tests().mcnemar();
        assertEquals(only0, mcn.onlyBaselineWrong());
        assertEquals(only1, mcn.onlyCandidateWrong());
        Results.Gap gap = c.gaps().get(0);
        double ri = c.set("in-sample").comparisons().get(0).relativeChange();
        double ro = c.set("out-of-sample").comparisons().get(0).relativeChange();
        assertEquals(-ri - -ro, gap.gap(), 1e-15);
        assertEquals(boot.gap(0, 1, 1), gap.gapCi());
        assertEquals(9, c.set("all").units());
        assertEquals(5, c.set("in-sample").units());
        assertTrue(c.set("all").comparisons().get(0).tests().verdicts().size() == 4);
    }

    @Test
    void resamplesUtterancesOrBlocksWhenAsked() throws IOException {
        Random rnd = new Random(8);
        Manifest m = write(rnd, 6, true);
        Comparison byBlock = Experiment.compare(m, CompareOptions.defaults().withResamples(200), ScoreOptions.defaults());
        assertEquals(CompareOptions.ResampleBy.BLOCK, byBlock.resampleBy());
        assertEquals(3, byBlock.set("all").units());
        assertEquals(3, byBlock.set("all").comparisons().get(0).tests().blocks());
        Comparison byUtt = Experiment.compare(m, CompareOptions.defaults().withResamples(200)
                .withResampleBy(CompareOptions.ResampleBy.UTTERANCE), ScoreOptions.defaults());
        assertEquals(byUtt.set("all").utterances(), byUtt.set("all").units());
        Comparison kaldi = Experiment.compare(m, CompareOptions.defaults().withResamples(200)
                .withCi(PairedBootstrap.Method.KALDI), ScoreOptions.defaults());
        assertEquals(CompareOptions.ResampleBy.UTTERANCE, kaldi.resampleBy());
        assertTrue(kaldi.set("all").systems().get(0).kaldi() != null);
        assertNull(byUtt.set("all").systems().get(0).kaldi());
    }

    @Test
    void gatesSayWhy() throws IOException {
        Random rnd = new Random(2);
        Manifest m = write(rnd, 4, false);
        Comparison c = Experiment.compare(m, CompareOptions.defaults().withResamples(100), ScoreOptions.defaults());
        // custom has about half the errors: never worse by more than 0 %, and its WER exceeds 0.
        assertEquals(List.of(), Gates.failIfWorse(c, 0));
        Comparison reversed = Experiment.compare(m, CompareOptions.defaults().withResamples(100).withBaseline("custom"),
                ScoreOptions.defaults());
        List<String> fail = Gates.failIfWorse(reversed, 5);
        assertEquals(3, fail.size());
        assertTrue(fail.get(0).startsWith("baseline is worse than custom on in-sample by +"), fail.get(0));
        assertTrue(Gates.maxWer(c, 0.0).get(0).startsWith("custom has WER "));
        List<String> sig = new ArrayList<>(Gates.requireSignificant(reversed, "mapsswe"));
        assertEquals(1, sig.size());
    }
}
