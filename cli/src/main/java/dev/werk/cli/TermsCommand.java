package dev.werk.cli;

import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.SystemsScore;
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
 * precision, F1) and B-WER / U-WER of any number of named systems against one reference.
 */
@Command(name = "terms", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Per-term accuracy of custom-vocabulary terms: for each term its reference occurrences and each "
                + "system's correct / misses / false alarms, recall, precision, F1; B-WER and U-WER per system. "
                + "Repeat --hyp NAME=PATH for several systems. The rule is in the README (\"Term accuracy\").")
final class TermsCommand implements CodedOptions.Grouped, Callable<Integer> {
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    final InputOptions input = new InputOptions();

    @Option(names = "--terms", required = true, paramLabel = "FILE",
            description = "The term list: .txt one term per line (# comments), .csv term,variant,..., .tsv an Amazon "
                    + "Transcribe custom vocabulary table (or a per-utterance list: id<TAB>term<TAB>...), .jsonl "
                    + "per-utterance lists {\"id\": ..., \"terms\": [...]}.")
    Path terms;

    @Option(names = "--terms-format", paramLabel = "FORMAT",
            description = "plain, csv, transcribe, utterance-tsv or utterance-jsonl (default: from the extension, and for .tsv the header).")
    String termsFormat;

    final ScoringOptions scoring = new ScoringOptions();

    final NormalizeOptions normalize = new NormalizeOptions();

    @Option(names = "--details", description = "List every occurrence (utterance, reference span, what the hypothesis had, class) and every false alarm.")
    boolean details;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "count: add the plain substring counts of each term in each transcript (no alignment), as the AWS "
                    + "custom-vocabulary post's tables counted, labelled as such.")
    String method;

    @Option(names = {"-o", "--output-format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (the documented contract) or csv (one row per term).")
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
        TermListFormat listFormat = TermListArgs.check(terms, termsFormat);
        OutputFile.refuseInputs(out, input.files(normalize.rules, terms));
        input.systems(); // usage checks of the --hyp values before any reading
        input.directories();
        TermSet termSet = TermListReader.read(terms, listFormat).compile(options.normalizer());
        SystemsScore score = input.scoreSystems(options, TerminalProgress.forStderr(spec.commandLine().getErr()));
        PrintWriter err = spec.commandLine().getErr();
        for (int s = 0; s < score.names().size(); s++) {
            for (String w : score.systems().get(s).warnings()) {
                err.println("werk: warning: " + score.names().get(s) + ": " + w);
            }
        }
        SystemTerms result = SystemTerms.score(score, termSet, details, counts);
        OutputFile.write(out, spec.commandLine().getOut(), w -> {
            switch (format) {
                case json -> TermsReport.writeJson(result, w);
                case csv -> TermsReport.writeCsv(result, w);
                default -> TermsReport.writeText(result, w);
            }
        });
        return ExitCodes.OK;
    }
}
