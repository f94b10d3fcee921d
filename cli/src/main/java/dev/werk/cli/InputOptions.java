package dev.werk.cli;

import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.reports.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The reference and hypothesis files (or folders) and their formats, shared by every scoring command. */
final class InputOptions {
    @Option(names = "--ref", required = true, paramLabel = "FILE|DIR",
            description = "Reference transcript, or a folder of them (then --hyp is a folder too; files pair by base name).")
    Path ref;

    @Option(names = "--hyp", required = true, paramLabel = "FILE|DIR", description = "Hypothesis transcript, or a folder of them.")
    Path hyp;

    @Option(names = "--ref-format", paramLabel = "FORMAT",
            description = "plain, trn, kaldi, stm, ctm, nlp or transcribe (default: from the extension: .trn, .ark/.kaldi, "
                    + ".stm, .ctm, .nlp, .json, else plain).")
    String refFormat;

    @Option(names = "--hyp-format", paramLabel = "FORMAT", description = "As --ref-format, for the hypothesis.")
    String hypFormat;

    @Option(names = "--ignore-id-case",
            description = "Match utterance ids whatever their case, as sclite does without -s (with --normalize sclite for the words).")
    boolean ignoreIdCase;

    @Option(names = "--whole-file", description = "Score each file as one utterance (its lines joined with single spaces).")
    boolean wholeFile;

    /** True when --ref and --hyp are folders; a folder with a file is a usage error. */
    boolean directories() {
        if (!Files.exists(ref)) {
            throw new UsageException("--ref " + ref + ": no such file or folder");
        }
        if (!Files.exists(hyp)) {
            throw new UsageException("--hyp " + hyp + ": no such file or folder");
        }
        boolean refDir = Files.isDirectory(ref);
        boolean hypDir = Files.isDirectory(hyp);
        if (refDir != hypDir) {
            throw new UsageException("--ref and --hyp must both be files or both be folders (" + ref + " is a "
                    + (refDir ? "folder" : "file") + ", " + hyp + " is a " + (hypDir ? "folder" : "file") + ")");
        }
        return refDir && hypDir;
    }

    /** Reads and pairs both files; usage errors for missing files, data errors for bad content. */
    Pairing.Result read() throws IOException {
        // Every usage check before any reading: a usage error must not hide behind a data error.
        Path refFile = existing(ref, "--ref");
        Path hypFile = existing(hyp, "--hyp");
        TranscriptFormat rf = format(refFormat, ref, "--ref-format");
        TranscriptFormat hf = format(hypFormat, hyp, "--hyp-format");
        Transcript r = TranscriptReader.read(refFile, rf);
        Transcript h = TranscriptReader.read(hypFile, hf);
        return wholeFile ? Pairing.wholeFile(r, h) : Pairing.pair(r, h, ignoreIdCase);
    }

    /** Reads and pairs both folders file by file (see {@link DirectoryPairing}). */
    DirectoryPairing.Result readDirectories() throws IOException {
        TranscriptFormat rf = given(refFormat, "--ref-format");
        TranscriptFormat hf = given(hypFormat, "--hyp-format");
        return DirectoryPairing.read(ref, rf, hyp, hf, wholeFile, ignoreIdCase);
    }

    /** The reference format: as given, else from the extension; null for a folder read by extension. */
    TranscriptFormat refFormat() {
        return Files.isDirectory(ref) ? given(refFormat, "--ref-format") : format(refFormat, ref, "--ref-format");
    }

    /** The hypothesis format, as {@link #refFormat()}. */
    TranscriptFormat hypFormat() {
        return Files.isDirectory(hyp) ? given(hypFormat, "--hyp-format") : format(hypFormat, hyp, "--hyp-format");
    }

    Sources sources() {
        if (Files.isDirectory(ref)) {
            return new Sources(ref.toString(), formatName(refFormat), hyp.toString(), formatName(hypFormat));
        }
        return new Sources(ref.toString(), format(refFormat, ref, "--ref-format").id(), hyp.toString(),
                format(hypFormat, hyp, "--hyp-format").id());
    }

    private static String formatName(String given) {
        return given == null ? "by extension" : given;
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
        TranscriptFormat f = given(name, option);
        return f != null ? f : TranscriptFormat.fromExtension(file);
    }

    private static TranscriptFormat given(String name, String option) {
        if (name == null) {
            return null;
        }
        try {
            return TranscriptFormat.fromId(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
