package dev.werk.cli;

import dev.werk.core.ScoreOptions;
import dev.werk.core.experiment.CompareOptions;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Experiment;
import dev.werk.core.experiment.ExperimentTerms;
import dev.werk.core.terms.TermListFormat;
import dev.werk.core.terms.TermListReader;
import dev.werk.core.terms.TermSet;
import dev.werk.core.experiment.Gates;
import dev.werk.core.experiment.Manifest;
import dev.werk.core.experiment.ManifestReader;
import dev.werk.core.stats.PairedBootstrap;
import dev.werk.reports.CompareCsv;
import dev.werk.reports.CompareJson;
import dev.werk.reports.CompareText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code werk compare}: baseline against candidates on an experiment (a manifest, or folders with
 * named sets), per item, per set and over all, with paired bootstrap intervals, significance tests
 * and the generalisation gap; optional CI gates (exit 4).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare systems against a baseline on an experiment: per item and per set, pooled WER, absolute and "
                + "relative change, paired bootstrap intervals, MAPSSWE, sign, Wilcoxon and McNemar tests, the generalisation gap.")
final class CompareCommand implements CodedOptions.Grouped, Callable<Integer> {
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV with the header item,set,reference,<system>,... (optional speaker or block column); paths relative to it.")
    Path manifest;

    @Option(names = "--ref", paramLabel = "DIR", description = "Without a manifest: the reference folder (one item per file, named by base name).")
    Path ref;

    @Option(names = "--hyp", paramLabel = "NAME=DIR", description = "Without a manifest: a system's folder; repeat for each system, baseline first.")
    List<String> hyps = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME=ITEM,ITEM", description = "Without a manifest: a set and its items; repeat per set.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--whole-file", description = "Score each file as one utterance (its lines joined with single spaces).")
    boolean wholeFile;

    @Option(names = "--ignore-id-case", description = "Match utterance ids whatever their case.")
    boolean ignoreIdCase;

    @Option(names = "--terms", paramLabel = "FILE",
            description = "A term list (as werk terms --terms): per set and system the per-term table, B-WER and U-WER, "
                    + "and each candidate's change of B-WER with its interval (in -o json and the report).")
    Path terms;

    @Option(names = "--terms-format", paramLabel = "FORMAT", description = "The term list's format when its extension does not say it.")
    String termsFormat;

    @Option(names = "--baseline", paramLabel = "NAME", description = "The baseline system (default: the first system column).")
    String baseline;

