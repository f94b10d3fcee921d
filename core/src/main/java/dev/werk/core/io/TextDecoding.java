package dev.werk.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Strict UTF-8 decoding that names the line of the first invalid byte. */
final class TextDecoding {
    private TextDecoding() {
    }

    /** Decodes {@code bytes} as UTF-8 (a leading BOM is dropped) or throws naming file and line. */
    static String utf8(byte[] bytes, Path file) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (isAscii(bytes, start)) {
            // Fast path: most transcripts are ASCII, and Latin-1 decoding of ASCII is a plain copy.
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new WerkDataException(file, lineOf(bytes, bad),
                    String.format("not valid UTF-8 (byte 0x%02X at offset %d); werk reads UTF-8 text only", bytes[bad] & 0xFF, bad));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new WerkDataException(file, 0, "not valid UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static boolean isAscii(byte[] bytes, int start) {
        for (int k = start; k < bytes.length; k++) {
            if (bytes[k] < 0) {
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
