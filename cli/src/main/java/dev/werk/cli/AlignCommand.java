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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code werk align}: each utterance's alignment, words as written (jiwer's look) or in sclite's pra look. */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show each utterance's alignment: id, counts, REF/HYP lines with the words as scored and *** for gaps, "
                + "and S, D or I on the line below each error (as jiwer's alignment display); --style pra for sclite's look.")
final class AlignCommand implements CodedOptions.Grouped, Callable<Integer> {
    @Spec
    CommandSpec spec;

    final InputOptions input = new InputOptions();

    final ScoringOptions scoring = new ScoringOptions();

    final NormalizeOptions normalize = new NormalizeOptions();

    enum Format { text, json }

    @Option(names = "--errors-only", description = "Show only utterances with at least one error.")
    boolean errorsOnly;

    @Option(names = {"-o", "--output-format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (see --style; default) or json (every step with tokens, positions, and the hypothesis "
                    + "token's times and confidence where the format has them; the README documents the contract).")
    Format format;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "words",
            description = "words (the words as written, the operation on its own line; default) or pra (sclite's pra: "
                    + "errors upper-cased, the operation line labelled Eval:).")
    String style;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (whole or not at all; '-' is standard output) instead of standard output; never one of the inputs.")
    Path out;

    @Override
    public void addGroups(CommandSpec model) {
        CodedOptions.insertBefore(model, "--errors-only", s -> {
            input.addTo(s);
            scoring.addTo(s);
            normalize.addTo(s);
        });
    }

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
                .withNormalizer(normalize.toNormalizer()).withOffsets(format == Format.json);
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
                    AlignmentReport.write(systems.systems().get(s), errorsOnly, look, w);
                }
            });
            return ExitCodes.OK;
        }
        CorpusScore score;
        if (input.directories()) {
            score = Scorer.scoreFiles(input.readDirectories(), options, progress, Workers.pool()).pooled();
        } else {
            score = Scorer.score(input.read(), options, progress, Workers.pool());
        }
        warn("", score);
        OutputFile.write(out, spec.commandLine().getOut(), w -> {
            if (format == Format.json) {
                AlignmentJson.write(score, errorsOnly, w);
                return;
            }
            AlignmentReport.writeHeader(score, w);
            AlignmentReport.write(score, errorsOnly, look, w);
        });
        return ExitCodes.OK;
    }

    private void warn(String prefix, CorpusScore score) {
        for (String w : score.warnings()) {
            spec.commandLine().getErr().println("werk: warning: " + prefix + w);
        }
    }
}
