package dev.werk.cli;

import dev.werk.core.FstalignEntities;
import dev.werk.core.FstalignFiles;
import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.SystemsScore;
import dev.werk.core.terms.ReferenceEntities;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.TermListFormat;
import dev.werk.core.terms.TermListReader;
import dev.werk.core.terms.TermSet;
import dev.werk.reports.TermsReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code werk terms}: per-term accuracy (occurrences, correct, misses, false alarms, recall,
 * precision, F1) and B-WER / U-WER of any number of named systems against one reference; with
 * {@code --entities} the terms are the tagged entities of an NLP reference, by class.
 */
@Command(name = "terms", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Per-term accuracy of custom-vocabulary terms: for each term its reference occurrences and each "
                + "system's correct / misses / false alarms, recall, precision, F1; B-WER and U-WER per system. "
                + "Repeat --hyp NAME=PATH for several systems; --entities scores an NLP reference's tagged entities by class "
                + "instead of a term list. The rule is in the README (\"Term accuracy\").")
final class TermsCommand implements CodedOptions.Grouped, Callable<Integer> {
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    final InputOptions input = new InputOptions();

    @Option(names = "--terms", paramLabel = "FILE",
            description = "The term list: .txt one term per line (# comments), .csv term,variant,..., .tsv an Amazon "
                    + "Transcribe custom vocabulary table (or a per-utterance list: id<TAB>term<TAB>...), .jsonl "
                    + "per-utterance lists {\"id\": ..., \"terms\": [...]}.")
    Path terms;

    @Option(names = "--terms-format", paramLabel = "FORMAT",
            description = "plain, csv, transcribe, utterance-tsv or utterance-jsonl (default: from the extension, and for .tsv the header).")
    String termsFormat;

    @Option(names = "--entities",
            description = "Instead of --terms: every tagged entity of the NLP reference is a term occurrence, accepted as its own "
                    + "words or any verbalization of its normalization file, reported by class (wer_tag entity_type); "
                    + "finds <call>.norm.json and <call>.wer_tag.json beside the reference or in ../normalizations and "
                    + "../wer_tags, as score --fstalign does, unless --ref-norm / --ref-tags give them.")
    boolean entities;

    // werk score --fstalign's side-file options, with its names, meaning and discovery (FstalignRun.side)
    @Option(names = "--ref-norm", paramLabel = "FILE|DIR", description = FstalignOptions.NORM_DESCRIPTION)
    Path refNorm;

    @Option(names = "--ref-tags", paramLabel = "FILE|DIR", description = FstalignOptions.TAGS_DESCRIPTION)
    Path refTags;

    final ScoringOptions scoring = new ScoringOptions();

    final NormalizeOptions normalize = new NormalizeOptions();

    @Option(names = "--details", description = "List every occurrence (utterance, reference span, what the hypothesis had, class) and every false alarm.")
    boolean details;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "count: add the plain substring counts of each term in each transcript (no alignment), as the AWS "
                    + "custom-vocabulary post's tables counted, labelled as such.")
    String method;

    @Option(names = {"-o", "--output-format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (the documented contract) or csv (one row per term; per class with --entities).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of standard output.")
    Path out;

    @Override
    public void addGroups(CommandSpec model) {
        CodedOptions.insertBefore(model, "--terms", input::addTo);
        CodedOptions.insertBefore(model, "--details", s -> {
            scoring.addTo(s);
            normalize.addTo(s);
        });
    }

    @Override
    public Integer call() throws Exception {
        // The command line first, then the files: a usage error must not wait for (or hide behind) the data.
        OutputFile.check(out);
        ScoreOptions options = scoring.toOptions(input.refFormat(), input.hypFormat())
                .withNormalizer(normalize.toNormalizer());
        if (options.unit() != ScoringUnit.WORD) {
            throw new UsageException("--unit char: terms are scored over words only");
        }
        boolean counts = method != null && method.equalsIgnoreCase("count");
        if (method != null && !counts) {
            throw new UsageException("--method takes count, not '" + method + "'");
        }
        if (entities == (terms != null)) {
            throw new UsageException(entities ? "give --terms FILE or --entities, not both" : "give --terms FILE (a term list) or --entities");
        }
        if (!entities && (refNorm != null || refTags != null)) {
            throw new UsageException("--ref-norm and --ref-tags go with --entities");
        }
        SystemTerms result = entities ? entities(options, counts) : terms(options, counts);
        OutputFile.write(out, spec.commandLine().getOut(), w -> {
            switch (format) {
                case json -> TermsReport.writeJson(result, w);
                case csv -> TermsReport.writeCsv(result, w);
                default -> TermsReport.writeText(result, w);
            }
        });
        return ExitCodes.OK;
    }

    private SystemTerms terms(ScoreOptions options, boolean counts) throws Exception {
        TermListFormat listFormat = TermListArgs.check(terms, termsFormat);
        OutputFile.refuseInputs(out, input.files(normalize.rules, terms));
        input.systems(); // usage checks of the --hyp values before any reading
        input.directories();
        TermSet termSet = TermListReader.read(terms, listFormat).compile(options.normalizer());
        SystemsScore score = input.scoreSystems(options, TerminalProgress.forStderr(spec.commandLine().getErr()));
        warn(score);
        return SystemTerms.score(score, termSet, details, counts);
    }

    /** Entities as terms: the NLP reference's entity spans by class (README, "Entities as terms"). */
    private SystemTerms entities(ScoreOptions options, boolean counts) throws Exception {
        if (counts) {
            throw new UsageException("--method count counts listed terms; it does not apply to --entities");
        }
        if (termsFormat != null) {
            throw new UsageException("--terms-format goes with --terms, not --entities");
        }
        if (InputOptions.STDIN.equals(input.ref) || "-".equals(input.ref.toString())) {
            throw new UsageException("--entities reads the reference's NLP file and its side files: --ref must be a file or folder");
        }
        input.systems();
        boolean dirs = input.directories();
        Path norm = FstalignRun.side(refNorm, "--ref-norm", dirs, input.ref, FstalignFiles.NORM_SUFFIX,
                "normalizations", true);
        Path tags = FstalignRun.side(refTags, "--ref-tags", dirs, input.ref, FstalignFiles.TAGS_SUFFIX,
                "wer_tags", true);
        OutputFile.refuseInputs(out, input.files(normalize.rules, norm, tags));
        SystemsScore score = input.scoreSystems(options, TerminalProgress.forStderr(spec.commandLine().getErr()));
        warn(score);
        ReferenceEntities found = FstalignEntities.read(score, input.ref, input.refFormat(), norm, tags);
        for (String w : found.warnings()) {
            spec.commandLine().getErr().println("werk: warning: " + w);
        }
        return SystemTerms.scoreEntities(score, found, details);
    }

    private void warn(SystemsScore score) {
        PrintWriter err = spec.commandLine().getErr();
        for (int s = 0; s < score.names().size(); s++) {
            for (String w : score.systems().get(s).warnings()) {
                err.println("werk: warning: " + score.names().get(s) + ": " + w);
            }
        }
    }
}
