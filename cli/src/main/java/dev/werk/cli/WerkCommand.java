package dev.werk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command; it only lists its subcommands. */
@Command(name = "werk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Word error rate and everything an ASR engineer needs around it.",
        subcommands = {ScoreCommand.class, AlignCommand.class, TermsCommand.class, VocabCommand.class, NormalizeCommand.class,
            CompareCommand.class, ReportCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error (a bug in werk)", "2:usage error (also: --out is an input)", "3:bad input data",
                "4:a CI gate failed (werk compare --fail-if-worse, --max-wer, --require-significant)", "5:an output could not be written (disk full, folder gone)"})
final class WerkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of score, align, terms, vocab, normalize, compare, report, demo, help");
    }
}
