package dev.werk.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * @param files    one per reference file, in base-name order
     * @param warnings e.g. hypothesis files left out for want of a reference
     */
    public record Result(List<PairedFile> files, List<String> warnings) {
        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
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
        boolean wholeFile = options.wholeFile();
        boolean ignoreIdCase = options.ignoreIdCase();
        List<String> warnings = new ArrayList<>();
        Map<String, Path> refs = byName(refDir, options.recursive(), warnings);
        Map<String, Path> hyps = byName(hypDir, options.recursive(), warnings);
        if (refs.isEmpty()) {
            throw new WerkDataException(refDir, 0, "the reference folder holds no transcript files"
                    + (options.recursive() || warnings.isEmpty() ? "" : " directly (give --recursive to read its subfolders)"));
        }
        for (Map.Entry<String, Path> h : hyps.entrySet()) {
            if (!refs.containsKey(h.getKey())) {
                warnings.add(h.getValue() + ": no reference file with base name '" + h.getKey() + "' in " + refDir
                        + "; not scored");
            }
        }
        List<PairedFile> out = new ArrayList<>(refs.size());
        for (Map.Entry<String, Path> r : refs.entrySet()) {
            Transcript ref = read(r.getValue(), refFormat, options.read());
            Path hypFile = hyps.get(r.getKey());
            Pairing.Result paired;
            if (hypFile == null) {
                String warning = r.getValue() + ": no hypothesis file with base name '" + r.getKey() + "' in " + hypDir
                        + "; scored as all deletions";
                paired = wholeFile
                        ? Pairing.missingHypothesis(new Transcript(ref.source(), ref.format(), List.of(WholeFile.join(ref))), warning)
                        : Pairing.missingHypothesis(ref, warning);
            } else {
                Transcript hyp = read(hypFile, hypFormat, options.read());
                paired = wholeFile ? Pairing.wholeFile(ref, hyp) : Pairing.pair(ref, hyp, ignoreIdCase);
            }
            out.add(new PairedFile(r.getKey(), r.getValue(), hypFile, paired));
        }
        return new Result(out, warnings);
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
