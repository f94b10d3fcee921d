package dev.werk.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
    @TempDir
    Path dir;

    private Path manifest(String csv) throws IOException {
        for (String f : List.of("gt/1.txt", "gt/2.txt", "base/1.txt", "base/2.txt", "custom/1.txt", "custom/2.txt")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), "a b c\n");
        }
        Path m = dir.resolve("experiment.csv");
        Files.writeString(m, csv, StandardCharsets.UTF_8);
        return m;
    }

    private String error(String csv) throws IOException {
        Path m = manifest(csv);
        WerkDataException e = assertThrows(WerkDataException.class, () -> ManifestReader.read(m));
        return e.getMessage().replace(m.toString(), "M");
    }

    @Test
    void readsItemsSetsSystemsAndBlocks() throws IOException {
        Manifest m = ManifestReader.read(manifest("\uFEFFitem,set,reference,speaker,baseline,custom\n"
                + "video1,in-sample,gt/1.txt,alice,base/1.txt,custom/1.txt\n\n"
                + "\"video,2\",out-of-sample,gt/2.txt,bob,base/2.txt,custom/2.txt\n"));
        assertEquals(List.of("baseline", "custom"), m.systems());
        assertEquals(List.of("in-sample", "out-of-sample"), m.sets());
        assertEquals(true, m.hasBlocks());
        assertEquals("video,2", m.items().get(1).name());
        assertEquals(4, m.items().get(1).line());
        assertEquals("bob", m.items().get(1).block());
        assertEquals(dir.resolve("custom/2.txt").toAbsolutePath(), m.items().get(1).hypotheses().get(1));
    }

    @Test
    void eachProblemIsOneLineNamingTheRow() throws IOException {
        String head = "item,set,reference,baseline,custom\n";
        assertEquals("M:3: duplicate item 'v1' (first on line 2)",
                error(head + "v1,a,gt/1.txt,base/1.txt,custom/1.txt\nv1,b,gt/2.txt,base/2.txt,custom/2.txt\n"));
        assertEquals("M:2: item 'v1' has no set", error(head + "v1,,gt/1.txt,base/1.txt,custom/1.txt\n"));
        assertEquals("M:2: item 'v1' has no file for system custom", error(head + "v1,a,gt/1.txt,base/1.txt,\n"));
        assertEquals("M:2: item 'v1': system custom file custom/9.txt does not exist (" + dir.resolve("custom/9.txt") + ")",
                error(head + "v1,a,gt/1.txt,base/1.txt,custom/9.txt\n"));
        assertEquals("M:2: item 'v1': reference file gt/9.txt does not exist (" + dir.resolve("gt/9.txt") + ")",
                error(head + "v1,a,gt/9.txt,base/1.txt,custom/1.txt\n"));
        assertEquals("M:2: 4 fields, but the header has 5", error(head + "v1,a,gt/1.txt,base/1.txt\n"));
        assertEquals("M:2: the item has no name", error(head + ",a,gt/1.txt,base/1.txt,custom/1.txt\n"));
        assertEquals("M:1: no 'set' column; the header must be item,set,reference,<system>,... (found: item,reference,baseline)",
                error("item,reference,baseline\nv1,gt/1.txt,base/1.txt\n"));
        assertEquals("M:1: no system column after item,set,reference", error("item,set,reference\nv1,a,gt/1.txt\n"));
        assertEquals("M:1: system column 'x' appears twice", error("item,set,reference,x,x\nv1,a,gt/1.txt,base/1.txt,base/2.txt\n"));
        assertEquals("M:1: both a 'speaker' and a 'block' column; give one of them",
                error("item,set,reference,speaker,block,x\nv1,a,gt/1.txt,s,b,base/1.txt\n"));
        assertEquals("M:1: no items: the manifest has a header and no rows", error(head));
        assertEquals("M:2: item 'v1' has no speaker", error("item,set,reference,speaker,x\nv1,a,gt/1.txt,,base/1.txt\n"));
        assertEquals("M: empty manifest: expected a header item,set,reference,<system>,...", error(""));
    }

    @Test
    void anUnknownBaselineIsAManifestError() throws IOException {
        Manifest m = ManifestReader.read(manifest("item,set,reference,baseline,custom\nv1,a,gt/1.txt,base/1.txt,custom/1.txt\n"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> Experiment.baselineIndex(m, "nope"));
        assertEquals(m.source() + ":1: --baseline nope is not a system column; the systems are baseline, custom", e.getMessage());
        assertEquals(1, Experiment.baselineIndex(m, "custom"));
    }

    @Test
    void foldersWithSets() throws IOException {
        manifest("");
        Map<String, Path> sys = new LinkedHashMap<>();
        sys.put("baseline", dir.resolve("base"));
        sys.put("custom", dir.resolve("custom"));
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("out-of-sample", List.of("2"));
        sets.put("in-sample", List.of("1"));
        Manifest m = Manifest.fromFolders(dir.resolve("gt"), sys, sets);
        assertEquals(List.of("out-of-sample", "in-sample"), m.sets());
        assertEquals("2", m.items().get(0).name());
        sets.put("in-sample", List.of("1", "3"));
        WerkDataException e = assertThrows(WerkDataException.class, () -> Manifest.fromFolders(dir.resolve("gt"), sys, sets));
        assertEquals(dir.resolve("gt") + ": --set in-sample names item '3', which has no reference file in this folder", e.getMessage());
        sets.put("in-sample", List.of());
        e = assertThrows(WerkDataException.class, () -> Manifest.fromFolders(dir.resolve("gt"), sys, sets));
        assertEquals(dir.resolve("gt/1.txt") + ": item '1' is in no --set", e.getMessage());
        Files.delete(dir.resolve("custom/1.txt"));
        e = assertThrows(WerkDataException.class, () -> Manifest.fromFolders(dir.resolve("gt"), sys, Map.of()));
        assertEquals(dir.resolve("custom") + ": system custom has no file for item '1'", e.getMessage());
    }
}
