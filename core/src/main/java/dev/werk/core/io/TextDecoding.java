package dev.werk.core.io;

import java.nio.ByteBuffer;
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
        // The JDK's own decoder first: fast (its ASCII check is an intrinsic), and compact where it can
        // be. It puts U+FFFD for malformed input, so a result without one is the strict decoding; with
        // one (malformed input, or a file that spells U+FFFD itself) the strict decoder below decides
        // and names the first bad byte. A NUL byte decodes to U+0000 and is refused first.
        String decoded = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (decoded.indexOf('\u0000') >= 0) {
            throw nul(bytes, firstNul(bytes, start), file);
        }
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

    /**
     * The offset of the first NUL byte from {@code start} (there is one). No VarHandle word loop here:
     * creating the VarHandle and linking its first call cost a fresh JVM 5-7 ms, more than the whole
     * check by the String decoder takes on a 138 KB file.
     */
    private static int firstNul(byte[] bytes, int start) {
        int k = start;
        while (bytes[k] != 0) {
            k++;
        }
        return k;
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
