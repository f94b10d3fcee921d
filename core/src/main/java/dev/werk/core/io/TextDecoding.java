package dev.werk.core.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Strict UTF-8 decoding of a whole text file. Bad input names the file and the line of the first
 * bad byte, and when a byte-order mark or the byte pattern shows the likely encoding (UTF-16 LE or
 * BE, UTF-32, Latin-1) it says so and how to convert. A NUL byte outside UTF-16 marks a binary
 * file, which is refused: NUL is no word character.
 */
public final class TextDecoding {
    private TextDecoding() {
    }

    /**
     * Decodes {@code bytes} as UTF-8 (a leading BOM is dropped), or throws a
     * {@link WerkDataException} naming {@code file} and the line.
     */
    public static String utf8(byte[] bytes, Path file) {
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String bom = otherBom(bytes);
        if (bom != null) {
            throw new WerkDataException(file, 1, "not UTF-8 text: it starts with the byte-order mark of " + bom
                    + "; werk reads UTF-8 only: " + convert(file, iconvName(bom)));
        }
        long scan = scan(bytes, start);
        if (scan >= 0) {
            throw nul(bytes, (int) scan, file);
        }
        if (scan == ALL_ASCII) {
            // Fast path: most transcripts are ASCII, and Latin-1 decoding of ASCII is a plain copy.
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        // Not all ASCII: the JDK's own decoder first (fast, and compact where it can be). It puts U+FFFD
        // for malformed input, so a result without one is the strict decoding; with one (malformed
        // input, or a file that spells U+FFFD itself) the strict decoder below decides and names the
        // first bad byte.
        String decoded = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') < 0) {
            return decoded;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String problem = String.format("not valid UTF-8 (byte 0x%02X at offset %d); werk reads UTF-8 text only",
                    bytes[bad] & 0xFF, bad);
            if (!hasUtf8Sequence(bytes, start)) {
                // no multi-byte UTF-8 anywhere, only lone high bytes: the signature of a single-byte encoding
                problem += ". It looks like Latin-1 (ISO-8859-1) or Windows-1252: " + convert(file, "WINDOWS-1252");
            }
            throw new WerkDataException(file, lineOf(bytes, bad), problem);
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new WerkDataException(file, 0, "not valid UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static final long ALL_ASCII = -1;
    private static final long NOT_ASCII = -2;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Bytes one {@link #slice} call covers (see {@link #scan}). */
    private static final int SLICE = 512;

    /**
     * The offset of the first NUL byte from {@code start}, else {@link #ALL_ASCII} or
     * {@link #NOT_ASCII}. Eight bytes per step (a byte loop with two tests cost about a millisecond
     * more on the 6 MB short set); a word that may hold a NUL is looked at byte by byte. The words
     * go to {@link #slice} in slices: a method called often is compiled after a few dozen calls,
     * while one long loop would run interpreted (each step a VarHandle call) until on-stack
     * replacement, which in a fresh JVM made the first 3 MB file slower to check than a byte loop.
     */
    private static long scan(byte[] bytes, int start) {
        long high = 0;
        int k = start;
        int end = bytes.length - 7;
        while (k < end) {
            int to = Math.min(end, k + SLICE);
            long r = slice(bytes, k, to);
            if ((r & 1) != 0) {
                return r >>> 1;
            }
            high |= r;
            k += (to - k + 7) & ~7;
        }
        for (; k < bytes.length; k++) {
            byte b = bytes[k];
            if (b == 0) {
                return k;
            }
            high |= b;
        }
        return (high & HIGH_BITS) == 0 ? ALL_ASCII : NOT_ASCII;
    }

    /**
     * The words starting at {@code from}, {@code from + 8}, ... below {@code to}: the first NUL's
     * offset {@code j} as {@code 2 j + 1}, else their high bits OR-ed (bit 0 clear).
     */
    private static long slice(byte[] bytes, int from, int to) {
        long high = 0;
        for (int k = from; k < to; k += 8) {
            long w = (long) LONGS.get(bytes, k);
            high |= w;
            if (((w - LOW_BITS) & ~w & HIGH_BITS) != 0) {
                for (int j = k; j < k + 8; j++) {
                    if (bytes[j] == 0) {
                        return (long) j << 1 | 1;
                    }
                }
            }
        }
        return high & HIGH_BITS;
    }

    /** A NUL byte: UTF-16 (or UTF-32) without a byte-order mark when the NULs fall on one parity, else binary. */
    private static WerkDataException nul(byte[] bytes, int first, Path file) {
        int n = Math.min(bytes.length, 4096);
        int even = 0;
        int odd = 0;
        for (int k = 0; k < n; k++) {
            if (bytes[k] == 0) {
                if ((k & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = n / 2;
        String encoding = null;
        if (pairs > 0 && odd >= pairs * 0.4 && even < odd / 8 + 1) {
            encoding = "UTF-16 LE";
        } else if (pairs > 0 && even >= pairs * 0.4 && odd < even / 8 + 1) {
            encoding = "UTF-16 BE";
        }
        if (encoding != null) {
            return new WerkDataException(file, 1, "not UTF-8 text: its NUL bytes every other byte show " + encoding
                    + " without a byte-order mark; werk reads UTF-8 only: " + convert(file, iconvName(encoding)));
        }
        return new WerkDataException(file, lineOf(bytes, first), String.format(
                "a binary file, not text: NUL byte at offset %d; werk reads UTF-8 text only", first));
    }

    /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
    private static boolean hasUtf8Sequence(byte[] b, int start) {
        for (int k = start; k < b.length; k++) {
            int lead = b[k] & 0xFF;
            int more = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (more == 0 || k + more >= b.length) {
                continue;
            }
            boolean ok = true;
            for (int j = 1; ok && j <= more; j++) {
                ok = (b[k + j] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static String otherBom(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32 LE";
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32 BE";
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return "UTF-16 LE";
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return "UTF-16 BE";
        }
        return null;
    }

    private static String iconvName(String encoding) {
        return encoding.replace(" ", "");
    }

    private static String convert(Path file, String from) {
        String name = file == null ? "FILE" : file.toString();
        return "convert it with 'iconv -f " + from + " -t UTF-8 " + name + " > " + name + ".utf8'";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if ((b[k] & 0xFF) != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int k = 0; k < offset; k++) {
            if (bytes[k] == '\n') {
                line++;
            }
        }
        return line;
    }
}
