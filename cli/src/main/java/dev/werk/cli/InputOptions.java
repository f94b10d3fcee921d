package dev.werk.cli;

import dev.werk.core.NamedTranscript;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.SystemsScore;
import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.ReadOptions;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The reference and hypothesis files (or folders) and their formats, shared by every scoring
 * command. {@code --hyp} may be repeated as {@code NAME=PATH} to score several systems against the
 * one reference.
 */
final class InputOptions {
    /** How standard input is named in messages. */
    static final Path STDIN = Path.of("<stdin>");

    Path ref;
    List<String> hypotheses;
    String refFormat;
    String hypFormat;
    boolean ignoreIdCase;
    boolean wholeFile;
    boolean recursive;
    boolean negativeDurations;

    /** These options, bound to this object (see {@link CodedOptions}), in {@code --help} order. */
    List<CodedOptions.Opt> options() {
        return List.of(
                CodedOptions.option(Path.class, this, "ref", "--ref").required(true).paramLabel("FILE|DIR")
                    .description("Reference transcript, or a folder of them (then --hyp is a folder too; files pair by base name). "
                            + "'-' reads standard input (for one of --ref and --hyp)."),
                CodedOptions.strings(this, "hypotheses", false, "--hyp").required(true)
                    .paramLabel("[NAME=]FILE|DIR")
                    .description("Hypothesis transcript, or a folder of them; '-' is standard input. Repeat as NAME=PATH to score "
                            + "several systems against the one reference (e.g. --hyp baseline=b.txt --hyp custom=c.txt)."),
                CodedOptions.option(String.class, this, "refFormat", "--ref-format").paramLabel("FORMAT")
                    .description("plain, trn, kaldi, stm, ctm, nlp or transcribe (default: from the extension: .trn, .ark/.kaldi, "
                            + ".stm, .ctm, .nlp, .json, else plain)."),
                CodedOptions.option(String.class, this, "hypFormat", "--hyp-format").paramLabel("FORMAT")
                    .description("As --ref-format, for the hypotheses."),
                CodedOptions.flag(this, "ignoreIdCase", "--ignore-id-case")
                    .description("Match utterance ids whatever their case, as sclite does without -s (with --normalize sclite for the words)."),
                CodedOptions.flag(this, "wholeFile", "--whole-file")
                    .description("Score each file as one utterance (its lines joined with single spaces)."),
                CodedOptions.flag(this, "recursive", "--recursive")
                    .description("With folders: score subfolders too, pairing files by their path relative to the folder."),
                CodedOptions.flag(this, "negativeDurations", "--allow-negative-duration")
                    .description("Accept CTM words with a negative duration, as sclite does (refused by default)."));
    }

    /** Adds these options to {@code spec}. */
    void addTo(CommandSpec spec) {
        CodedOptions.addAll(spec, options());
    }

    /** One --hyp: a system's name (null when unnamed) and its file or folder. */
    record SystemHypothesis(String name, Path path) {
    }

    private static boolean isStdin(Path p) {
        return p.toString().equals("-");
    }

    private ReadOptions readOptions() {
        return ReadOptions.STRICT.withNegativeDurations(negativeDurations);
    }

    private DirectoryPairing.Options folderOptions() {
        return new DirectoryPairing.Options(wholeFile, ignoreIdCase, recursive, readOptions());
    }

    /**
     * The --hyp values: {@code NAME=PATH} when the text before the first {@code =} is a name (not
     * empty, no path separator), else a plain path.
     */
    List<SystemHypothesis> parsedHypotheses() {
        List<SystemHypothesis> out = new ArrayList<>(hypotheses.size());
        for (String h : hypotheses) {
            int eq = h.indexOf('=');
            String name = eq > 0 ? h.substring(0, eq) : null;
            if (name != null && (name.contains("/") || name.contains(File.separator))) {
                name = null;
            }
            if (name != null && eq == h.length() - 1) {
                throw new UsageException("--hyp " + h + ": no path after the system name");
            }
            out.add(new SystemHypothesis(name, Path.of(name == null ? h : h.substring(eq + 1))));
        }
        return out;
    }

