package dev.werk.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.UtteranceScore;
import dev.werk.core.metrics.Counts;
import dev.werk.core.stats.BootstrapResult;
import dev.werk.core.stats.Interval;
import dev.werk.core.stats.PairedBootstrap;
import dev.werk.core.stats.PairedCounts;
import dev.werk.core.terms.TermList;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermSet;
import dev.werk.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the report needs beyond the comparison's numbers: confusion pairs counted independently from
 * the alignment letters, and term results per set whose B and U parts add up to the WER counts and
 * whose B-WER interval is the paired bootstrap of the biased counts.
 */
class ReportModelTest {
    private static final String[] WORDS = {"the", "cat", "sat", "on", "a", "mat", "sage", "maker", "ec2", "boto", "3", "um"};

    @TempDir
    Path dir;

    private Comparison random(Random rnd, int items) throws IOException {
        StringBuilder csv = new StringBuilder("item,set,reference,base,cand,third\n");
        for (int i = 0; i < items; i++) {
            StringBuilder[] text = {new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()};
            int utts = 1 + rnd.nextInt(3);
            for (int u = 0; u < utts; u++) {
                List<String> ref = new ArrayList<>();
                for (int k = rnd.nextInt(25); k > 0; k--) {
                    ref.add(WORDS[rnd.nextInt(WORDS.length)]);
                }
                text[0].append(String.join(" ", ref)).append(" (u").append(u).append(")\n");
                for (int s = 1; s < 4; s++) {
                    List<String> hyp = new ArrayList<>();
                    for (String w : ref) {
                        double x = rnd.nextDouble();
                        if (x < 0.1) {
                            continue;
                        }
                        hyp.add(x < 0.25 ? WORDS[rnd.nextInt(WORDS.length)] : w);
                        if (x > 0.93) {
                            hyp.add(WORDS[rnd.nextInt(WORDS.length)]);
                        }
                    }
                    text[s].append(String.join(" ", hyp)).append(" (u").append(u).append(")\n");
                }
            }
            String[] names = {"ref", "base", "cand", "third"};
            for (int s = 0; s < 4; s++) {
                Files.createDirectories(dir.resolve(names[s]));
                Files.writeString(dir.resolve(names[s]).resolve(i + ".trn"), text[s]);
            }
            csv.append("i").append(i).append(',').append(i % 2 == 0 ? "in-sample" : "out-of-sample")
                    .append(",ref/").append(i).append(".trn,base/").append(i).append(".trn,cand/").append(i)
                    .append(".trn,third/").append(i).append(".trn\n");
        }
        Files.writeString(dir.resolve("m.csv"), csv);
        return Experiment.compare(ManifestReader.read(dir.resolve("m.csv")), CompareOptions.defaults().withResamples(300)
                .withSeed(rnd.nextInt(1000)), ScoreOptions.defaults());
    }

    @RepeatedTest(12)
    void confusionsCountEveryStepOfTheAlignments(RepetitionInfo rep) throws IOException {
        Random rnd = new Random(9100 + rep.getCurrentRepetition());
        Comparison c = random(rnd, 2 + rnd.nextInt(5));
        for (int s = 0; s < c.systems().size(); s++) {
            // oracle: replay the sclite letters by hand
            Map<List<String>, Long> subs = new HashMap<>();
            Map<String, Long> ins = new HashMap<>();
            Map<String, Long> del = new HashMap<>();
            long nSub = 0;
            for (List<CorpusScore> row : c.scores()) {
                for (UtteranceScore u : row.get(s).utterances()) {
                    String letters = u.alignment().letters();
                    int r = 0;
                    int h = 0;
                    for (char op : letters.toCharArray()) {
                        switch (op) {
                            case 'C' -> { r++; h++; }
                            case 'S' -> {
                                subs.merge(List.of(u.referenceTokens().get(r++), u.hypothesisTokens().get(h++)), 1L, Long::sum);
                                nSub++;
                            }
                            case 'D' -> del.merge(u.referenceTokens().get(r++), 1L, Long::sum);
                            default -> ins.merge(u.hypothesisTokens().get(h++), 1L, Long::sum);
                        }
                    }
                }
            }
            Confusions all = Confusions.of(c, s, Integer.MAX_VALUE);
            assertEquals(subs.size(), all.substitutions().size());
            long sum = 0;
            for (Confusions.Pair p : all.substitutions()) {
                assertEquals(subs.get(List.of(p.reference(), p.hypothesis())), p.count(), p.toString());
                sum += p.count();
            }
            assertEquals(nSub, sum);
            for (Confusions.Word w : all.insertions()) {
                assertEquals(ins.get(w.word()), w.count());
            }
            for (Confusions.Word w : all.deletions()) {
                assertEquals(del.get(w.word()), w.count());
            }
            assertEquals(ins.size(), all.insertions().size());
            assertEquals(del.size(), all.deletions().size());
            // most frequent first, ties by word; the top n is the head of the full list
            List<Confusions.Word> sorted = new ArrayList<>(all.insertions());
            sorted.sort(Comparator.comparingLong((Confusions.Word w) -> -w.count()).thenComparing(Confusions.Word::word));
            assertEquals(sorted, all.insertions());
            Confusions top = Confusions.of(c, s, 3);
            assertEquals(all.substitutions().subList(0, Math.min(3, all.substitutions().size())), top.substitutions());
            assertEquals(all.deletions().subList(0, Math.min(3, all.deletions().size())), top.deletions());
        }
    }

