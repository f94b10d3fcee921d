package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strict UTF-8, and what the refusal says about UTF-16, UTF-32, Latin-1 and binary files. */
class TextDecodingTest {
    private static final Path FILE = Path.of("in.txt");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** Random lines of ASCII words (seeded). */
    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int lines = 1 + random.nextInt(20);
        for (int l = 0; l < lines; l++) {
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    b.append(' ');
                }
                int len = 1 + random.nextInt(7);
                for (int c = 0; c < len; c++) {
                    b.append((char) ('a' + random.nextInt(26)));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static WerkDataException refused(byte[] bytes) {
        return assertThrows(WerkDataException.class, () -> TextDecoding.utf8(bytes, FILE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithOrWithoutBomIsReadAsItIs() {
        Random random = new Random(7);
        for (int k = 0; k < 100; k++) {
            String t = text(random) + "café ünïcödé 日本\n";
            assertEquals(t, TextDecoding.utf8(t.getBytes(StandardCharsets.UTF_8), FILE));
            assertEquals(t, TextDecoding.utf8(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    t.getBytes(StandardCharsets.UTF_8)), FILE));
        }
    }

    @Test
    void utf16And32AreNamedWithOrWithoutByteOrderMark() {
        Random random = new Random(11);
        for (int k = 0; k < 100; k++) {
            String t = text(random);
            assertTrue(refused(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, t.getBytes(StandardCharsets.UTF_16LE)))
                    .getMessage().contains("byte-order mark of UTF-16 LE"));
            assertTrue(refused(t.getBytes(StandardCharsets.UTF_16)).getMessage().contains("byte-order mark of UTF-16 BE"));
            WerkDataException le = refused(t.getBytes(StandardCharsets.UTF_16LE));
            assertTrue(le.getMessage().contains("UTF-16 LE without a byte-order mark"), le.getMessage());
            assertTrue(le.getMessage().contains("iconv -f UTF-16LE -t UTF-8"), le.getMessage());
            assertTrue(refused(t.getBytes(StandardCharsets.UTF_16BE)).getMessage().contains("UTF-16 BE without"));
            assertTrue(refused(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, t.getBytes(UTF_32LE)))
                    .getMessage().contains("UTF-32 LE"));
            assertTrue(refused(concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, t.getBytes(UTF_32BE)))
                    .getMessage().contains("UTF-32 BE"));
            assertEquals(1, le.line());
        }
    }

    @Test
    void latin1IsSuggestedAtTheLineOfTheFirstBadByte() {
        Random random = new Random(13);
        for (int k = 0; k < 100; k++) {
            String before = text(random);
            byte[] bytes = (before + "caf\u00e9 " + text(random)).getBytes(StandardCharsets.ISO_8859_1);
            WerkDataException e = refused(bytes);
            assertEquals(before.chars().filter(c -> c == '\n').count() + 1, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("Latin-1 (ISO-8859-1) or Windows-1252"), e.getMessage());
            assertTrue(e.getMessage().contains("iconv -f WINDOWS-1252 -t UTF-8 in.txt"), e.getMessage());
        }
    }

    @Test
    void utf8WithOneBadByteIsNotTakenForLatin1() {
        byte[] good = "naïve café\n".getBytes(StandardCharsets.UTF_8);
        WerkDataException e = refused(concat(good, new byte[] {'x', (byte) 0xFF, '\n'}));
        assertEquals(2, e.line());
        assertEquals("not valid UTF-8 (byte 0xFF at offset " + (good.length + 1) + "); werk reads UTF-8 text only", e.problem());
    }

    @Test
    void aNulByteMakesABinaryFileAtItsLine() {
        Random random = new Random(17);
        for (int k = 0; k < 200; k++) {
            byte[] bytes = (text(random) + text(random)).getBytes(StandardCharsets.US_ASCII);
            int at = random.nextInt(bytes.length);
            bytes[at] = 0;
            WerkDataException e = refused(bytes);
            long line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            assertEquals(line, e.line(), e.getMessage());
            assertEquals("a binary file, not text: NUL byte at offset " + at + "; werk reads UTF-8 text only", e.problem());
        }
    }

