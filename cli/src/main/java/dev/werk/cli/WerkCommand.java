package dev.werk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command; it only lists its subcommands. */
@Command(name = "werk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Word error rate and everything an ASR engineer needs around it.",
        subcommands = {ScoreCommand.class, AlignCommand.class, TermsCommand.class, VocabCommand.class, NormalizeCommand.class,
            CompareCommand.class, ReportCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error (a bug in werk)", "2:usage error", "3:bad input data", "4:a werk compare gate failed"})
final class WerkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of score, align, terms, vocab, normalize, compare, report, demo");
    }
}