    /** The only hypothesis of a single-system run (the first --hyp). */
    Path hyp() {
        return parsedHypotheses().get(0).path();
    }

    /**
     * True when the hypotheses are named systems ({@code --hyp NAME=PATH}, or several --hyp); a
     * plain single {@code --hyp PATH} keeps the single-system output. Usage errors for a mix of
     * named and unnamed hypotheses or a name given twice.
     */
    boolean systems() {
        List<SystemHypothesis> parsed = parsedHypotheses();
        boolean named = false;
        boolean unnamed = false;
        for (SystemHypothesis h : parsed) {
            named |= h.name() != null;
            unnamed |= h.name() == null;
        }
        if (parsed.size() > 1 && unnamed) {
            throw new UsageException("with several --hyp, name each one: --hyp NAME=PATH (e.g. --hyp baseline=b.txt --hyp custom=c.txt)");
        }
        Set<String> seen = new HashSet<>();
        for (SystemHypothesis h : parsed) {
            if (h.name() != null && !seen.add(h.name())) {
                throw new UsageException("--hyp: the system name '" + h.name() + "' is given twice");
            }
        }
        return named;
    }

    /** True when --ref and --hyp are folders; a folder with a file is a usage error. */
    boolean directories() {
        // Loops, not streams: this runs before every score, and setting up streams costs a fresh JVM a few ms.
        List<Path> all = new ArrayList<>();
        all.add(ref);
        for (SystemHypothesis h : parsedHypotheses()) {
            all.add(h.path());
        }
        List<Path> hyps = all.subList(1, all.size());
        List<Path> files = new ArrayList<>();
        for (Path p : all) {
            if (!isStdin(p)) {
                files.add(p);
            }
        }
        int stdin = all.size() - files.size();
        if (stdin > 0) {
            if (stdin > 1) {
                throw new UsageException("only one of --ref and --hyp can be '-': standard input holds one file");
            }
            for (Path other : files) {
                if (Files.isDirectory(other)) {
                    throw new UsageException("standard input is one file, so " + other + " must be a file, not a folder");
                }
            }
            return false;
        }
        if (!Files.exists(ref)) {
            throw new UsageException("--ref " + ref + ": no such file or folder");
        }
        boolean refDir = Files.isDirectory(ref);
        for (Path p : hyps) {
            if (!Files.exists(p)) {
                throw new UsageException("--hyp " + p + ": no such file or folder");
            }
            boolean hypDir = Files.isDirectory(p);
            if (refDir != hypDir) {
                throw new UsageException("--ref and --hyp must both be files or both be folders (" + ref + " is a "
                        + (refDir ? "folder" : "file") + ", " + p + " is a " + (hypDir ? "folder" : "file") + ")");
            }
        }
        return refDir;
    }