    /**
     * The scan for NUL and non-ASCII bytes reads eight bytes at a time: every length up to 40 after
     * 64 ASCII bytes (so two NULs are never taken for UTF-16), with and without a BOM (which shifts
     * the words), every position of a NUL (the first of two counts), of a non-ASCII character, and
     * plain ASCII, against the byte-by-byte rule.
     */
    @Test
    void everyPositionAndLengthAroundTheEightByteSteps() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (int withBom = 0; withBom < 2; withBom++) {
            for (int n = 0; n <= 40; n++) {
                byte[] ascii = new byte[64 + n];
                for (int k = 0; k < ascii.length; k++) {
                    ascii[k] = (byte) (k % 7 == 3 ? ' ' : 'a' + k % 26);
                }
                byte[] plain = withBom == 1 ? concat(bom, ascii) : ascii;
                assertEquals(new String(ascii, StandardCharsets.US_ASCII), TextDecoding.utf8(plain, FILE));
                int off = plain.length - n;
                for (int at = 0; at < n; at++) {
                    byte[] nul = plain.clone();
                    nul[off + at] = 0;
                    if (at + 3 < n) {
                        nul[off + at + 3] = 0; // a later NUL: the first is named
                    }
                    WerkDataException e = refused(nul);
                    assertEquals("a binary file, not text: NUL byte at offset " + (off + at) + "; werk reads UTF-8 text only",
                            e.problem(), "n " + n + " at " + at);
                    if (at + 1 < n) {
                        byte[] wide = plain.clone();
                        wide[off + at] = (byte) 0xC3; // é
                        wide[off + at + 1] = (byte) 0xA9;
                        assertEquals(new String(wide, withBom * 3, ascii.length, StandardCharsets.UTF_8), TextDecoding.utf8(wide, FILE),
                                "n " + n + " at " + at);
                    }
                }
            }
        }
    }

    /** The strict decoding werk promises: UTF-8 with malformed input reported, not replaced (null: refused). */
    private static String strictOracle(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void decodesExactlyWhatAStrictDecoderDecodesAndRefusesTheRest() {
        // pieces: ASCII, valid 2/3/4-byte sequences, U+FFFD spelt out, and malformed ones (a lone
        // continuation byte, a truncated sequence, an overlong form, an encoded surrogate, 0xFF)
        byte[][] pieces = {
            "word ".getBytes(StandardCharsets.US_ASCII), "\u00e9".getBytes(StandardCharsets.UTF_8),
            "\u20ac".getBytes(StandardCharsets.UTF_8), "\ud83d\ude00".getBytes(StandardCharsets.UTF_8),
            "\ufffd".getBytes(StandardCharsets.UTF_8), {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, "\n".getBytes(StandardCharsets.US_ASCII)};
        Random random = new Random(20261201L);
        int valid = 0;
        int refused = 0;
        for (int t = 0; t < 3000; t++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes("ok ".getBytes(StandardCharsets.US_ASCII));
            int n = random.nextInt(12);
            boolean clean = random.nextInt(3) > 0;
            for (int k = 0; k < n; k++) {
                int p = random.nextInt(clean ? 5 : pieces.length);
                b.writeBytes(pieces[p == 4 && clean ? 0 : p]);
            }
            byte[] bytes = b.toByteArray();
            String expected = strictOracle(bytes);
            if (expected == null) {
                refused++;
                refused(bytes);
            } else {
                valid++;
                assertEquals(expected, TextDecoding.utf8(bytes, FILE));
            }
        }
        assertTrue(valid > 1000 && refused > 300, valid + " valid, " + refused + " refused");
        // U+FFFD spelt out in a valid file is a character like any other
        byte[] spelt = concat("a ".getBytes(StandardCharsets.US_ASCII), "\ufffd \u00e9".getBytes(StandardCharsets.UTF_8));
        assertEquals("a \ufffd \u00e9", TextDecoding.utf8(spelt, FILE));
    }

}
