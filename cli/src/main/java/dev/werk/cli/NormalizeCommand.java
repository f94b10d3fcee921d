package dev.werk.cli;

import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.Utterance;
import dev.werk.core.text.TextNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code werk normalize}: prints a file's text as werk will score it, so users can see what a normaliser does. */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the normalised text of a transcript, in its own layout (plain: one line per line; "
                + "trn: 'text (id)'; kaldi: 'id text'), exactly as score and align will see it.")
final class NormalizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The transcript to normalise.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "plain, trn or kaldi (default: from the extension).")
    String format;

    @Mixin
    NormalizeOptions normalize;

    @Override
    public Integer call() throws Exception {
        TextNormalizer normalizer = normalize.toNormalizer();
        TranscriptFormat f;
        try {
            f = format == null ? TranscriptFormat.fromExtension(file) : TranscriptFormat.fromId(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(file + ": is a directory; give a transcript file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        Transcript t = TranscriptReader.read(file, f);
        spec.commandLine().getErr().println("werk: normalizer " + normalizer.name());
        OutputFile.write(null, spec.commandLine().getOut(), out -> {
            for (Utterance u : t.utterances()) {
                String text = normalizer.normalize(u.text());
                switch (f) {
                    case TRN -> out.append(text.isEmpty() ? "" : text + " ").append('(').append(u.id()).append(")\n");
                    case KALDI -> out.append(u.id()).append(text.isEmpty() ? "" : " " + text).append('\n');
                    default -> out.append(text).append('\n');
                }
            }
        });
        return ExitCodes.OK;
    }
}
