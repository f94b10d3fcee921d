package dev.werk.cli;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.io.Pairing;
import dev.werk.reports.AlignmentReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code werk align}: each utterance's alignment, words as written (jiwer's look) or in sclite's pra look. */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show each utterance's alignment: id, counts, REF/HYP lines with the words as scored and *** for gaps, "
                + "and S, D or I on the line below each error (as jiwer's alignment display); --style pra for sclite's look.")
final class AlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    NormalizeOptions normalize;

    @Option(names = "--errors-only", description = "Show only utterances with at least one error.")
    boolean errorsOnly;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "words",
            description = "words (the words as written, the operation on its own line; default) or pra (sclite's pra: "
                    + "errors upper-cased, the operation line labelled Eval:).")
    String style;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (whole or not at all; '-' is standard output) instead of standard output; never one of the inputs.")
    Path out;

    @Override
    public Integer call() throws Exception {
        // The command line first, then the files: a usage error must not wait for (or hide behind) the data.
        AlignmentReport.Style look = switch (style.toLowerCase(java.util.Locale.ROOT)) {
            case "words" -> AlignmentReport.Style.WORDS;
            case "pra" -> AlignmentReport.Style.PRA;
            default -> throw new UsageException("--style takes words or pra, not '" + style + "'");
        };
        OutputFile.check(out);
        OutputFile.refuseInputs(out, input.files(normalize.rules));
        ScoreOptions options = scoring.toOptions(input.refFormat(), input.hypFormat())
                .withNormalizer(normalize.toNormalizer());
        CorpusScore score;
        if (input.directories()) {
            score = Scorer.scoreFiles(input.readDirectories(), options).pooled();
        } else {
            score = Scorer.score(input.read(), options, TerminalProgress.forStderr(spec.commandLine().getErr()));
        }
        for (String w : score.warnings()) {
            spec.commandLine().getErr().println("werk: warning: " + w);
        }
        OutputFile.write(out, spec.commandLine().getOut(), w -> {
            AlignmentReport.writeHeader(score, input.sources(), w);
            AlignmentReport.write(score, errorsOnly, look, w);
        });
        return ExitCodes.OK;
    }
}
