package dev.werk.core.experiment;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an experiment manifest: a CSV with a header row {@code item,set,reference,<system>,…} and
 * an optional {@code speaker} or {@code block} column, one row per item; paths are relative to the
 * manifest's folder. Every problem stops the read with the manifest line and what is wrong.
 */
public final class ManifestReader {
    private static final List<String> RESERVED = List.of("item", "set", "reference", "speaker", "block");

    private ManifestReader() {
    }

    /** Reads and checks the manifest (columns, names, sets, that every file exists). */
    public static Manifest read(Path manifest) throws IOException {
        Path dir = manifest.toAbsolutePath().getParent();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(manifest), decoder);
             CSVReader csv = new CSVReaderBuilder(in).build()) {
            long before = 0;
            String[] row;
            while ((row = csv.readNext()) != null) {
                long line = before + 1;
                before = csv.getLinesRead();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                rows.add(row);
                lines.add(line);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new WerkDataException(manifest, 0, "not valid UTF-8");
        } catch (CsvException e) {
            throw new WerkDataException(manifest, e.getLineNumber(), "not valid CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new WerkDataException(manifest, 0, "empty manifest: expected a header item,set,reference,<system>,...");
        }
        String[] header = rows.get(0);
        long headerLine = lines.get(0);
        Map<String, Integer> col = new HashMap<>();
        List<String> systems = new ArrayList<>();
        List<Integer> systemCols = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            String name = header[c].strip();
            if (c == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip();
            }
            if (name.isEmpty()) {
                throw new WerkDataException(manifest, headerLine, "column " + (c + 1) + " has no name");
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (RESERVED.contains(key)) {
                if (col.putIfAbsent(key, c) != null) {
                    throw new WerkDataException(manifest, headerLine, "column '" + name + "' appears twice");
                }
            } else {
                if (systems.contains(name)) {
                    throw new WerkDataException(manifest, headerLine, "system column '" + name + "' appears twice");
                }
                systems.add(name);
                systemCols.add(c);
            }
        }
        for (String required : List.of("item", "set", "reference")) {
            if (!col.containsKey(required)) {
                throw new WerkDataException(manifest, headerLine, "no '" + required
                        + "' column; the header must be item,set,reference,<system>,... (found: " + String.join(",", header) + ")");
            }
        }
        if (col.containsKey("speaker") && col.containsKey("block")) {
            throw new WerkDataException(manifest, headerLine, "both a 'speaker' and a 'block' column; give one of them");
        }
        if (systems.isEmpty()) {
            throw new WerkDataException(manifest, headerLine, "no system column after item,set,reference");
        }
        Integer blockCol = col.containsKey("speaker") ? col.get("speaker") : col.get("block");
        Map<String, Long> seen = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            long line = lines.get(r);
            if (row.length != header.length) {
                throw new WerkDataException(manifest, line, row.length + " fields, but the header has " + header.length);
            }
            String item = row[col.get("item")].strip();
            if (item.isEmpty()) {
                throw new WerkDataException(manifest, line, "the item has no name");
            }
            Long first = seen.putIfAbsent(item, line);
            if (first != null) {
                throw new WerkDataException(manifest, line, "duplicate item '" + item + "' (first on line " + first + ")");
            }
            String set = row[col.get("set")].strip();
            if (set.isEmpty()) {
                throw new WerkDataException(manifest, line, "item '" + item + "' has no set");
            }
            String block = null;
            if (blockCol != null) {
                block = row[blockCol].strip();
                if (block.isEmpty()) {
                    throw new WerkDataException(manifest, line, "item '" + item + "' has no " + header[blockCol].strip());
                }
            }
            Path ref = file(manifest, dir, line, item, "reference", row[col.get("reference")]);
            List<Path> hyps = new ArrayList<>();
            for (int s = 0; s < systems.size(); s++) {
                hyps.add(file(manifest, dir, line, item, "system " + systems.get(s), row[systemCols.get(s)]));
            }
            items.add(new Item(item, set, block, ref, hyps, line));
        }
        if (items.isEmpty()) {
            throw new WerkDataException(manifest, headerLine, "no items: the manifest has a header and no rows");
        }
        return new Manifest(manifest, systems, blockCol != null, items);
    }

    private static Path file(Path manifest, Path dir, long line, String item, String what, String cell) {
        String path = cell.strip();
        if (path.isEmpty()) {
            throw new WerkDataException(manifest, line, "item '" + item + "' has no file for " + what);
        }
        Path p = dir.resolve(path);
        if (!Files.isRegularFile(p)) {
            throw new WerkDataException(manifest, line, "item '" + item + "': " + what + " file " + path
                    + (Files.isDirectory(p) ? " is a folder" : " does not exist") + " (" + p.normalize() + ")");
        }
        return p;
    }
}
