package dev.werk.core.fstalign;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes OpenFst's binary vector layout for tests, field by field as {@code FstHeader::Write} and
 * {@code VectorFst::WriteFst} do (little-endian), independently of werk's reader. Checked against a
 * file OpenFst wrote (fstalign's {@code oracle_1.hyp.fst}) in {@link LatticeTest}.
 */
final class OpenFstBytes {
    private final List<float[]> finals = new ArrayList<>();
    private final List<List<int[]>> arcs = new ArrayList<>();
    String fstType = "vector";
    String arcType = "standard";
    int version = 2;
    long properties = 3;
    long start;
    long numArcsField;
    /** Writes -1 for the state count, as OpenFst does when it streams states. */
    boolean unknownStateCount;
    /** A symbol table stored in the header (input and output), or null. */
    String[] storedSymbols;

    /** Adds a state with final weight {@code w} (infinity: not final) and returns its number. */
    int state(float w) {
        finals.add(new float[] {w});
        arcs.add(new ArrayList<>());
        return finals.size() - 1;
    }

    boolean isFinal(int s) {
        return finals.get(s)[0] != Float.POSITIVE_INFINITY;
    }

    OpenFstBytes arc(int from, int ilabel, int olabel, float weight, int to) {
        arcs.get(from).add(new int[] {ilabel, olabel, Float.floatToRawIntBits(weight), to});
        return this;
    }

    OpenFstBytes arc(int from, int label, int to) {
        return arc(from, label, label, 0f, to);
    }

    byte[] bytes() {
        Out o = new Out();
        o.i32(OpenFstFile.MAGIC);
        o.str(fstType);
        o.str(arcType);
        o.i32(version);
        o.i32(storedSymbols == null ? 0 : OpenFstFile.HAS_ISYMBOLS | OpenFstFile.HAS_OSYMBOLS);
        o.i64(properties);
        o.i64(start);
        o.i64(unknownStateCount ? -1 : finals.size());
        o.i64(numArcsField);
        if (storedSymbols != null) {
            for (int side = 0; side < 2; side++) {
                o.i32(OpenFstFile.SYMBOL_TABLE_MAGIC);
                o.str("words");
                o.i64(storedSymbols.length);
                o.i64(storedSymbols.length);
                for (int k = 0; k < storedSymbols.length; k++) {
                    o.str(storedSymbols[k]);
                    o.i64(k);
                }
            }
        }
        for (int s = 0; s < finals.size(); s++) {
            o.f32(finals.get(s)[0]);
            o.i64(arcs.get(s).size());
            for (int[] a : arcs.get(s)) {
                o.i32(a[0]);
                o.i32(a[1]);
                o.i32(a[2]);
                o.i32(a[3]);
            }
        }
        return o.bytes.toByteArray();
    }

    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void i32(int v) {
            bytes.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        void i64(long v) {
            bytes.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        void f32(float v) {
            i32(Float.floatToRawIntBits(v));
        }

        void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i32(b.length);
            bytes.writeBytes(b);
        }
    }
}
