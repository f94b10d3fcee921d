package dev.werk.cli;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.io.Pairing;
import dev.werk.core.SystemsScore;
import dev.werk.reports.AlignmentJson;
import dev.werk.reports.AlignmentReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
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

    enum Format { text, json }

    @Option(names = "--errors-only", description = "Show only utterances with at least one error.")
    boolean errorsOnly;

    @Option(names = {"-o", "--output-format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (pra-style; default) or json (every step with tokens, positions, and the hypothesis "
                    + "token's times and confidence where the format has them; the README documents the contract).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        // The command line first, then the files: a usage error must not wait for (or hide behind) the data.
        ScoreOptions options = scoring.toOptions(input.refFormat(), input.hypFormat())
                .withNormalizer(normalize.toNormalizer()).withOffsets(format == Format.json);
        OutputFile.check(out);
        Scorer.Progress progress = TerminalProgress.forStderr(spec.commandLine().getErr());
        if (input.systems()) {
            SystemsScore systems = input.scoreSystems(options, progress);
            for (int s = 0; s < systems.names().size(); s++) {
                warn(systems.names().get(s) + ": ", systems.systems().get(s));
            }
            OutputFile.write(out, spec.commandLine().getOut(), w -> {
                if (format == Format.json) {
                    AlignmentJson.write(systems, errorsOnly, w);
                    return;
                }
                for (int s = 0; s < systems.names().size(); s++) {
                    w.append("system ").append(systems.names().get(s)).append('\n');
                    AlignmentReport.writeHeader(systems.systems().get(s), w);
                    AlignmentReport.write(systems.systems().get(s), errorsOnly, w);
                }
            });
            return ExitCodes.OK;
        }
        CorpusScore score;
        if (input.directories()) {
            score = Scorer.scoreFiles(input.readDirectories(), options, progress, ForkJoinPool.commonPool()).pooled();
        } else {
            score = Scorer.score(input.read(), options, progress, ForkJoinPool.commonPool());
        }
        warn("", score);
        OutputFile.write(out, spec.commandLine().getOut(), w -> {
            if (format == Format.json) {
                AlignmentJson.write(score, errorsOnly, w);
                return;
            }
            AlignmentReport.writeHeader(score, w);
            AlignmentReport.write(score, errorsOnly, w);
        });
        return ExitCodes.OK;
    }

    private void warn(String prefix, CorpusScore score) {
        for (String w : score.warnings()) {
            spec.commandLine().getErr().println("werk: warning: " + prefix + w);
        }
    }
}
