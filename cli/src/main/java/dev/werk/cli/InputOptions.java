package dev.werk.cli;

import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.ReadOptions;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.reports.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The reference and hypothesis files (or folders) and their formats, shared by every scoring command. */
final class InputOptions {
    /** How standard input is named in messages. */
    static final Path STDIN = Path.of("<stdin>");

    @Option(names = "--ref", required = true, paramLabel = "FILE|DIR",
            description = "Reference transcript, or a folder of them (then --hyp is a folder too; files pair by base name). "
                    + "'-' reads standard input (for one of --ref and --hyp).")
    Path ref;

    @Option(names = "--hyp", required = true, paramLabel = "FILE|DIR", description = "Hypothesis transcript, or a folder of them; '-' is standard input.")
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

    @Option(names = "--recursive", description = "With folders: score subfolders too, pairing files by their path relative to the folder.")
    boolean recursive;

    @Option(names = "--allow-negative-duration",
            description = "Accept CTM words with a negative duration, as sclite does (refused by default).")
    boolean negativeDurations;

    private static boolean isStdin(Path p) {
        return p.toString().equals("-");
    }

    private ReadOptions readOptions() {
        return ReadOptions.STRICT.withNegativeDurations(negativeDurations);
    }

    /** True when --ref and --hyp are folders; a folder with a file is a usage error. */
    boolean directories() {
        if (isStdin(ref) || isStdin(hyp)) {
            if (isStdin(ref) && isStdin(hyp)) {
                throw new UsageException("--ref and --hyp cannot both be '-': standard input holds one file");
            }
            Path other = isStdin(ref) ? hyp : ref;
            if (Files.isDirectory(other)) {
                throw new UsageException("standard input is one file, so " + other + " must be a file, not a folder");
            }
            return false;
        }
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
        Transcript r = read(refFile, rf);
        Transcript h = read(hypFile, hf);
        return wholeFile ? Pairing.wholeFile(r, h) : Pairing.pair(r, h, ignoreIdCase);
    }

    /** Reads and pairs both folders file by file (see {@link DirectoryPairing}). */
    DirectoryPairing.Result readDirectories() throws IOException {
        TranscriptFormat rf = given(refFormat, "--ref-format");
        TranscriptFormat hf = given(hypFormat, "--hyp-format");
        return DirectoryPairing.read(ref, rf, hyp, hf,
                new DirectoryPairing.Options(wholeFile, ignoreIdCase, recursive, readOptions()));
    }

    private Transcript read(Path file, TranscriptFormat format) throws IOException {
        if (isStdin(file)) {
            return TranscriptReader.parse(System.in.readAllBytes(), STDIN, format, readOptions());
        }
        return TranscriptReader.read(file, format, readOptions());
    }

    /**
     * Every input file: the two files, or every file in the two folders (subfolders too with
     * --recursive), and the {@code extra} files (a rules file; null ones are skipped).
     */
    List<Path> files(Path... extra) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : extra) {
            if (p != null) {
                out.add(p);
            }
        }
        for (Path p : List.of(ref, hyp)) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = recursive ? Files.walk(p) : Files.list(p)) {
                    s.filter(Files::isRegularFile).forEach(out::add);
                }
            } else if (!isStdin(p)) {
                out.add(p);
            }
        }
        return out;
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
            return new Sources(ref.toString(), formatName(refFormat, ref), hyp.toString(), formatName(hypFormat, hyp));
        }
        return new Sources(name(ref), format(refFormat, ref, "--ref-format").id(), name(hyp),
                format(hypFormat, hyp, "--hyp-format").id());
    }

    private static String name(Path p) {
        return isStdin(p) ? STDIN.toString() : p.toString();
    }

    /** A folder's format: as given, else "by extension" and the formats its files have, e.g. {@code by extension: nlp}. */
    private String formatName(String given, Path dir) {
        if (given != null) {
            return given;
        }
        Set<String> found = new TreeSet<>();
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
                    .forEach(p -> found.add(TranscriptFormat.fromExtension(p).id()));
        } catch (IOException e) {
            return "by extension";
        }
        return found.isEmpty() ? "by extension" : "by extension: " + String.join(", ", found);
    }

    private static Path existing(Path p, String option) {
        if (isStdin(p)) {
            return p;
        }
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
