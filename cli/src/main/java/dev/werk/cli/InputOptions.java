package dev.werk.cli;

import dev.werk.core.NamedTranscript;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.SystemsScore;
import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Option;

/** The reference and hypothesis files (or folders) and their formats, shared by every scoring command. */
final class InputOptions {
    @Option(names = "--ref", required = true, paramLabel = "FILE|DIR",
            description = "Reference transcript, or a folder of them (then --hyp is a folder too; files pair by base name).")
    Path ref;

    @Option(names = "--hyp", required = true, paramLabel = "[NAME=]FILE|DIR",
            description = "Hypothesis transcript, or a folder of them. Repeat as NAME=PATH to score several systems "
                    + "against the one reference (e.g. --hyp baseline=b.txt --hyp custom=c.txt).")
    List<String> hypotheses;


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

    /**
     * True when the hypotheses are named systems ({@code --hyp NAME=PATH}, or several --hyp); a
     * plain single {@code --hyp PATH} keeps the single-system output. Usage errors for a mix of
     * named and unnamed hypotheses or a name given twice.
     */
    boolean systems() {
        List<SystemHypothesis> parsed = parsedHypotheses();
        boolean anyNamed = parsed.stream().anyMatch(h -> h.name() != null);
        if (parsed.size() > 1 && parsed.stream().anyMatch(h -> h.name() == null)) {
            throw new UsageException("with several --hyp, name each one: --hyp NAME=PATH (e.g. --hyp baseline=b.txt --hyp custom=c.txt)");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SystemHypothesis h : parsed) {
            if (h.name() != null && !seen.add(h.name())) {
                throw new UsageException("--hyp: the system name '" + h.name() + "' is given twice");
            }
        }
        return anyNamed;
    }

    /** One --hyp: a system's name (null when unnamed) and its file or folder. */
    record SystemHypothesis(String name, Path path) {
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
            if (name != null && (name.contains("/") || name.contains(java.io.File.separator))) {
                name = null;
            }
            if (name != null && eq == h.length() - 1) {
                throw new UsageException("--hyp " + h + ": no path after the system name");
            }
            out.add(new SystemHypothesis(name, Path.of(name == null ? h : h.substring(eq + 1))));
        }
        return out;
    }

    /** True when --ref and --hyp are folders; a folder with a file is a usage error. */
    boolean directories() {
        if (!Files.exists(ref)) {
            throw new UsageException("--ref " + ref + ": no such file or folder");
        }
        boolean refDir = Files.isDirectory(ref);
        for (SystemHypothesis h : parsedHypotheses()) {
            Path p = h.path();
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

    /**
     * Reads the reference once and every named system's hypothesis, and scores them side by side
     * (files or folders alike).
     */
    SystemsScore scoreSystems(ScoreOptions options, Scorer.Progress progress) throws IOException {
        List<SystemHypothesis> parsed = parsedHypotheses();
        Pairing.Rules rules = new Pairing.Rules(wholeFile, ignoreIdCase);
        if (directories()) {
            DirectoryPairing.Systems folders = DirectoryPairing.readSystems(ref, given(refFormat, "--ref-format"),
                    parsed.stream().map(InputOptions::systemName).toList(), parsed.stream().map(SystemHypothesis::path).toList(),
                    given(hypFormat, "--hyp-format"), rules);
            return Scorer.scoreSystemFolders(folders, options, progress, ForkJoinPool.commonPool());
        }
        Path refFile = existing(ref, "--ref");
        TranscriptFormat rf = format(refFormat, ref, "--ref-format");
        List<Path> files = new ArrayList<>();
        for (SystemHypothesis h : parsed) {
            files.add(existing(h.path(), "--hyp"));
        }
        Transcript r = TranscriptReader.read(refFile, rf);
        List<NamedTranscript> hyps = new ArrayList<>();
        for (int k = 0; k < parsed.size(); k++) {
            Path p = files.get(k);
            hyps.add(new NamedTranscript(systemName(parsed.get(k)), TranscriptReader.read(p, format(hypFormat, p, "--hyp-format"))));
        }
        return Scorer.scoreSystems(r, hyps, rules, options, progress, ForkJoinPool.commonPool());
    }

    /** A system's name: as given, or {@code hypothesis} for the one unnamed --hyp. */
    private static String systemName(SystemHypothesis h) {
        return h.name() == null ? "hypothesis" : h.name();
    }

    /** Reads and pairs both files; usage errors for missing files, data errors for bad content. */
    Pairing.Result read() throws IOException {
        // Every usage check before any reading: a usage error must not hide behind a data error.
        Path refFile = existing(ref, "--ref");
        Path hyp = parsedHypotheses().get(0).path();
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
        return DirectoryPairing.read(ref, rf, parsedHypotheses().get(0).path(), hf, wholeFile, ignoreIdCase);
    }

    /** The reference format: as given, else from the extension; null for a folder read by extension. */
    TranscriptFormat refFormat() {
        return Files.isDirectory(ref) ? given(refFormat, "--ref-format") : format(refFormat, ref, "--ref-format");
    }

    /** The hypotheses' format: as given, else the first hypothesis file's extension; null for folders read by extension. */
    TranscriptFormat hypFormat() {
        Path first = parsedHypotheses().get(0).path();
        return Files.isDirectory(first) ? given(hypFormat, "--hyp-format") : format(hypFormat, first, "--hyp-format");
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
