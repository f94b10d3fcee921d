package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading OpenFst lattices and their symbol tables, and refusing what is not one. */
class LatticeTest {
    static final float INF = Float.POSITIVE_INFINITY;

    @TempDir
    Path dir;

    static Path suiteData() {
        String d = System.getProperty("werk.testdata");
        return (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve("fstalign/suite/data");
    }

    /** fstalign's oracle_1 lattice, written by the test writer as OpenFst wrote it. */
    static OpenFstBytes oracle1() {
        OpenFstBytes f = new OpenFstBytes();
        f.state(0f);
        for (int s = 1; s <= 9; s++) {
            f.state(INF);
        }
        f.start = 1;
        f.arc(1, 8, 8, 1f, 2).arc(1, 9, 9, 1f, 2);
        f.arc(2, 10, 3).arc(2, 11, 3).arc(2, 13, 4);
        f.arc(3, 12, 4).arc(4, 14, 5).arc(5, 15, 6).arc(6, 16, 7).arc(7, 17, 8).arc(8, 18, 9).arc(9, 0, 0);
        return f;
    }

    @Test
    void theTestWriterWritesWhatOpenFstWrote() throws IOException {
        assertArrayEquals(Files.readAllBytes(suiteData().resolve("oracle_1.hyp.fst")), oracle1().bytes());
    }

    @Test
    void readsFstalignsOracleLattice() throws IOException {
        Lattice l = Lattice.read(suiteData().resolve("oracle_1.hyp.fst"), suiteData().resolve("oracle_1.symbols.txt"));
        // 11 word arcs and the closing epsilon
        assertEquals(12, l.arcs());
        assertEquals(19, l.symbols().size());
        assertTrue(l.symbols().containsAll(List.of("<silence>", "isa", "one")));
    }

    @Test
    void aStreamedStateCountAndStoredSymbolTablesReadTheSame() throws IOException {
        OpenFstBytes f = oracle1();
        f.unknownStateCount = true;
        f.storedSymbols = new String[] {"<eps>", "x", "y"};
        Lattice a = Lattice.read(write("a.fst", f.bytes()), suiteData().resolve("oracle_1.symbols.txt"));
        Lattice b = Lattice.read(suiteData().resolve("oracle_1.hyp.fst"), suiteData().resolve("oracle_1.symbols.txt"));
        assertEquals(b.arcs(), a.arcs());
        assertEquals(b.toString().replace(b.file().toString(), ""), a.toString().replace(a.file().toString(), ""));
    }

    @Test
    void everyTruncationIsADataErrorNamingTheFile() throws IOException {
        byte[] full = Files.readAllBytes(suiteData().resolve("oracle_1.hyp.fst"));
        Path symbols = suiteData().resolve("oracle_1.symbols.txt");
        for (int n = 0; n < full.length; n++) {
            Path p = write("cut.fst", Arrays.copyOf(full, n));
            WerkDataException e = assertThrows(WerkDataException.class, () -> Lattice.read(p, symbols), "prefix " + n);
            assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
        }
    }

    @Test
    void refusesWhatIsNotAnAcyclicAcceptorOverTheTable() throws IOException {
        Path symbols = write("s.txt", "<eps> 0\na 1\nb 2\n");
        byte[] text = "a b c\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertError(text, symbols, "byte 0: not an OpenFst binary FST");
        OpenFstBytes c = chain();
        c.fstType = "const";
        assertError(c.bytes(), symbols, "an OpenFst 'const' FST; werk reads 'vector' FSTs");
        c = chain();
        c.arcType = "lattice4";
        assertError(c.bytes(), symbols, "arcs of type 'lattice4'");
        c = chain();
        c.version = 1;
        assertError(c.bytes(), symbols, "vector FST version 1");
        assertError(chain().arc(1, 1, 2, 0f, 2).bytes(), symbols, "state 1: an arc with input label 1 and output label 2");
        assertError(chain().arc(0, 7, 1).bytes(), symbols, "state 0: label 7 is not in the symbol table");
        assertError(chain().arc(1, 1, 0).bytes(), symbols, "lies on a cycle");
        assertError(chain().arc(1, 1, 9).bytes(), symbols, "next state 9 does not exist");
        OpenFstBytes noFinal = new OpenFstBytes();
        noFinal.state(INF);
        noFinal.state(INF);
        noFinal.arc(0, 1, 1);
        assertError(noFinal.bytes(), symbols, "no path leads from the start state (0) to a final state");
        OpenFstBytes badStart = chain();
        badStart.start = -1;
        assertError(badStart.bytes(), symbols, "has no start state");
    }

    @Test
    void keepsOnlyArcsOnAPathToAFinalState() throws IOException {
        Path symbols = write("s.txt", "<eps> 0\na 1\nb 2\n");
        OpenFstBytes f = chain();
        int dead = f.state(INF);
        int unreachable = f.state(INF);
        f.arc(0, 2, dead);
        f.arc(unreachable, 1, 2);
        // a cycle off every path to a final state does not matter
        f.arc(dead, 1, dead);
        Lattice l = Lattice.read(write("t.fst", f.bytes()), symbols);
        assertEquals(2, l.arcs());
    }

    @Test
    void symbolTablesReadAsOpenFstReadsThem() {
        Path p = Path.of("s.txt");
        Map<Long, String> t = Lattice.symbolTable(p, "<eps>\t0\n\n  a   1\nb 2\r\na 3\n");
        assertEquals(Map.of(0L, "<eps>", 1L, "a", 2L, "b", 3L, "a"), t);
        assertData(() -> Lattice.symbolTable(p, "a 1\nb\n"), "s.txt:2: a symbol table line is 'symbol key' (found 1 field)");
        assertData(() -> Lattice.symbolTable(p, "a 1 2\n"), "s.txt:1: a symbol table line is 'symbol key' (found 3 fields)");
        assertData(() -> Lattice.symbolTable(p, "a -1\n"), "s.txt:1: the key of 'a' is '-1'");
        assertData(() -> Lattice.symbolTable(p, "a x\n"), "s.txt:1: the key of 'a' is 'x'");
        assertData(() -> Lattice.symbolTable(p, "a 1\nb 1\n"), "s.txt:2: key 1 is given to 'b' here and to 'a' on line 1");
    }

    /** States 0 → 1 → 2 (final) over labels a, b. */
    private static OpenFstBytes chain() {
        OpenFstBytes f = new OpenFstBytes();
        f.state(INF);
        f.state(INF);
        f.state(0f);
        f.arc(0, 1, 1).arc(1, 2, 2);
        return f;
    }

    private void assertError(byte[] fst, Path symbols, String part) throws IOException {
        Path p = write("bad.fst", fst);
        WerkDataException e = assertThrows(WerkDataException.class, () -> Lattice.read(p, symbols));
        assertTrue(e.getMessage().startsWith(p + ": ") && e.getMessage().contains(part), e.getMessage());
    }

    private static void assertData(org.junit.jupiter.api.function.Executable run, String message) {
        WerkDataException e = assertThrows(WerkDataException.class, run);
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
