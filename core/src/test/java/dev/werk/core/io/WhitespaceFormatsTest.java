package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.text.Whitespace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Unusual whitespace (U+00A0, U+0085, U+2028, U+3000, ...) and look-alikes that are not whitespace
 * (U+FEFF, U+200B) inside lines, ids, fields and words, through every format. Expected ids and
 * words come from an oracle written from CPython's list of whitespace characters (as {@code
 * str.split()}), not from {@link Whitespace}; only LF ends a line.
 */
class WhitespaceFormatsTest {
    /** CPython's {@code str.isspace()} characters, written out. */
    private static final Set<Integer> PYTHON = new TreeSet<>();

    static {
        for (int c : new int[] {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
            0x2028, 0x2029, 0x202F, 0x205F, 0x3000}) {
            PYTHON.add(c);
        }
        for (int c = 0x2000; c <= 0x200A; c++) {
            PYTHON.add(c);
        }
    }

    /** Separators inside a line: every whitespace character but LF and CR (which end lines). */
    private static final String SEPARATORS = " \t\u000b\f\u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000\u2007"
            + "\u200a\u2028\u2029\u202f\u205f\u3000";
    /** Characters inside words and ids: not whitespace in Python. */
    private static final String WORD_CHARS = "abcXY\u00e9\ufeff\u200b\u2060\u180e";

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (char c : (s + " ").toCharArray()) {
            if (PYTHON.contains((int) c)) {
                if (w.length() > 0) {
                    out.add(w.toString());
                }
                w.setLength(0);
            } else {
                w.append(c);
            }
        }
        return out;
    }

    private final Random random = new Random(0x2028);

    private String sep() {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            b.append(random.nextInt(3) == 0 ? ' ' : SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
        }
        return b.toString();
    }

    private String optionalSep() {
        return random.nextBoolean() ? "" : sep();
    }

    private String word() {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(5);
        for (int k = 0; k < n; k++) {
            b.append(WORD_CHARS.charAt(random.nextInt(WORD_CHARS.length())));
        }
        return b.toString();
    }

    private List<String> words(int max) {
        List<String> w = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int k = 0; k < n; k++) {
            w.add(word());
        }
        return w;
    }

    private String joined(List<String> words) {
        StringBuilder b = new StringBuilder(optionalSep());
        for (int k = 0; k < words.size(); k++) {
            b.append(k > 0 ? sep() : "").append(words.get(k));
        }
        return b.append(optionalSep()).toString();
    }

    private static Transcript parse(String text, TranscriptFormat format) {
        return TranscriptReader.parse(text, Path.of("case." + format.name().toLowerCase()), format);
    }

    private static List<String> timedWords(Utterance u) {
        List<String> out = new ArrayList<>();
        for (TimedWord w : u.words()) {
            out.add(w.word());
        }
        return out;
    }

    @Test
    void plainLinesEndOnlyAtLineFeeds() {
        for (int round = 0; round < 300; round++) {
            List<List<String>> lines = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int k = 0; k < n; k++) {
                List<String> w = words(5);
                lines.add(w);
                text.append(joined(w)).append(random.nextBoolean() ? "\n" : "\r\n");
            }
            Transcript t = parse(text.toString(), TranscriptFormat.PLAIN);
            assertEquals(n, t.utterances().size(), text::toString);
            for (int k = 0; k < n; k++) {
                Utterance u = t.utterances().get(k);
                assertEquals(Integer.toString(k + 1), u.id());
                assertEquals(lines.get(k), split(u.text()), text::toString);
            }
        }
    }

    @Test
    void trnIdsAndWords() {
        for (int round = 0; round < 300; round++) {
            List<String> w = words(5);
            String id = word();
            String line = joined(w) + "(" + optionalSep() + id + optionalSep() + ")" + optionalSep();
            Transcript t = parse(line + "\n", TranscriptFormat.TRN);
            assertEquals(1, t.utterances().size(), line);
            Utterance u = t.utterances().get(0);
            assertEquals(id, u.id(), line);
            assertEquals(w, split(u.text()), line);
        }
    }

    @Test
    void kaldiIdIsTheFirstWord() {
        for (int round = 0; round < 300; round++) {
            List<String> w = words(5);
            String id = word();
            String line = optionalSep() + id + sep() + joined(w);
            Utterance u = parse(line + "\n", TranscriptFormat.KALDI).utterances().get(0);
            assertEquals(split(line).get(0), u.id(), line);
            assertEquals(id, u.id(), line);
            assertEquals(w, split(u.text()), line);
        }
    }

    @Test
    void stmFieldsAndText() {
        for (int round = 0; round < 300; round++) {
            List<String> w = words(5);
            String speaker = word();
            String line = optionalSep() + "f" + word() + sep() + "A" + sep() + speaker + sep() + "1.5" + sep() + "2.25"
                    + (w.isEmpty() ? optionalSep() : sep()) + joined(w);
            Utterance u = parse(line + "\n", TranscriptFormat.STM).utterances().get(0);
            assertEquals(speaker + "-000", u.id(), line);
            assertEquals(split(line).get(0), u.segment().file(), line);
            assertEquals(speaker, u.segment().speaker(), line);
            assertEquals(w, split(u.text()), line);
        }
    }

    @Test
    void ctmFieldsAndWords() {
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                String word = word();
                expected.add(word);
                text.append(optionalSep()).append("call").append(sep()).append('1').append(sep()).append(k).append(sep())
                        .append("0.5").append(sep()).append(word).append(random.nextBoolean() ? sep() + "0.9" : "")
                        .append(optionalSep()).append('\n');
            }
            Utterance u = parse(text.toString(), TranscriptFormat.CTM).utterances().get(0);
            assertEquals("call-1", u.id(), text::toString);
            assertEquals(expected, timedWords(u), text::toString);
            assertEquals(expected, split(u.text()), text::toString);
        }
    }

    @Test
    void nlpTokensHoldingWhitespaceGiveOneWordPerPiece() {
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("token|speaker|ts|endTs\n");
            List<String> expected = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                String token = random.nextInt(3) == 0 ? joined(words(3)) : word();
                expected.addAll(split(token));
                text.append(token).append('|').append(word()).append("|1.0|2.0\n");
            }
            Utterance u = parse(text.toString(), TranscriptFormat.NLP).utterances().get(0);
            assertEquals(expected, timedWords(u), text::toString);
            assertEquals(expected, split(u.text()), text::toString);
        }
    }

    @Test
    void transcribeContentHoldingWhitespaceGivesOneWordPerPiece() {
        for (int round = 0; round < 300; round++) {
            StringBuilder json = new StringBuilder("{\"results\": {\"items\": [");
            List<String> expected = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                String content = random.nextInt(3) == 0 ? joined(words(3)) : word();
                expected.addAll(split(content));
                json.append(k > 0 ? "," : "").append("{\"type\": \"pronunciation\", \"start_time\": \"1.0\", ")
                        .append("\"end_time\": \"2.0\", \"alternatives\": [{\"confidence\": \"0.9\", \"content\": \"")
                        .append(jsonEscape(content)).append("\"}]}");
            }
            json.append("]}}");
            Utterance u = parse(json.toString(), TranscriptFormat.TRANSCRIBE).utterances().get(0);
            assertEquals(expected, timedWords(u), json::toString);
            assertEquals(expected, split(u.text()), json::toString);
        }
    }

    @Test
    void lineAndParagraphSeparatorsDoNotEndLines() {
        String text = "a\u2028b\u0085c (one)\nd\u2029e\u000bf\u000cg\u001ch (two)\n";
        Transcript t = parse(text, TranscriptFormat.TRN);
        assertEquals(2, t.utterances().size());
        assertEquals(List.of("a", "b", "c"), split(t.utterances().get(0).text()));
        assertEquals(List.of("d", "e", "f", "g", "h"), split(t.utterances().get(1).text()));
        assertEquals(2, t.utterances().get(1).line());
        // A lone CR is whitespace inside the line, not a line end.
        Transcript plain = parse("a\rb\nc\n", TranscriptFormat.PLAIN);
        assertEquals(2, plain.utterances().size());
        assertEquals(List.of("a", "b"), split(plain.utterances().get(0).text()));
    }

    @Test
    void byteOrderMarkInsideALineIsPartOfAWord() {
        Utterance u = parse("utt\ufeff1 a\ufeffb \ufeff\n", TranscriptFormat.KALDI).utterances().get(0);
        assertEquals("utt\ufeff1", u.id());
        assertEquals(List.of("a\ufeffb", "\ufeff"), split(u.text()));
        Utterance n = parse("x\u00a0utt words\n", TranscriptFormat.KALDI).utterances().get(0);
        assertEquals("x", n.id());
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
