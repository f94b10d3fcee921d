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

/** {@code werk align}: each utterance's alignment in sclite's pra style. */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show each utterance's alignment: id, counts, REF/HYP lines with errors upper-cased and *** for gaps.")
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

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        // The command line first, then the files: a usage error must not wait for (or hide behind) the data.
        ScoreOptions options = scoring.toOptions(input.refFormat(), input.hypFormat())
                .withNormalizer(normalize.toNormalizer());
        OutputFile.check(out);
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
            AlignmentReport.write(score, errorsOnly, w);
        });
        return ExitCodes.OK;
    }
}