    @RepeatedTest(8)
    void termsPerSetAddUpAndTheirIntervalIsTheBiasedBootstrap(RepetitionInfo rep) throws IOException {
        Random rnd = new Random(9200 + rep.getCurrentRepetition());
        Comparison c = random(rnd, 2 + rnd.nextInt(6));
        TermSet terms = TermList.of(List.of("sage maker", "boto3", "ec2", "cat")).compile(TextNormalizer.preset("none"));
        ExperimentTerms t = ExperimentTerms.score(c, terms);
        assertEquals(c.sets().size(), t.sets().size());
        for (int k = 0; k < c.sets().size(); k++) {
            Results.SetScore set = c.sets().get(k);
            ExperimentTerms.SetTerms st = t.sets().get(k);
            assertEquals(set.name(), st.name());
            for (int s = 0; s < c.systems().size(); s++) {
                TermReport r = st.systems().get(s);
                assertEquals(set.systems().get(s).counts(), r.biased().plus(r.unbiased()), "B + U = the set's counts");
            }
            // the interval: the same Poisson bootstrap over the items' biased counts
            List<String> groups = c.manifest().sets();
            PairedCounts.Builder units = PairedCounts.builder(c.systems(), groups);
            for (int i = 0; i < c.items().size(); i++) {
                long[] e = new long[c.systems().size()];
                long words = 0;
                for (int s = 0; s < e.length; s++) {
                    Counts b = Counts.ZERO;
                    for (var u : t.utterances().get(i).get(s)) {
                        b = b.plus(u.biased());
                    }
                    e[s] = b.errors();
                    words = s == 0 ? b.referenceWords() : words;
                }
                units.add(c.items().get(i).item().name(), c.items().get(i).item().set(), words, e);
            }
            BootstrapResult boot = PairedBootstrap.run(units.build(), new PairedBootstrap.Options(c.options().ci(),
                    c.options().seed(), c.options().resamples(), c.options().alpha(), 0));
            int g = set.name().equals(Comparison.ALL) ? boot.all() : groups.indexOf(set.name());
            for (ExperimentTerms.BiasedChange bc : st.comparisons()) {
                int s = c.systems().indexOf(bc.system());
                Interval want = boot.absoluteChange(g, s);
                if (want == null) {
                    assertEquals(null, bc.bWerChangeCi());
                } else {
                    assertEquals(want.lower(), bc.bWerChangeCi().lower(), 0.0);
                    assertEquals(want.upper(), bc.bWerChangeCi().upper(), 0.0);
                }
                Counts bb = st.systems().get(0).biased();
                Counts bs = st.systems().get(s).biased();
                if (bb.referenceWords() > 0) {
                    assertEquals((double) (bs.errors() - bb.errors()) / bb.referenceWords(), bc.bWerChange(), 0.0);
                }
            }
        }
        assertTrue(t.sets().get(t.sets().size() - 1).name().equals(Comparison.ALL));
    }
}
