package dev.werk.core.fstalign;

import dev.werk.core.io.WerkDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads OpenFst's binary {@code vector} FST layout ({@code fst.h} {@code FstHeader::Read}, {@code
 * vector-fst.h} {@code VectorFstImpl::Read}), little-endian: the magic number, the FST and arc type
 * names, version, flags, properties, start state, state and arc counts, the stored symbol tables
 * when the flags say so (skipped: the labels are read with the symbol table given), then per state
 * its final weight, its arc count and its arcs (input label, output label, weight, next state). Arc
 * types with a 4-byte weight ({@code standard}, {@code log}) are read; weights are not kept.
 */
final class OpenFstFile {
    static final int MAGIC = 2125659606;
    static final int SYMBOL_TABLE_MAGIC = 2125658996;
    static final int HAS_ISYMBOLS = 0x1;
    static final int HAS_OSYMBOLS = 0x2;

    /** The FST as stored: arcs in file order (state by state); {@code finals} the states with a finite final weight. */
    record Raw(int states, int start, int[] from, int[] to, int[] ilabel, int[] olabel, int[] finals) {
    }

    private final Path file;
    private final ByteBuffer in;

    private OpenFstFile(Path file, byte[] bytes) {
        this.file = file;
        this.in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    static Raw read(Path file, byte[] bytes) {
        return new OpenFstFile(file, bytes).read();
    }

    private Raw read() {
        if (in.remaining() < 4 || in.getInt() != MAGIC) {
            throw error(0, "not an OpenFst binary FST (it does not start with OpenFst's magic number)");
        }
        String fstType = string("the FST type");
        String arcType = string("the arc type");
        if (!fstType.equals("vector")) {
            throw error(4, "an OpenFst '" + fstType + "' FST; werk reads 'vector' FSTs (convert it with fstconvert --fst_type=vector)");
        }
        if (!arcType.equals("standard") && !arcType.equals("log")) {
            throw error(8 + fstType.length(), "arcs of type '" + arcType + "'; werk reads 'standard' and 'log' arcs "
                    + "(a Kaldi lattice: convert it with lattice-to-fst)");
        }
        int version = int32("the version");
        if (version < 2) {
            throw error(in.position() - 4, "vector FST version " + version + "; OpenFst writes version 2");
        }
        int flags = int32("the flags");
        int64("the properties");
        long start = int64("the start state");
        long states = int64("the number of states");
        int64("the number of arcs");
        if ((flags & HAS_ISYMBOLS) != 0) {
            skipSymbolTable("input");
        }
        if ((flags & HAS_OSYMBOLS) != 0) {
            skipSymbolTable("output");
        }
        if (states < -1 || states > Integer.MAX_VALUE) {
            throw error(in.position(), "a state count of " + states);
        }
        IntList from = new IntList();
        IntList to = new IntList();
        IntList il = new IntList();
        IntList ol = new IntList();
        IntList finals = new IntList();
        int s = 0;
        while (states == -1 ? in.hasRemaining() : s < states) {
            int at = in.position();
            float finalWeight = float32("state " + s + "'s final weight");
            long arcs = int64("state " + s + "'s number of arcs");
            if (arcs < 0 || arcs > in.remaining() / 16) {
                throw error(at + 4, "state " + s + " has " + arcs + " arcs, more than the rest of the file holds");
            }
            if (finalWeight != Float.POSITIVE_INFINITY) {
                finals.add(s);
            }
            for (long k = 0; k < arcs; k++) {
                from.add(s);
                il.add(in.getInt());
                ol.add(in.getInt());
                in.getFloat();
                int next = in.getInt();
                if (next < 0 || states != -1 && next >= states) {
                    throw error(in.position() - 4, "state " + s + ", arc " + k + ": next state " + next + " does not exist");
                }
                to.add(next);
            }
            s++;
        }
        for (int k = 0; k < to.size; k++) {
            if (to.get(k) >= s) {
                throw new WerkDataException(file, 0, "state " + from.get(k) + ": an arc to state " + to.get(k)
                        + ", past the last state (" + (s - 1) + ")");
            }
        }
        if (start < 0 || start >= s) {
            throw new WerkDataException(file, 0, start == -1 ? "the FST has no start state (it is empty)"
                    : "start state " + start + " does not exist");
        }
        return new Raw(s, (int) start, from.array(), to.array(), il.array(), ol.array(), finals.array());
    }

    /** A stored symbol table ({@code SymbolTableImpl::Read}): magic, name, available key, size, then symbol and key pairs. */
    private void skipSymbolTable(String side) {
        int at = in.position();
        if (int32("the " + side + " symbol table") != SYMBOL_TABLE_MAGIC) {
            throw error(at, "the stored " + side + " symbol table does not start with OpenFst's symbol table magic number");
        }
        string("the " + side + " symbol table's name");
        int64("the " + side + " symbol table's available key");
        long size = int64("the " + side + " symbol table's size");
        if (size < 0 || size > in.remaining() / 12) {
            throw error(in.position() - 8, "the stored " + side + " symbol table claims " + size + " symbols");
        }
        for (long k = 0; k < size; k++) {
            string("a symbol of the " + side + " symbol table");
            int64("a key of the " + side + " symbol table");
        }
    }

    private String string(String what) {
        int at = in.position();
        int n = int32(what);
        if (n < 0 || n > in.remaining()) {
            throw error(at, what + ": a length of " + n + " bytes, " + (n < 0 ? "negative" : "past the end of the file"));
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private int int32(String what) {
        need(4, what);
        return in.getInt();
    }

    private long int64(String what) {
        need(8, what);
        return in.getLong();
    }

    private float float32(String what) {
        need(4, what);
        return in.getFloat();
    }

    private void need(int bytes, String what) {
        if (in.remaining() < bytes) {
            throw error(in.position(), "the file ends inside " + what);
        }
    }

    private WerkDataException error(int byteOffset, String problem) {
        return new WerkDataException(file, 0, "byte " + byteOffset + ": " + problem);
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[16];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int k) {
            return a[k];
        }

        int[] array() {
            return Arrays.copyOf(a, size);
        }
    }
}
