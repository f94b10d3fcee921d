package dev.werk.cli;

import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.reports.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The reference and hypothesis files and their formats, shared by every scoring command. */
final class InputOptions {
    @Option(names = "--ref", required = true, paramLabel = "FILE", description = "Reference transcript.")
    Path ref;

    @Option(names = "--hyp", required = true, paramLabel = "FILE", description = "Hypothesis transcript.")
    Path hyp;

    @Option(names = "--ref-format", paramLabel = "FORMAT",
            description = "plain, trn or kaldi (default: from the extension: .trn, .ark/.kaldi, else plain).")
    String refFormat;

    @Option(names = "--hyp-format", paramLabel = "FORMAT", description = "As --ref-format, for the hypothesis.")
    String hypFormat;

    TranscriptFormat refFormat() {
        return format(refFormat, ref, "--ref-format");
    }

    TranscriptFormat hypFormat() {
        return format(hypFormat, hyp, "--hyp-format");
    }

    /** Reads and pairs both files; usage errors for missing files, data errors for bad content. */
    Pairing.Result read() throws IOException {
        // Every usage check before any reading: a usage error must not hide behind a data error.
        Path refFile = existing(ref, "--ref");
        Path hypFile = existing(hyp, "--hyp");
        TranscriptFormat rf = refFormat();
        TranscriptFormat hf = hypFormat();
        Transcript r = TranscriptReader.read(refFile, rf);
        Transcript h = TranscriptReader.read(hypFile, hf);
        return Pairing.pair(r, h);
    }

    Sources sources() {
        return new Sources(ref.toString(), refFormat().id(), hyp.toString(), hypFormat().id());
    }

    private static Path existing(Path p, String option) {
        if (!Files.exists(p)) {
            throw new UsageException(option + " " + p + ": no such file");
        }
        if (Files.isDirectory(p)) {
            throw new UsageException(option + " " + p + ": is a directory; give a transcript file");
        }
        return p;
    }

    private static TranscriptFormat format(String name, Path file, String option) {
        if (name == null) {
            return TranscriptFormat.fromExtension(file);
        }
        try {
            return TranscriptFormat.fromId(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