    @Option(names = "--resample-by", paramLabel = "UNIT",
            description = "item, utterance or block: the bootstrap unit (default: block with a speaker/block column, else item; "
                    + "utterance with --ci kaldi).")
    String resampleBy;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Bootstrap seed (default 1).")
    long seed;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "10000", description = "Bootstrap replicates (default 10000).")
    int resamples;

    @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "percentile",
            description = "percentile (Poisson bootstrap, partition-independent; default) or kaldi (compute-wer-bootci's "
                    + "resampling and mean ± 1.96 sd).")
    String ci;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level of the tests; intervals are at 1 − A (default 0.05).")
    double alpha;

    @Option(names = "--gap-sets", paramLabel = "IN,OUT", defaultValue = "in-sample,out-of-sample",
            description = "The sets of the generalisation gap (default in-sample,out-of-sample).")
    String gapSets;

    @Option(names = "--fail-if-worse", paramLabel = "PCT",
            description = "Exit 4 if a candidate's WER is worse than the baseline's by more than PCT %% relative on any set.")
    Double failIfWorse;

    @Option(names = "--max-wer", paramLabel = "X", description = "Exit 4 if a candidate's WER exceeds X (a fraction such as 0.15, or 15%%) on any set.")
    String maxWer;

    @Option(names = "--require-significant", paramLabel = "TEST", arity = "0..1", fallbackValue = "mapsswe",
            description = "Exit 4 unless every candidate is significantly better than the baseline on all by TEST "
                    + "(mapsswe by default; sign, wilcoxon, mcnemar).")
    String requireSignificant;

    final ScoringOptions scoring = new ScoringOptions();

    final NormalizeOptions normalize = new NormalizeOptions();

    @Option(names = {"-o", "--output-format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (the documented contract) or csv (item and set rows).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of standard output.")
    Path out;

    @Option(names = "--no-alignments", description = "With -o json: leave out the alignments (every item's tokens and steps, "
            + "which werk report shows).")
    boolean noAlignments;

    @Override
    public void addGroups(CommandSpec model) {
        CodedOptions.insertBefore(model, "--output-format", s -> {
            scoring.addTo(s);
            normalize.addTo(s);
        });
    }

    @Override
    public Integer call() throws Exception {
        OutputFile.check(out);
        Comparison c = comparison();
        ExperimentTerms t = terms(c);
        OutputFile.write(out, spec.commandLine().getOut(), w -> {
            switch (format) {
                case json -> CompareJson.write(c, t, w, !noAlignments, java.time.Instant.now());
                case csv -> CompareCsv.write(c, w);
                default -> CompareText.write(c, w);
            }
        });
        return gates(c, spec.commandLine().getErr());
    }

    /**
     * Checks the options, reads the experiment and compares it, printing warnings on stderr (also
     * what {@code werk report --experiment} runs, with these options).
     */
    Comparison comparison() throws java.io.IOException {
        CompareOptions options = options();
        if (maxWer != null) {
            parseRate(maxWer); // a bad gate is a usage error before any work
        }
        if (requireSignificant != null && !List.of("mapsswe", "sign", "wilcoxon", "mcnemar").contains(requireSignificant)) {
            throw new UsageException("--require-significant: unknown test '" + requireSignificant + "' (mapsswe, sign, wilcoxon, mcnemar)");
        }
        ScoreOptions scoreOptions = scoring.toOptions(null, null).withNormalizer(normalize.toNormalizer());
        termSet = termSet(scoreOptions);
        Manifest m = experiment();
        List<Path> inputs = new ArrayList<>();
        inputs.add(m.source());
        if (normalize.rules != null) {
            inputs.add(normalize.rules);
        }
        for (dev.werk.core.experiment.Item it : m.items()) {
            inputs.add(it.reference());
            inputs.addAll(it.hypotheses());
        }
        OutputFile.refuseInputs(out, inputs);
        Comparison c = Experiment.compare(m, options, scoreOptions, TerminalProgress.forStderr(spec.commandLine().getErr()),
                Workers.pool());
        PrintWriter err = spec.commandLine().getErr();
        for (String w : c.warnings()) {
            err.println("werk: warning: " + w);
        }
        return c;
    }

    /** The term list, compiled with the normaliser; null without --terms. Checked before any transcript is read. */
    private TermSet termSet(ScoreOptions options) throws java.io.IOException {
        if (terms == null) {
            if (termsFormat != null) {
                throw new UsageException("--terms-format needs --terms FILE");
            }
            return null;
        }
        if (options.unit() != dev.werk.core.ScoringUnit.WORD) {
            throw new UsageException("--unit char: terms are scored over words only");
        }
        TermListFormat listFormat = TermListArgs.check(terms, termsFormat);
        return TermListReader.read(terms, listFormat).compile(options.normalizer());
    }

    /** The term analysis of {@code c} when --terms was given (after {@link #comparison()}), else null. */
    ExperimentTerms terms(Comparison c) {
        return termSet == null ? null : ExperimentTerms.score(c, termSet);
    }

    private TermSet termSet;

    /** Applies the CI gates the options ask for: prints the failures on {@code err} and returns exit 4, else 0. */
    int gates(Comparison c, PrintWriter err) {
        Double maxWerValue = maxWer == null ? null : parseRate(maxWer);
        List<String> failures = new ArrayList<>();
        if (failIfWorse != null) {
            failures.addAll(Gates.failIfWorse(c, failIfWorse));
        }
        if (maxWerValue != null) {
            failures.addAll(Gates.maxWer(c, maxWerValue));
        }
        if (requireSignificant != null) {
            failures.addAll(Gates.requireSignificant(c, requireSignificant));
        }
        if (!failures.isEmpty()) {
            err.println("werk: gate failed: " + String.join("; ", failures));
            return ExitCodes.GATE;
        }
        return ExitCodes.OK;
    }

    private CompareOptions options() {
        if (resamples < 1) {
            throw new UsageException("--resamples must be at least 1, got " + resamples);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must lie between 0 and 1, got " + alpha);
        }
        PairedBootstrap.Method method = switch (ci.toLowerCase(Locale.ROOT)) {
            case "percentile" -> PairedBootstrap.Method.PERCENTILE;
            case "kaldi" -> PairedBootstrap.Method.KALDI;
            default -> throw new UsageException("--ci: unknown method '" + ci + "' (percentile or kaldi)");
        };
        CompareOptions.ResampleBy unit = null;
        if (resampleBy != null) {
            try {
                unit = CompareOptions.ResampleBy.valueOf(resampleBy.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--resample-by: unknown unit '" + resampleBy + "' (item, utterance or block)");
            }
        }
        String[] gap = gapSets.split(",", -1);
        if (gap.length != 2 || gap[0].isBlank() || gap[1].isBlank()) {
            throw new UsageException("--gap-sets: expected IN,OUT, got '" + gapSets + "'");
        }
        return CompareOptions.defaults().withBaseline(baseline).withResampleBy(unit).withSeed(seed).withResamples(resamples)
                .withCi(method).withAlpha(alpha).withGapSets(gap[0].strip(), gap[1].strip()).withWholeFile(wholeFile)
                .withIgnoreIdCase(ignoreIdCase);
    }

    /** The manifest, or the folders and sets; every usage check before any file is read. */
    private Manifest experiment() throws java.io.IOException {
        if (manifest != null) {
            if (ref != null || !hyps.isEmpty() || !sets.isEmpty()) {
                throw new UsageException("--manifest names the files itself; give either --manifest or --ref with --hyp, not both");
            }
            if (!Files.isRegularFile(manifest)) {
                throw new UsageException("--manifest " + manifest + ": no such file");
            }
            return ManifestReader.read(manifest);
        }
        if (ref == null || hyps.isEmpty()) {
            throw new UsageException("give --manifest FILE, or --ref DIR with one --hyp NAME=DIR per system");
        }
        if (!Files.isDirectory(ref)) {
            throw new UsageException("--ref " + ref + ": not a folder (without a manifest, --ref and --hyp are folders)");
        }
        Map<String, Path> systems = new LinkedHashMap<>();
        for (String h : hyps) {
            int eq = h.indexOf('=');
            if (eq <= 0 || eq == h.length() - 1) {
                throw new UsageException("--hyp " + h + ": expected NAME=DIR");
            }
            String name = h.substring(0, eq);
            Path dir = Path.of(h.substring(eq + 1));
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--hyp " + h + ": " + dir + " is not a folder");
            }
            if (systems.put(name, dir) != null) {
                throw new UsageException("--hyp: system '" + name + "' given twice");
            }
        }
        Map<String, List<String>> named = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set " + s + ": expected NAME=ITEM,ITEM,...");
            }
            List<String> items = new ArrayList<>();
            for (String it : s.substring(eq + 1).split(",")) {
                if (!it.isBlank()) {
                    items.add(it.strip());
                }
            }
            if (named.put(s.substring(0, eq), items) != null) {
                throw new UsageException("--set: set '" + s.substring(0, eq) + "' given twice");
            }
        }
        return Manifest.fromFolders(ref, systems, named);
    }

    private static double parseRate(String s) {
        try {
            String t = s.strip();
            return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new UsageException("--max-wer: expected a fraction such as 0.15 or a percentage such as 15%, got '" + s + "'");
        }
    }
}
