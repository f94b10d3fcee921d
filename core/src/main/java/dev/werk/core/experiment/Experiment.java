package dev.werk.core.experiment;

import dev.werk.core.CorpusScore;
import dev.werk.core.SystemsScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.UtteranceScore;
import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.metrics.Counts;
import dev.werk.core.stats.BootstrapResult;
import dev.werk.core.stats.Changes;
import dev.werk.core.stats.Mapsswe;
import dev.werk.core.stats.McNemarTest;
import dev.werk.core.stats.PairedBootstrap;
import dev.werk.core.stats.PairedCounts;
import dev.werk.core.stats.SignTest;
import dev.werk.core.stats.WilcoxonTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Compares systems on an experiment: scores every item for every system against its reference,
 * pools per set and over {@code all}, and adds the paired bootstrap, the significance tests and
 * the generalisation gap.
 */
public final class Experiment {
    private Experiment() {
    }

    /** Reads every file of the manifest, scores it with {@code scoring}, and compares as {@code options} say. */
    public static Comparison compare(Manifest manifest, CompareOptions options, ScoreOptions scoring) throws IOException {
        return compare(manifest, options, scoring, Scorer.Progress.NONE, null);
    }

    /** As {@link #compare(Manifest, CompareOptions, ScoreOptions)}, reporting progress, scoring on {@code executor} if not null. */
    public static Comparison compare(Manifest manifest, CompareOptions options, ScoreOptions scoring, Scorer.Progress progress,
                                     Executor executor) throws IOException {
        int baseline = baselineIndex(manifest, options.baseline());
        List<List<CorpusScore>> scores = scoreAll(manifest, options, scoring, progress, executor);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < manifest.items().size(); i++) {
            for (int s = 0; s < manifest.systems().size(); s++) {
                for (String w : scores.get(i).get(s).warnings()) {
                    warnings.add(manifest.items().get(i).name() + " (" + manifest.systems().get(s) + "): " + w);
                }
            }
        }
        return compareScored(manifest, scores, baseline, options, scoring, warnings);
    }

    /** Index of the baseline system; a name that is not a system column is a manifest error. */
    static int baselineIndex(Manifest manifest, String name) {
        if (name == null) {
            return 0;
        }
        int b = manifest.systems().indexOf(name);
        if (b < 0) {
            throw new WerkDataException(manifest.source(), manifest.items().isEmpty() || manifest.items().get(0).line() == 0 ? 0 : 1,
                    "--baseline " + name + " is not a system column; the systems are " + String.join(", ", manifest.systems()));
        }
        return b;
    }

    /**
     * Scores[item][system] through the evaluation model's multi-system scoring: each item's
     * reference is read and tokenised once for all systems, and every item goes into one batch.
     */
    private static List<List<CorpusScore>> scoreAll(Manifest manifest, CompareOptions options, ScoreOptions scoring,
                                                    Scorer.Progress progress, Executor executor) throws IOException {
        List<Item> items = manifest.items();
        Pairing.Rules rules = new Pairing.Rules(options.wholeFile(), options.ignoreIdCase());
        int nSys = manifest.systems().size();
        List<DirectoryPairing.SystemFiles> files = new ArrayList<>(items.size());
        for (Item it : items) {
            Transcript ref = TranscriptReader.read(it.reference());
            List<Pairing.Result> paired = new ArrayList<>(nSys);
            for (int s = 0; s < nSys; s++) {
                paired.add(rules.pair(ref, TranscriptReader.read(it.hypotheses().get(s))));
            }
            files.add(new DirectoryPairing.SystemFiles(it.name(), it.reference(), it.hypotheses(), paired));
        }
        List<Path> folders = new ArrayList<>(nSys);
        List<List<String>> warnings = new ArrayList<>(nSys);
        for (int s = 0; s < nSys; s++) {
            Path first = items.get(0).hypotheses().get(s).toAbsolutePath().getParent();
            folders.add(first);
            warnings.add(List.of());
        }
        SystemsScore scored = Scorer.scoreSystemFolders(
                new DirectoryPairing.Systems(manifest.systems(), folders, files, warnings, null, null), scoring, progress, executor);
        List<List<CorpusScore>> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            List<CorpusScore> row = new ArrayList<>(nSys);
            for (int s = 0; s < nSys; s++) {
                row.add(scored.fileSets().get(s).files().get(i).score());
            }
            out.add(row);
        }
        return out;
    }

    /** The comparison of already scored items: scores[item][system], utterances in reference order. */
    static Comparison compareScored(Manifest manifest, List<List<CorpusScore>> scores, int baseline, CompareOptions options,
                                    ScoreOptions scoring, List<String> warnings) {
        List<String> systems = manifest.systems();
        int nSys = systems.size();
        List<Item> items = manifest.items();
        CompareOptions.ResampleBy unit = options.effectiveResampleBy(manifest.hasBlocks());
        if (unit == CompareOptions.ResampleBy.BLOCK && !manifest.hasBlocks()) {
            throw new WerkDataException(manifest.source(), 0, "--resample-by block needs a 'speaker' or 'block' column in the manifest");
        }
        List<String> setNames = manifest.sets();
        List<String> groups = setNames.isEmpty() ? List.of(Comparison.ALL) : setNames;

        List<Results.ItemScore> itemScores = new ArrayList<>();
        PairedCounts.Builder units = PairedCounts.builder(systems, groups);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            List<CorpusScore> row = scores.get(i);
            List<Counts> counts = new ArrayList<>();
            List<Double> wer = new ArrayList<>();
            for (CorpusScore c : row) {
                counts.add(c.total());
                wer.add(rate(c.total().errors(), c.total().referenceWords()));
            }
            int utterances = row.get(0).utterances().size();
            itemScores.add(new Results.ItemScore(it, counts, wer, utterances));
            String group = it.set() == null ? Comparison.ALL : it.set();
            if (unit == CompareOptions.ResampleBy.UTTERANCE) {
                for (int u = 0; u < utterances; u++) {
                    long[] e = new long[nSys];
                    for (int s = 0; s < nSys; s++) {
                        e[s] = row.get(s).utterances().get(u).counts().errors();
                    }
                    UtteranceScore first = row.get(0).utterances().get(u);
                    units.add(it.name() + "/" + first.id(), group, first.counts().referenceWords(), e);
                }
            } else {
                long[] e = new long[nSys];
                for (int s = 0; s < nSys; s++) {
                    e[s] = counts.get(s).errors();
                }
                units.add(unit == CompareOptions.ResampleBy.BLOCK ? it.block() : it.name(), group,
                        counts.get(0).referenceWords(), e);
            }
        }
        PairedCounts data = units.build();
        BootstrapResult boot = PairedBootstrap.run(data,
                new PairedBootstrap.Options(options.ci(), options.seed(), options.resamples(), options.alpha(), baseline));

        List<Results.SetScore> sets = new ArrayList<>();
        List<String> reported = new ArrayList<>(setNames);
        reported.add(Comparison.ALL);
        for (String set : reported) {
            int g = set.equals(Comparison.ALL) ? boot.all() : groups.indexOf(set);
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (set.equals(Comparison.ALL) || set.equals(items.get(i).set())) {
                    members.add(i);
                }
            }
            sets.add(setScore(set, g, members, manifest, scores, itemScores, baseline, boot, data, options));
        }

        List<Results.Gap> gaps = new ArrayList<>();
        int in = setNames.indexOf(options.inSample());
        int out = setNames.indexOf(options.outOfSample());
        if (in >= 0 && out >= 0 && in != out) {
            Results.SetScore si = sets.get(in);
            Results.SetScore so = sets.get(out);
            for (int s = 0; s < nSys; s++) {
                if (s == baseline) {
                    continue;
                }
                Double ri = comparisonOf(si, systems.get(s)).relativeChange();
                Double ro = comparisonOf(so, systems.get(s)).relativeChange();
                Double ii = ri == null ? null : -ri;
                Double io = ro == null ? null : -ro;
                Double gap = ii == null || io == null ? null : ii - io;
                gaps.add(new Results.Gap(systems.get(s), options.inSample(), options.outOfSample(), ii, io, gap, boot.gap(in, out, s)));
            }
        }
        return new Comparison(manifest, systems.get(baseline), options, unit, scoring, itemScores, sets, gaps, warnings, scores);
    }

    private static Results.CandidateComparison comparisonOf(Results.SetScore set, String system) {
        for (Results.CandidateComparison c : set.comparisons()) {
            if (c.system().equals(system)) {
                return c;
            }
        }
        throw new IllegalStateException(system);
    }

    private static Double rate(long errors, long words) {
        return words == 0 ? null : (double) errors / words;
    }

    private static Results.SetScore setScore(String name, int g, List<Integer> members, Manifest manifest,
                                             List<List<CorpusScore>> scores, List<Results.ItemScore> itemScores,
                                             int baseline, BootstrapResult boot, PairedCounts data, CompareOptions options) {
        List<String> systems = manifest.systems();
        int nSys = systems.size();
        Counts[] pooled = new Counts[nSys];
        java.util.Arrays.fill(pooled, Counts.ZERO);
        int utterances = 0;
        for (int i : members) {
            for (int s = 0; s < nSys; s++) {
                pooled[s] = pooled[s].plus(itemScores.get(i).counts().get(s));
            }
            utterances += itemScores.get(i).utterances();
        }
        int unitCount = 0;
        for (int c = 0; c < data.size(); c++) {
            if (g == boot.all() || data.group(c) == g) {
                unitCount++;
            }
        }
        if (g == boot.all()) {
            unitCount = (int) java.util.stream.IntStream.range(0, data.size()).mapToObj(data::unit).distinct().count();
        }
        List<Results.SystemScore> sys = new ArrayList<>();
        for (int s = 0; s < nSys; s++) {
            sys.add(new Results.SystemScore(systems.get(s), pooled[s], rate(pooled[s].errors(), pooled[s].referenceWords()),
                    boot.wer(g, s), boot.kaldiWer(g, s)));
        }
        List<Results.CandidateComparison> comps = new ArrayList<>();
        for (int s = 0; s < nSys; s++) {
            if (s == baseline) {
                continue;
            }
            long eb = pooled[baseline].errors();
            long ec = pooled[s].errors();
            Results.Tests tests = tests(members, manifest, scores, itemScores, baseline, s, options.alpha());
            comps.add(new Results.CandidateComparison(systems.get(s),
                    Changes.absolute(eb, ec, pooled[baseline].referenceWords()), boot.absoluteChange(g, s),
                    Changes.relative(eb, ec), boot.relativeChange(g, s), boot.probabilityOfImprovement(g, s), tests));
        }
        List<String> names = new ArrayList<>(members.size());
        for (int i : members) {
            names.add(manifest.items().get(i).name());
        }
        return new Results.SetScore(name, names, utterances, unitCount, sys, comps);
    }

    private static Results.Tests tests(List<Integer> members, Manifest manifest, List<List<CorpusScore>> scores,
                                       List<Results.ItemScore> itemScores, int b, int c, double alpha) {
        List<Mapsswe.Pair> pairs = new ArrayList<>();
        List<Boolean> wrongB = new ArrayList<>();
        List<Boolean> wrongC = new ArrayList<>();
        Map<String, long[]> blocks = new LinkedHashMap<>(); // words, errors b, errors c
        for (int i : members) {
            CorpusScore sb = scores.get(i).get(b);
            CorpusScore sc = scores.get(i).get(c);
            for (int u = 0; u < sb.utterances().size(); u++) {
                UtteranceScore ub = sb.utterances().get(u);
                UtteranceScore uc = sc.utterances().get(u);
                pairs.add(new Mapsswe.Pair(ub.alignment(), ub.referenceTokens(), uc.alignment(), uc.referenceTokens()));
                wrongB.add(ub.hasError());
                wrongC.add(uc.hasError());
            }
            Item it = manifest.items().get(i);
            String block = it.block() != null ? it.block() : it.name();
            long[] acc = blocks.computeIfAbsent(block, k -> new long[3]);
            acc[0] += itemScores.get(i).counts().get(b).referenceWords();
            acc[1] += itemScores.get(i).counts().get(b).errors();
            acc[2] += itemScores.get(i).counts().get(c).errors();
        }
        List<double[]> pct = new ArrayList<>();
        for (long[] acc : blocks.values()) {
            if (acc[0] > 0) {
                pct.add(new double[] {100.0 * acc[1] / acc[0], 100.0 * acc[2] / acc[0]});
            }
        }
        double[] pb = new double[pct.size()];
        double[] pc = new double[pct.size()];
        for (int k = 0; k < pct.size(); k++) {
            pb[k] = pct.get(k)[0];
            pc[k] = pct.get(k)[1];
        }
        boolean[] fb = new boolean[wrongB.size()];
        boolean[] fc = new boolean[wrongC.size()];
        for (int k = 0; k < fb.length; k++) {
            fb[k] = wrongB.get(k);
            fc[k] = wrongC.get(k);
        }
        Mapsswe.Result m = Mapsswe.test(pairs);
        SignTest.Result sign = SignTest.test(pb, pc);
        WilcoxonTest.Result wil = WilcoxonTest.test(pb, pc);
        McNemarTest.Result mcn = McNemarTest.test(fb, fc);
        String cand = manifest.systems().get(c);
        String base = manifest.systems().get(b);
        List<Results.Verdict> verdicts = List.of(
                Verdicts.of("mapsswe", Double.isNaN(m.p()) ? null : m.p(), Double.isNaN(m.mean()) ? 0 : Math.signum(m.mean()), alpha, cand, base,
                        m.segments().isEmpty() ? "no segment with an error" : null),
                Verdicts.of("sign", pct.isEmpty() ? null : sign.p(), Integer.signum(sign.candidateBetter() - sign.baselineBetter()),
                        alpha, cand, base, pct.isEmpty() ? "no block with reference words" : null),
                Verdicts.of("wilcoxon", pct.isEmpty() ? null : wil.p(),
                        Math.signum(wil.rankSumCandidateBetter() - wil.rankSumBaselineBetter()), alpha, cand, base,
                        pct.isEmpty() ? "no block with reference words" : null),
                Verdicts.of("mcnemar", fb.length == 0 ? null : mcn.p(), Integer.signum(mcn.onlyBaselineWrong() - mcn.onlyCandidateWrong()),
                        alpha, cand, base, fb.length == 0 ? "no utterance" : null));
        return new Results.Tests(m, sign, wil, mcn, pct.size(), verdicts);
    }
}
