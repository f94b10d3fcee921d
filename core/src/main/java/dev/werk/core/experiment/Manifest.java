package dev.werk.core.experiment;

import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An experiment: items, their sets and blocks, and the systems compared on them, read from a
 * manifest CSV ({@link ManifestReader}) or from folders ({@link #fromFolders}).
 *
 * @param source  the manifest file, or the reference folder
 * @param systems system names in column (or {@code --hyp}) order
 * @param hasBlocks true when items carry a speaker/block column
 * @param items   items in manifest order
 */
public record Manifest(Path source, List<String> systems, boolean hasBlocks, List<Item> items) {
    public Manifest {
        systems = List.copyOf(systems);
        items = List.copyOf(items);
    }

    /** The sets in the order they first appear; empty when items have no set. */
    public List<String> sets() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Item i : items) {
            if (i.set() != null) {
                out.add(i.set());
            }
        }
        return List.copyOf(out);
    }

    /**
     * An experiment from folders: one item per reference file (named by its base name, in name
     * order), each system's file of the same base name, and sets naming items
     * ({@code in-sample → [a, b]}); without sets, items have none.
     */
    public static Manifest fromFolders(Path referenceDir, Map<String, Path> systemDirs, Map<String, List<String>> sets)
            throws IOException {
        Map<String, Path> refs = byBaseName(referenceDir);
        List<Map<String, Path>> hyps = new ArrayList<>();
        for (Path d : systemDirs.values()) {
            hyps.add(byBaseName(d));
        }
        Map<String, String> setOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> s : sets.entrySet()) {
            for (String item : s.getValue()) {
                if (!refs.containsKey(item)) {
                    throw new WerkDataException(referenceDir, 0, "--set " + s.getKey() + " names item '" + item
                            + "', which has no reference file in this folder");
                }
                String before = setOf.putIfAbsent(item, s.getKey());
                if (before != null) {
                    throw new WerkDataException(referenceDir, 0, "item '" + item + "' is in two sets: " + before + " and " + s.getKey());
                }
            }
        }
        List<String> names = new ArrayList<>(systemDirs.keySet());
        List<Item> items = new ArrayList<>();
        // Items in set order when sets are given, so sets come out in the order they were named.
        List<String> order = new ArrayList<>(sets.isEmpty() ? refs.keySet() : setOf.keySet());
        if (!sets.isEmpty()) {
            for (String item : refs.keySet()) {
                if (!setOf.containsKey(item)) {
                    throw new WerkDataException(refs.get(item), 0, "item '" + item + "' is in no --set");
                }
            }
        }
        for (String item : order) {
            List<Path> files = new ArrayList<>();
            for (int s = 0; s < names.size(); s++) {
                Path h = hyps.get(s).get(item);
                if (h == null) {
                    throw new WerkDataException(systemDirs.get(names.get(s)), 0, "system " + names.get(s)
                            + " has no file for item '" + item + "'");
                }
                files.add(h);
            }
            items.add(new Item(item, setOf.get(item), null, refs.get(item), files, 0));
        }
        return new Manifest(referenceDir, names, false, items);
    }

    private static Map<String, Path> byBaseName(Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) {
                    continue;
                }
                int dot = name.lastIndexOf('.');
                String base = dot > 0 ? name.substring(0, dot) : name;
                Path seen = out.putIfAbsent(base, p);
                if (seen != null) {
                    throw new WerkDataException(p, 0, "shares its base name '" + base + "' with " + seen.getFileName()
                            + "; items are named by base name, so each must be unique in " + dir);
                }
            }
        }
        return out;
    }
}
