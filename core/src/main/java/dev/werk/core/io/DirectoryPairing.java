package dev.werk.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * Pairs the transcript files of a reference folder with those of a hypothesis folder by base name
 * (the file name without its last extension, so {@code ref/4320211.nlp} pairs with
 * {@code hyp/4320211.txt}), reads each pair and pairs its utterances. Only regular files directly
 * in each folder count, and each subfolder is named in a warning as not scored; with
 * {@link Options#recursive()} the files of subfolders count too, paired by their path relative to
 * the folder ({@code ref/a/1.stm} with {@code hyp/a/1.ctm}, named {@code a/1}). Names starting with
 * {@code .} are ignored. A reference file without a
 * hypothesis file is scored as all deletions, with a warning; a hypothesis file without a
 * reference file is left out with a warning (recogniser output for a recording nobody transcribed,
 * as in Earnings-21); two files with one base name in a folder, or a reference folder without
 * files, are data errors.
 */
public final class DirectoryPairing {
    private DirectoryPairing() {
    }

    /**
     * One reference file and its hypothesis.
     *
     * @param name       the shared base name
     * @param reference  the reference file
     * @param hypothesis the hypothesis file, or null when there is none (all deletions)
     * @param paired     its utterance pairs and warnings
     */
    public record PairedFile(String name, Path reference, Path hypothesis, Pairing.Result paired) {
    }

    /**
     * The paired files and what the user must be told about the folders as a whole.
     *
     * @param files            one per reference file, in base-name order
     * @param warnings         e.g. hypothesis files left out for want of a reference
     * @param referenceFormat  the reference files' format as given, or null when read by extension
     * @param hypothesisFormat likewise for the hypothesis files
     */
    public record Result(List<PairedFile> files, List<String> warnings, TranscriptFormat referenceFormat,
                         TranscriptFormat hypothesisFormat) {
        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }

        /** Files read by their extensions. */
        public Result(List<PairedFile> files, List<String> warnings) {
            this(files, warnings, null, null);
        }
    }

    /**
     * Reads and pairs the two folders, in base-name order.
     *
     * @param refFormat the reference files' format, or null to take each file's from its extension
     * @param hypFormat likewise for the hypothesis files
     * @param wholeFile score each file as one utterance (see {@link Pairing#wholeFile})
     */
    public static Result read(Path refDir, TranscriptFormat refFormat, Path hypDir, TranscriptFormat hypFormat,
                                        boolean wholeFile) throws IOException {
        return read(refDir, refFormat, hypDir, hypFormat, wholeFile, false);
    }

    /** As {@link #read(Path, TranscriptFormat, Path, TranscriptFormat, boolean)}, matching utterance ids whatever their case when asked. */
    public static Result read(Path refDir, TranscriptFormat refFormat, Path hypDir, TranscriptFormat hypFormat,
                                        boolean wholeFile, boolean ignoreIdCase) throws IOException {
        return read(refDir, refFormat, hypDir, hypFormat, new Options(wholeFile, ignoreIdCase, false, ReadOptions.STRICT));
    }

    /**
     * How folders are read.
     *
     * @param wholeFile    score each file as one utterance (see {@link Pairing#wholeFile})
     * @param ignoreIdCase match utterance ids whatever their case
     * @param recursive    read subfolders too, pairing files by relative path
     * @param read         the readers' checks
     */
    public record Options(boolean wholeFile, boolean ignoreIdCase, boolean recursive, ReadOptions read) {
    }

    /** Reads and pairs the two folders as {@code options} say, in name order. */
    public static Result read(Path refDir, TranscriptFormat refFormat, Path hypDir, TranscriptFormat hypFormat,
                              Options options) throws IOException {
        return read(refDir, refFormat, hypDir, hypFormat, options, null);
    }

    /** As {@link #read(Path, TranscriptFormat, Path, TranscriptFormat, Options)}, reading the files over {@code executor} if not null. */
    public static Result read(Path refDir, TranscriptFormat refFormat, Path hypDir, TranscriptFormat hypFormat,
                              Options options, Executor executor) throws IOException {
        Systems s = readSystems(refDir, refFormat, List.of("hypothesis"), List.of(hypDir), hypFormat, options, executor);
        List<PairedFile> files = new ArrayList<>(s.files().size());
        for (SystemFiles f : s.files()) {
            files.add(f.forSystem(0));
        }
        return new Result(files, s.warnings(0), refFormat, hypFormat);
    }

    /**
     * One reference file and every system's hypothesis of it.
     *
     * @param name       the shared name
     * @param reference  the reference file
     * @param hypotheses per system, its hypothesis file, or null when it has none
     * @param paired     per system, the utterance pairs and warnings
     */
    public record SystemFiles(String name, Path reference, List<Path> hypotheses, List<Pairing.Result> paired) {
        public SystemFiles {
            hypotheses = java.util.Collections.unmodifiableList(new ArrayList<>(hypotheses));
            paired = List.copyOf(paired);
        }

        /** System {@code s}'s share, as a single-system file pair. */
        public PairedFile forSystem(int s) {
            return new PairedFile(name, reference, hypotheses.get(s), paired.get(s));
        }
    }

    /**
     * A reference folder paired with several systems' folders.
     *
     * @param names             the systems' names
     * @param hypothesisFolders per system, its folder
     * @param files             one per reference file, in name order
     * @param warnings          per system, what the user must be told about the folders as a whole
     * @param referenceFormat   the reference files' format as given, or null when read by extension
     * @param hypothesisFormat  likewise for the hypothesis files
     */
    public record Systems(List<String> names, List<Path> hypothesisFolders, List<SystemFiles> files, List<List<String>> warnings,
                          TranscriptFormat referenceFormat, TranscriptFormat hypothesisFormat) {
        public Systems {
            names = List.copyOf(names);
            hypothesisFolders = List.copyOf(hypothesisFolders);
            files = List.copyOf(files);
            warnings = warnings.stream().map(List::copyOf).toList();
        }

        /** System {@code s}'s folder-wide warnings. */
        public List<String> warnings(int s) {
            return warnings.get(s);
        }

        /** System {@code s}'s folder. */
        public Path hypothesisFolder(int s) {
            return hypothesisFolders.get(s);
        }
    }

    /**
     * Reads a reference folder once and pairs each reference file with every system's file of the
     * same name, as {@code options} say; the rules of {@link #read} apply to each system's folder.
     *
     * @param refFormat the reference files' format, or null to take each file's from its extension
     * @param hypFormat likewise for every system's files
     */
    public static Systems readSystems(Path refDir, TranscriptFormat refFormat, List<String> names, List<Path> hypDirs,
                                      TranscriptFormat hypFormat, Options options) throws IOException {
        return readSystems(refDir, refFormat, names, hypDirs, hypFormat, options, null);
    }

    /**
     * As {@link #readSystems(Path, TranscriptFormat, List, List, TranscriptFormat, Options)}, reading
     * the files over {@code executor} when it is not null (file by file; the result and the first
     * error, in name order, are the same as on one thread).
     */
    public static Systems readSystems(Path refDir, TranscriptFormat refFormat, List<String> names, List<Path> hypDirs,
                                      TranscriptFormat hypFormat, Options options, Executor executor) throws IOException {
        List<String> refWarnings = new ArrayList<>();
        Map<String, Path> refs = byName(refDir, options.recursive(), refWarnings);
        if (refs.isEmpty()) {
            throw new WerkDataException(refDir, 0, "the reference folder holds no transcript files"
                    + (options.recursive() || refWarnings.isEmpty() ? "" : " directly (give --recursive to read its subfolders)"));
        }
        List<Map<String, Path>> hyps = new ArrayList<>(hypDirs.size());
        List<List<String>> warnings = new ArrayList<>(hypDirs.size());
        for (Path hypDir : hypDirs) {
            List<String> w = new ArrayList<>(refWarnings);
            Map<String, Path> h = byName(hypDir, options.recursive(), w);
            for (Map.Entry<String, Path> e : h.entrySet()) {
                if (!refs.containsKey(e.getKey())) {
                    w.add(e.getValue() + ": no reference file with base name '" + e.getKey() + "' in " + refDir
                            + "; not scored");
                }
            }
            hyps.add(h);
            warnings.add(w);
        }
        Pairing.Rules rules = new Pairing.Rules(options.wholeFile(), options.ignoreIdCase());
        List<Map.Entry<String, Path>> entries = new ArrayList<>(refs.entrySet());
        SystemFiles[] out = new SystemFiles[entries.size()];
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            int at = k;
            Callable<SystemFiles> task = () -> pairOne(entries.get(at), refFormat, hypDirs, hyps, hypFormat, options, rules);
            if (executor == null) {
                out[k] = call(task);
            } else {
                tasks.add(CompletableFuture.runAsync(() -> out[at] = uncheckedCall(task), executor));
            }
        }
        joinInOrder(tasks);
        return new Systems(names, hypDirs, List.of(out), warnings, refFormat, hypFormat);
    }

    /** Reads one reference file and every system's file of its name, and pairs them. */
    private static SystemFiles pairOne(Map.Entry<String, Path> r, TranscriptFormat refFormat, List<Path> hypDirs,
                                       List<Map<String, Path>> hyps, TranscriptFormat hypFormat, Options options,
                                       Pairing.Rules rules) throws IOException {
        Transcript ref = read(r.getValue(), refFormat, options.read());
        List<Path> files = new ArrayList<>(hypDirs.size());
        List<Pairing.Result> paired = new ArrayList<>(hypDirs.size());
        for (int s = 0; s < hypDirs.size(); s++) {
            Path hypFile = hyps.get(s).get(r.getKey());
            files.add(hypFile);
            if (hypFile == null) {
                String warning = r.getValue() + ": no hypothesis file with base name '" + r.getKey() + "' in "
                        + hypDirs.get(s) + "; scored as all deletions";
                paired.add(options.wholeFile()
                        ? Pairing.missingHypothesis(new Transcript(ref.source(), ref.format(), List.of(WholeFile.join(ref))), warning)
                        : Pairing.missingHypothesis(ref, warning));
            } else {
                paired.add(rules.pair(ref, read(hypFile, hypFormat, options.read())));
            }
        }
        return new SystemFiles(r.getKey(), r.getValue(), files, paired);
    }

    private static SystemFiles call(Callable<SystemFiles> task) throws IOException {
        try {
            return task.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SystemFiles uncheckedCall(Callable<SystemFiles> task) {
        try {
            return call(task);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for every task; the first failure in name order is thrown, as on one thread. */
    private static void joinInOrder(List<CompletableFuture<Void>> tasks) throws IOException {
        for (CompletableFuture<Void> t : tasks) {
            try {
                t.join();
            } catch (CompletionException e) {
                for (CompletableFuture<Void> rest : tasks) {
                    rest.cancel(false);
                }
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static Transcript read(Path file, TranscriptFormat format, ReadOptions options) throws IOException {
        return TranscriptReader.read(file, format == null ? TranscriptFormat.fromExtension(file) : format, options);
    }

    /**
     * The files of {@code dir} by pairing name: the base name, prefixed with the subfolder path
     * ({@code a/b/name}) when recursive; without recursion each subfolder is named in a warning.
     */
    private static Map<String, Path> byName(Path dir, boolean recursive, List<String> warnings) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        collect(dir, "", dir, recursive, warnings, out);
        return out;
    }

    private static void collect(Path root, String prefix, Path dir, boolean recursive, List<String> warnings,
                                Map<String, Path> out) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.sorted().toList();
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                if (recursive) {
                    collect(root, prefix + name + "/", p, true, warnings, out);
                } else {
                    warnings.add(p + ": a subfolder; its files are not scored (give --recursive to score subfolders, "
                            + "pairing files by their path relative to " + root + ")");
                }
                continue;
            }
            if (!Files.isRegularFile(p)) {
                continue;
            }
            String key = prefix + FileNames.baseName(p);
            Path seen = out.putIfAbsent(key, p);
            if (seen != null) {
                throw new WerkDataException(p, 0, "shares its base name '" + FileNames.baseName(p) + "' with "
                        + seen.getFileName() + "; files pair by base name, so each must be unique in " + dir);
            }
        }
    }
}
