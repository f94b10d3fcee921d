package dev.werk.cli;

import dev.werk.core.CorpusScore;
import dev.werk.core.FileSetScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.SystemsScore;
import dev.werk.core.io.Pairing;
import dev.werk.reports.CsvReport;
import dev.werk.reports.JsonReport;
import dev.werk.reports.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code werk score}: pooled WER (or CER) of a hypothesis file against a reference file, or of a
 * hypothesis folder against a reference folder (each file, then the pooled total). Its picocli
 * model is written in code ({@link #model()}), so a score run reads no annotation (see
 * {@link CodedOptions}).
 */
final class ScoreCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    CommandSpec spec;
    final InputOptions input = new InputOptions();
    final ScoringOptions scoring = new ScoringOptions();
    final NormalizeOptions normalize = new NormalizeOptions();
    final FstalignOptions fstalign = new FstalignOptions();
    boolean perUtterance;
    Format format;
    Path out;

    /** The streams of a run without picocli ({@link QuickArgs}); null when picocli runs the command. */
    private PrintWriter quickOut;
    private PrintWriter quickErr;

    /** Every option of this command and its groups, bound to this object, in {@code --help} order (help options aside). */
    List<CodedOptions.Opt> options() {
        List<CodedOptions.Opt> all = new ArrayList<>(input.options());
        all.addAll(scoring.options());
        all.addAll(normalize.options());
        all.addAll(fstalign.options());
        all.add(CodedOptions.flag(this, "perUtterance", "--per-utterance")
                .description("Add each utterance's counts (json: perUtterance; text: a table)."));
        all.add(CodedOptions.option(Format.class, this, "format", "-o", "--output-format")
                .paramLabel("FORMAT").defaultValue("text")
                .description("text (sclite-like summary; default), json (the documented contract) or csv (one row per utterance)."));
        all.add(CodedOptions.option(Path.class, this, "out", "--out").paramLabel("FILE")
                .description("Write to FILE (whole or not at all; '-' is standard output) instead of standard output; "
                        + "never one of the inputs."));
        return all;
    }

    /** This command's picocli model: its options and those of its groups, in {@code --help} order. */
    CommandSpec model() {
        spec = CommandSpec.wrapWithoutInspection(this).name("score");
        spec.usageMessage().sortOptions(false).description(
                "Score a hypothesis transcript against a reference: WER, MER, WIL, WIP, SER and the H/S/D/I counts. "
                        + "With two folders, each file pair and the pooled total.");
        CodedOptions.addAll(spec, options());
        CodedOptions.addStandardHelp(spec);
        return spec;
    }

    /** Runs with these streams, its options already set by {@link QuickArgs} (picocli is not involved). */
    Integer callWith(PrintWriter stdout, PrintWriter stderr) throws Exception {
        quickOut = stdout;
        quickErr = stderr;
        return call();
    }

    PrintWriter out() {
        return quickOut != null ? quickOut : spec.commandLine().getOut();
    }

    PrintWriter err() {
        return quickErr != null ? quickErr : spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        if (fstalign.active()) {
            if (input.systems()) {
                throw new UsageException("--fstalign scores one hypothesis at a time: give a single --hyp PATH");
            }
            OutputFile.refuseInputs(out, input.files(normalize.rules));
            return FstalignRun.run(this);
        }
        // The command line first, then the files: a usage error must not wait for (or hide behind) the data.
        OutputFile.check(out);
        OutputFile.refuseInputs(out, input.files(normalize.rules));
        ScoreOptions options = scoring.toOptions(input.refFormat(), input.hypFormat())
                .withNormalizer(normalize.toNormalizer());
        if (input.systems()) {
            return systems(options);
        }
        if (input.directories()) {
            return folders(options);
        }
        Pairing.Result paired = input.read();
        CorpusScore score = Scorer.score(paired, options,
                TerminalProgress.forStderr(err()), Workers.pool());
        PrintWriter err = err();
        for (String w : score.warnings()) {
            err.println("werk: warning: " + w);
        }
        OutputFile.write(out, out(), w -> {
            switch (format) {
                case json -> JsonReport.write(score, perUtterance, w);
                case csv -> CsvReport.write(score, w);
                default -> {
                    TextReport.write(score, w);
                    if (perUtterance) {
                        w.append('\n');
                        TextReport.writePerUtterance(score, w);
                    }
                }
            }
        });
        return ExitCodes.OK;
    }

    private int folders(ScoreOptions options) throws Exception {
        FileSetScore score = Scorer.scoreFiles(input.readDirectories(), options,
                TerminalProgress.forStderr(err()), Workers.pool());
        PrintWriter err = err();
        for (String w : score.pooled().warnings()) {
            err.println("werk: warning: " + w);
        }
        OutputFile.write(out, out(), w -> {
            switch (format) {
                case json -> JsonReport.write(score, perUtterance, w);
                case csv -> CsvReport.write(score.pooled(), w);
                default -> {
                    TextReport.writeFiles(score, w);
                    if (perUtterance) {
                        w.append('\n');
                        TextReport.writePerUtterance(score.pooled(), w);
                    }
                }
            }
        });
        return ExitCodes.OK;
    }

    /** Several named systems against one reference: one row per system (text), {@code systems} (json), a {@code system} column (csv). */
    private int systems(ScoreOptions options) throws Exception {
        SystemsScore score = input.scoreSystems(options, TerminalProgress.forStderr(err()));
        PrintWriter err = err();
        for (int s = 0; s < score.names().size(); s++) {
            for (String w : score.systems().get(s).warnings()) {
                err.println("werk: warning: " + score.names().get(s) + ": " + w);
            }
        }
        OutputFile.write(out, out(), w -> {
            switch (format) {
                case json -> JsonReport.write(score, perUtterance, w);
                case csv -> CsvReport.write(score, w);
                default -> {
                    TextReport.writeSystems(score, w);
                    if (perUtterance) {
                        for (int s = 0; s < score.names().size(); s++) {
                            w.append("\nsystem ").append(score.names().get(s)).append('\n');
                            TextReport.writePerUtterance(score.systems().get(s), w);
                        }
                    }
                }
            }
        });
        return ExitCodes.OK;
    }
}
