package dev.werk.cli;

import dev.werk.core.io.ReadOptions;
import dev.werk.core.io.Segment;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.Utterance;
import dev.werk.core.text.TextNormalizer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code werk normalize}: prints a file's text as werk will score it, so users can see what a normaliser does. */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the normalised text of a transcript, exactly as score and align will see it, in its own layout: "
                + "plain: one line per line; trn: 'text (id)'; kaldi: 'id text'; stm: 'file channel speaker begin end [<labels>] text' "
                + "per segment (an excluded segment keeps IGNORE_TIME_SEGMENT_IN_SCORING); ctm, nlp and transcribe, whose words "
                + "the normaliser may merge or split: 'id text' per utterance (a CTM file/channel, a whole NLP or JSON file).")
final class NormalizeCommand implements CodedOptions.Grouped, Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The transcript to normalise ('-': standard input).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "plain, trn, kaldi, stm, ctm, nlp or transcribe (default: from the extension: .trn, .ark/.kaldi, "
                    + ".stm, .ctm, .nlp, .json, else plain).")
    String format;

    final NormalizeOptions normalize = new NormalizeOptions();

    @Override
    public void addGroups(CommandSpec model) {
        CodedOptions.insertBefore(model, null, normalize::addTo);
    }

    @Override
    public Integer call() throws Exception {
        TextNormalizer normalizer = normalize.toNormalizer();
        TranscriptFormat f;
        try {
            f = format == null ? TranscriptFormat.fromExtension(file) : TranscriptFormat.fromId(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        boolean stdin = file.toString().equals("-");
        if (Files.isDirectory(file)) {
            throw new UsageException(file + ": is a directory; give a transcript file");
        }
        if (!stdin && !Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        Transcript t = stdin
                ? TranscriptReader.parse(System.in.readAllBytes(), InputOptions.STDIN, f, ReadOptions.STRICT)
                : TranscriptReader.read(file, f);
        spec.commandLine().getErr().println("werk: normalizer " + normalizer.name());
        OutputFile.write(null, spec.commandLine().getOut(), out -> {
            for (Utterance u : t.utterances()) {
                String text = normalizer.normalize(u.text());
                switch (f) {
                    case PLAIN -> out.append(text).append('\n');
                    case TRN -> out.append(text.isEmpty() ? "" : text + " ").append('(').append(u.id()).append(")\n");
                    case STM -> out.append(stmLine(u, text)).append('\n');
                    default -> out.append(u.id()).append(text.isEmpty() ? "" : " " + text).append('\n');
                }
            }
        });
        return ExitCodes.OK;
    }

    /** An STM segment line with its text normalised; times in their shortest decimal form. */
    private static String stmLine(Utterance u, String text) {
        Segment s = u.segment();
        StringBuilder b = new StringBuilder().append(s.file()).append(' ').append(s.channel()).append(' ').append(s.speaker())
                .append(' ').append(seconds(s.begin())).append(' ').append(seconds(s.end()));
        if (s.labels() != null) {
            b.append(' ').append(s.labels());
        }
        String words = s.excluded() ? "IGNORE_TIME_SEGMENT_IN_SCORING" : text;
        return words.isEmpty() ? b.toString() : b.append(' ').append(words).toString();
    }

    private static String seconds(double t) {
        return BigDecimal.valueOf(t).stripTrailingZeros().toPlainString();
    }
}