    /** Reads and pairs both files; usage errors for missing files, data errors for bad content. */
    Pairing.Result read() throws IOException {
        // Every usage check before any reading: a usage error must not hide behind a data error.
        Path hyp = hyp();
        Path refFile = existing(ref, "--ref");
        Path hypFile = existing(hyp, "--hyp");
        TranscriptFormat rf = format(refFormat, ref, "--ref-format");
        TranscriptFormat hf = format(hypFormat, hyp, "--hyp-format");
        if (isStdin(refFile) || isStdin(hypFile) || Files.size(hypFile) < PARALLEL_READ_BYTES) {
            Transcript r = read(refFile, rf);
            Transcript h = read(hypFile, hf);
            return new Pairing.Rules(wholeFile, ignoreIdCase).pair(r, h);
        }
        // Two large files: the hypothesis on a worker while this thread reads the reference. A bad
        // reference is still the error reported, as when they are read one after the other.
        CompletableFuture<Transcript> h = CompletableFuture.supplyAsync(new FileRead(this, hypFile, hf), Workers.pool());
        Transcript r = read(refFile, rf);
        try {
            return new Pairing.Rules(wholeFile, ignoreIdCase).pair(r, h.join());
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof Error err) {
                throw err; // out of memory, say: Main's message for it, not an internal error
            }
            throw c instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * From this size (of the hypothesis file) the two files of a pair are read on two threads. Below
     * it, starting the worker and both threads running the same cold code cost more than they save:
     * the 20,000-word pair (138 KB files) is 3 % faster read in turn, the 200,000-word pair (1.4 MB)
     * 2 % faster on two threads.
     */
    static final long PARALLEL_READ_BYTES = 512 * 1024;

    /** One file read on a worker (a class, not a lambda: see TranscriptReader's LineReader). */
    private record FileRead(InputOptions input, Path file, TranscriptFormat format) implements Supplier<Transcript> {
        @Override
        public Transcript get() {
            try {
                return input.read(file, format);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads and pairs both folders file by file (see {@link DirectoryPairing}). */
    DirectoryPairing.Result readDirectories() throws IOException {
        TranscriptFormat rf = given(refFormat, "--ref-format");
        TranscriptFormat hf = given(hypFormat, "--hyp-format");
        return DirectoryPairing.read(ref, rf, hyp(), hf, folderOptions(), Workers.pool());
    }

    /**
     * Reads the reference once and every named system's hypothesis, and scores them side by side
     * (files or folders alike), sharing large jobs out over the CLI's worker pool.
     */
    SystemsScore scoreSystems(ScoreOptions options, Scorer.Progress progress) throws IOException {
        List<SystemHypothesis> parsed = parsedHypotheses();
        Pairing.Rules rules = new Pairing.Rules(wholeFile, ignoreIdCase);
        List<String> names = parsed.stream().map(h -> h.name() == null ? "hypothesis" : h.name()).toList();
        if (directories()) {
            DirectoryPairing.Systems folders = DirectoryPairing.readSystems(ref, given(refFormat, "--ref-format"), names,
                    parsed.stream().map(SystemHypothesis::path).toList(), given(hypFormat, "--hyp-format"), folderOptions(),
                    Workers.pool());
            return Scorer.scoreSystemFolders(folders, options, progress, Workers.pool());
        }
        Path refFile = existing(ref, "--ref");
        TranscriptFormat rf = format(refFormat, ref, "--ref-format");
        List<Path> files = new ArrayList<>();
        List<TranscriptFormat> formats = new ArrayList<>();
        for (SystemHypothesis h : parsed) {
            files.add(existing(h.path(), "--hyp"));
            formats.add(format(hypFormat, h.path(), "--hyp-format"));
        }
        Transcript r = read(refFile, rf);
        List<NamedTranscript> hyps = new ArrayList<>();
        for (int k = 0; k < parsed.size(); k++) {
            hyps.add(new NamedTranscript(names.get(k), read(files.get(k), formats.get(k))));
        }
        return Scorer.scoreSystems(r, hyps, rules, options, progress, Workers.pool());
    }

    private Transcript read(Path file, TranscriptFormat format) throws IOException {
        if (isStdin(file)) {
            return TranscriptReader.parse(System.in.readAllBytes(), STDIN, format, readOptions());
        }
        return TranscriptReader.read(file, format, readOptions());
    }

    /**
     * Every input file: the files, or every file in the folders (subfolders too with --recursive),
     * and the {@code extra} files or folders (a rules file, fstalign's side files; null ones are skipped).
     */
    List<Path> files(Path... extra) throws IOException {
        List<Path> out = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (Path p : extra) {
            if (p != null) {
                inputs.add(p);
            }
        }
        inputs.add(ref);
        for (SystemHypothesis h : parsedHypotheses()) {
            inputs.add(h.path());
        }
        for (Path p : inputs) {
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

    /** The hypotheses' format: as given, else the first hypothesis file's extension; null for folders read by extension. */
    TranscriptFormat hypFormat() {
        Path first = hyp();
        return Files.isDirectory(first) ? given(hypFormat, "--hyp-format") : format(hypFormat, first, "--hyp-format");
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
