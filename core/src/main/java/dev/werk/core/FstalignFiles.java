package dev.werk.core;

import dev.werk.core.io.TranscriptFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pairs references with hypotheses and side files for {@link FstalignScoring}, in Earnings-21's
 * layout: {@code <call>.nlp} in the reference folder, {@code <call>.<ext>} in the hypothesis
 * folder, {@code <call>.norm.json} in the normalization folder, {@code <call>.wer_tag.json} in the
 * wer_tag folder. Files pair by base name (see {@link #baseName}).
 */
public final class FstalignFiles {
    /** Normalization files end so. */
    public static final String NORM_SUFFIX = ".norm.json";
    /** wer_tag files end so. */
    public static final String TAGS_SUFFIX = ".wer_tag.json";

    private FstalignFiles() {
    }

    /** Pairs found, and what was left out. */
    public record Paired(List<FstalignScoring.FilePair> pairs, List<String> warnings) {
        public Paired {
            pairs = List.copyOf(pairs);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Pairs two folders file by file; {@code norm} and {@code tags} may be folders, or null. A
     * reference without a hypothesis is scored as all deletions, a hypothesis without a reference
     * is left out, a reference without a side file in a given folder is scored without it; each
     * with a warning. Formats: as given, else from each file's extension.
     */
    public static Paired pairFolders(Path refDir, TranscriptFormat refFormat, Path hypDir, TranscriptFormat hypFormat,
                                     Path norm, Path tags) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<String, Path> hyps = byBase(hypDir);
        List<FstalignScoring.FilePair> pairs = new ArrayList<>();
        for (Map.Entry<String, Path> e : byBase(refDir).entrySet()) {
            String name = e.getKey();
            Path hyp = hyps.remove(name);
            if (hyp == null) {
                warnings.add(name + ": no hypothesis file in " + hypDir + "; scored as all deletions");
            }
            Path n = side(norm, name, NORM_SUFFIX, warnings);
            Path t = side(tags, name, TAGS_SUFFIX, warnings);
            pairs.add(new FstalignScoring.FilePair(name, e.getValue(), format(refFormat, e.getValue()), hyp,
                    hyp == null ? null : format(hypFormat, hyp), n, t));
        }
        for (String name : hyps.keySet()) {
            warnings.add(name + ": hypothesis file without a reference in " + refDir + "; left out");
        }
        return new Paired(pairs, warnings);
    }

    /**
     * The side file of a reference {@code ref} as fstalign's Earnings-21 layout places it, when
     * {@code given} is null: beside the reference ({@code call.norm.json}), else in a sibling folder
     * of the reference's folder ({@code ../normalizations/call.norm.json}); null when neither exists.
     */
    public static Path discover(Path ref, String suffix, String siblingFolder) {
        String name = baseName(ref);
        Path dir = ref.toAbsolutePath().getParent();
        if (Files.isDirectory(ref)) {
            Path sibling = dir == null ? null : dir.resolve(siblingFolder);
            return sibling != null && Files.isDirectory(sibling) ? sibling : null;
        }
        Path beside = dir.resolve(name + suffix);
        if (Files.isRegularFile(beside)) {
            return beside;
        }
        Path parent = dir.getParent();
        Path sibling = parent == null ? null : parent.resolve(siblingFolder).resolve(name + suffix);
        return sibling != null && Files.isRegularFile(sibling) ? sibling : null;
    }

    private static Path side(Path dir, String name, String suffix, List<String> warnings) {
        if (dir == null) {
            return null;
        }
        Path f = dir.resolve(name + suffix);
        if (!Files.isRegularFile(f)) {
            warnings.add(name + ": no " + f.getFileName() + " in " + dir + "; scored without it");
            return null;
        }
        return f;
    }

    private static TranscriptFormat format(TranscriptFormat given, Path file) {
        return given != null ? given : TranscriptFormat.fromExtension(file);
    }

    private static Map<String, Path> byBase(Path dir) throws IOException {
        Map<String, Path> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                out.putIfAbsent(baseName(p), p);
            }
        }
        return out;
    }

    /**
     * The name without its extension, as werk pairs folders ({@code 4320211.nlp} → {@code 4320211});
     * a side file loses its whole suffix ({@code 4320211.norm.json} → {@code 4320211}).
     */
    public static String baseName(Path p) {
        String name = p.getFileName().toString();
        for (String suffix : new String[] {NORM_SUFFIX, TAGS_SUFFIX}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
