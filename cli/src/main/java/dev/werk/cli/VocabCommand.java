package dev.werk.cli;

import dev.werk.core.terms.VocabularyCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code werk vocab}: tools for custom vocabulary tables; today {@code werk vocab check}. */
@Command(name = "vocab", mixinStandardHelpOptions = true, description = "Custom vocabulary tables.",
        subcommands = VocabCommand.Check.class)
final class VocabCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose check");
    }

    /** {@code werk vocab check TABLE}: Amazon Transcribe's rules for custom vocabulary tables. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check an Amazon Transcribe custom vocabulary table (tab-separated, header Phrase, IPA, SoundsLike, "
                    + "DisplayAs) against the service's rules; one line per problem with line, row and column; exit 3 if any.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TABLE", description = "The vocabulary table (.tsv or .txt).")
        Path table;

        @Option(names = "--language", paramLabel = "CODE", defaultValue = "en-US",
                description = "The table's language code (default en-US: Phrase and SoundsLike letters a-z, A-Z; other codes: any letter).")
        String language;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(table)) {
                throw new UsageException(table + ": no such file");
            }
            VocabularyCheck.Result r = VocabularyCheck.check(table, language);
            PrintWriter err = spec.commandLine().getErr();
            for (VocabularyCheck.Problem p : r.problems()) {
                err.println("werk: " + table + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.describe());
            }
            for (String w : r.warnings()) {
                err.println("werk: warning: " + table + ": " + w);
            }
            if (!r.valid()) {
                return ExitCodes.DATA;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(table + ": " + r.rows() + " rows, no problems (Amazon Transcribe custom vocabulary rules, " + language + ")");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
